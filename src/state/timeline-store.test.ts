import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { useTimelineStore } from './timeline-store';

const initial = useTimelineStore.getState();

beforeEach(() => {
  useTimelineStore.setState(initial, true);
  useTimelineStore.getState().setPeriodCount(4);
});
afterEach(() => {
  useTimelineStore.getState().pause();
  vi.useRealTimers();
});

describe('timeline store', () => {
  it('steps forward and back, wrapping when looping and stopping at the ends when not', () => {
    const t = useTimelineStore.getState();
    t.stepBy(1);
    expect(useTimelineStore.getState().step).toBe(0);
    t.stepBy(-1);
    expect(useTimelineStore.getState().step).toBe(3);
    t.setLoop(false);
    t.stepBy(1);
    expect(useTimelineStore.getState().step).toBe(3);
    t.setStep(99);
    expect(useTimelineStore.getState().step).toBe(3);
  });

  it('plays at the chosen speed and stops at the last period without loop', () => {
    vi.useFakeTimers();
    const t = useTimelineStore.getState();
    t.setLoop(false);
    t.setSpeed(500);
    t.play();
    expect(useTimelineStore.getState()).toMatchObject({ playing: true, step: 0 });
    vi.advanceTimersByTime(1500);
    expect(useTimelineStore.getState().step).toBe(3);
    vi.advanceTimersByTime(500);
    expect(useTimelineStore.getState().playing).toBe(false);
  });
});
