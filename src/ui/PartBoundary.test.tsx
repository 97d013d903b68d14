// @vitest-environment happy-dom
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { PartBoundary } from './PartBoundary';
import { StartFresh } from './WorkspacePanel/StartFresh';

const failing = { now: true };

function FailingPanel() {
  if (failing.now) throw new Error('tension ratings on different scales (eep, four-level) cannot be compared');
  return <p data-testid="failing-panel">{'ratings'}</p>;
}

function OtherPanel() {
  return <p data-testid="other-panel">{'layers'}</p>;
}

describe('PartBoundary: one failing part does not take the app down', () => {
  beforeEach(() => {
    failing.now = true;
    // React reports the caught error on the console; the test asserts what the user sees instead.
    vi.spyOn(console, 'error').mockImplementation(() => undefined);
  });
  afterEach(() => {
    cleanup();
    vi.restoreAllMocks();
  });

  it('shows the error in the failing panel, worded by the catalogue, while the other panels and Start fresh keep working', () => {
    render(
      <>
        <PartBoundary part="workspace.heading"><StartFresh /></PartBoundary>
        <PartBoundary part="tension.heading"><FailingPanel /></PartBoundary>
        <PartBoundary part="layers.heading"><OtherPanel /></PartBoundary>
      </>,
    );
    const failed = screen.getAllByTestId('part-failed');
    expect(failed.map((el) => [el.dataset.part, el.querySelector('p')?.textContent])).toEqual([
      ['tension.heading', 'Something went wrong in the app, so this part could not be shown: Tension ratings. The rest of the app keeps working.'],
    ]);
    expect(screen.getByTestId('other-panel').textContent).toBe('layers');
    fireEvent.click(screen.getByTestId('workspace-start-fresh'));
    expect(screen.getByTestId('workspace-confirm-fresh').textContent).toBe('Delete and start fresh');
  });

  it('tries the part again on "Try again", and hides it on "Close"', () => {
    render(<PartBoundary part="tension.heading"><FailingPanel /></PartBoundary>);
    failing.now = false;
    fireEvent.click(screen.getByTestId('part-retry'));
    expect([screen.getByTestId('failing-panel').textContent, screen.queryByTestId('part-failed')]).toEqual(['ratings', null]);
    cleanup();
    failing.now = true;
    render(<PartBoundary part="tension.heading"><FailingPanel /></PartBoundary>);
    fireEvent.click(screen.getByTestId('part-close'));
    expect([screen.queryByTestId('part-failed'), screen.queryByTestId('failing-panel')]).toEqual([null, null]);
  });

  it('still offers Start fresh when the workspace panel itself fails', () => {
    render(<PartBoundary part="workspace.heading" extra={<StartFresh />}><FailingPanel /></PartBoundary>);
    expect(screen.getByTestId('part-failed').contains(screen.getByTestId('workspace-start-fresh'))).toBe(true);
  });
});
