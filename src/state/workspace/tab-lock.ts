/**
 * One tab owns the workspace saved in this browser (issue 13: a second tab's autosave deleted the first
 * tab's files, and both said "Saved"). The owner holds a Web Lock for as long as it is open; a tab that
 * cannot take it opens the workspace read-only and saves nothing. Where the browser has no Web Locks
 * (node tests), every tab owns it, as before.
 */

const LOCK_NAME = 'cohesion-atlas-workspace';

interface LockManagerLike {
  request: (name: string, options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void) => Promise<unknown>;
}

/** Resolves true when this tab now owns the workspace (and keeps it until the page closes), false when another tab does. */
export function claimWorkspace(locks: LockManagerLike | undefined = (globalThis as { navigator?: { locks?: LockManagerLike } }).navigator?.locks): Promise<boolean> {
  if (!locks) return Promise.resolve(true);
  return new Promise((resolve) => {
    void locks.request(LOCK_NAME, { ifAvailable: true }, (lock) => {
      resolve(lock !== null);
      // Held until the page goes away: the promise never settles.
      return lock === null ? undefined : new Promise<void>(() => undefined);
    });
  });
}
