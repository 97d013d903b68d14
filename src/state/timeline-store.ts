/**
 * The shared timeline: which period the time-aware layers show, the window around it, and playback.
 * `step` null means "all dates" (the slider is off). Playback is a timer owned by the actions.
 */
import { create } from 'zustand';
import type { PeriodKind } from '../analysis/periods';
import type { TimeWindow } from '../analysis/timeline-window';

interface TimelineState {
  kind: PeriodKind;
  step: number | null;
  periodCount: number;
  window: TimeWindow;
  /** Class breaks computed over every period (colours mean the same in every frame), or per period. */
  breaks: 'fixed' | 'per-period';
  playing: boolean;
  speedMs: number;
  loop: boolean;

  setPeriodCount: (count: number) => void;
  setStep: (step: number | null) => void;
  stepBy: (delta: number) => void;
  setKind: (kind: PeriodKind) => void;
  setWindow: (window: TimeWindow) => void;
  setBreaks: (breaks: 'fixed' | 'per-period') => void;
  setSpeed: (speedMs: number) => void;
  setLoop: (loop: boolean) => void;
  play: () => void;
  pause: () => void;
}

let timer: ReturnType<typeof setInterval> | null = null;

function stopTimer(): void {
  if (timer !== null) clearInterval(timer);
  timer = null;
}

export const useTimelineStore = create<TimelineState>((set, get) => ({
  kind: 'month',
  step: null,
  periodCount: 0,
  window: { kind: 'single' },
  breaks: 'fixed',
  playing: false,
  speedMs: 1000,
  loop: true,

  setPeriodCount: (count) => set((s) => ({ periodCount: count, step: s.step === null ? null : Math.min(s.step, Math.max(0, count - 1)) })),
  setStep: (step) => set((s) => ({ step: step === null ? null : Math.min(Math.max(0, Math.round(step)), Math.max(0, s.periodCount - 1)) })),
  stepBy: (delta) => {
    const { step, periodCount, loop } = get();
    if (periodCount === 0) return;
    let next = (step ?? (delta > 0 ? -1 : periodCount)) + delta;
    if (next >= periodCount) next = loop ? 0 : periodCount - 1;
    if (next < 0) next = loop ? periodCount - 1 : 0;
    set({ step: next });
  },
  setKind: (kind) => set({ kind, step: null }),
  setWindow: (window) => set({ window }),
  setBreaks: (breaks) => set({ breaks }),
  setSpeed: (speedMs) => {
    set({ speedMs });
    if (get().playing) get().play();
  },
  setLoop: (loop) => set({ loop }),
  play: () => {
    stopTimer();
    if (get().periodCount === 0) return;
    set((s) => ({ playing: true, step: s.step ?? 0 }));
    timer = setInterval(() => {
      const { step, periodCount, loop } = get();
      if (!loop && step !== null && step >= periodCount - 1) {
        get().pause();
        return;
      }
      get().stepBy(1);
    }, get().speedMs);
  },
  pause: () => {
    stopTimer();
    set({ playing: false });
  },
}));
