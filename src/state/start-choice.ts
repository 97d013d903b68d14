/**
 * What a start with no saved workspace opens: the invented example borough (the first time) or an empty map,
 * once the person has removed the example or started fresh (issue 15). Remembered in localStorage.
 */
const STORAGE_KEY = 'cohesion-atlas.start';

export type StartChoice = 'example' | 'empty';

/** The remembered choice; the example when nothing (or something unreadable) is stored. */
export function readStartChoice(): StartChoice {
  try {
    return globalThis.localStorage?.getItem(STORAGE_KEY) === 'empty' ? 'empty' : 'example';
  } catch {
    // Storage can be unavailable (private mode): the example, as on a first start.
    return 'example';
  }
}

/** Remembers what the next start with no saved workspace opens. */
export function writeStartChoice(choice: StartChoice): void {
  try {
    globalThis.localStorage?.setItem(STORAGE_KEY, choice);
  } catch {
    // Not remembered: the next start opens the example again.
  }
}
