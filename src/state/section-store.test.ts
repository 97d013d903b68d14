import { beforeEach, describe, expect, it } from 'vitest';
import { isSectionId, stepSection, useSectionStore } from './section-store';

describe('section store', () => {
  beforeEach(() => useSectionStore.setState({ open: 'data' }));

  it('opens one section at a time, starting with the data', () => {
    expect(useSectionStore.getState().open).toBe('data');
    useSectionStore.getState().openSection('tension');
    expect(useSectionStore.getState().open).toBe('tension');
  });

  it('steps through the rail in order and wraps at both ends', () => {
    expect(stepSection('data', 1)).toBe('map');
    expect(stepSection('data', -1)).toBe('workspace');
    expect(stepSection('workspace', 1)).toBe('data');
  });

  it('recognises section ids and nothing else', () => {
    expect(isSectionId('neighbours')).toBe(true);
    expect(isSectionId('legend')).toBe(false);
    expect(isSectionId(undefined)).toBe(false);
  });
});
