import { describe, expect, it } from 'vitest';
import { claimWorkspace } from './tab-lock';

/** A lock manager like the browser's, for one lock name: the first claim holds it, later ones get null. */
function fakeLocks() {
  const held = new Set<string>();
  return {
    request: async (name: string, _options: { ifAvailable: boolean }, callback: (lock: unknown) => Promise<void> | void) => {
      const lock = held.has(name) ? null : { name };
      if (lock) held.add(name);
      return callback(lock);
    },
  };
}

describe('workspace tab lock', () => {
  it('gives the workspace to the first tab and refuses it to the second', async () => {
    const locks = fakeLocks();
    expect([await claimWorkspace(locks), await claimWorkspace(locks)]).toEqual([true, false]);
  });

  it('lets a browser without Web Locks own it (nothing to coordinate with)', async () => {
    expect(await claimWorkspace(undefined)).toBe(true);
  });
});
