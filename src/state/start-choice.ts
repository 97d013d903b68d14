/**
 * What a start with no saved workspace opens (issue 15): the first time, the person is asked whether to
 * explore the invented example borough or start with an empty map; the answer is remembered in
 * localStorage, and removing the example or "Start fresh" remembers an empty start.
 */
import { create } from 'zustand';

const STORAGE_KEY = 'cohesion-atlas.start';

export type StartChoice = 'example' | 'empty';

/** The remembered choice; null when none is (a first start) or what is stored is not a choice. */
export function readStartChoice(): StartChoice | null {
  try {
    const stored = globalThis.localStorage?.getItem(STORAGE_KEY);
    return stored === 'empty' || stored === 'example' ? stored : null;
  } catch {
    // Storage can be unavailable (private mode): ask, as on a first start.
    return null;
  }
}

/** Remembers what the next start with no saved workspace opens. */
export function writeStartChoice(choice: StartChoice): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered: the next start asks again.
  }
}

interface StartChoiceState {
  /** True while the first-start question is on screen (an empty map behind it). */
  asking: boolean;
  /** Puts the first-start question on screen. */
  ask: () => void;
  /** Takes it off (the person chose, or something else was opened). */
  settle: () => void;
}

export const useStartChoiceStore = create<StartChoiceState>((set) => ({
  asking: false,
  ask: () => set({ asking: true }),
  settle: () => set({ asking: false }),
}));
