import { describe, expect, it } from 'vitest';
import { claimId } from './id-claims';

describe('claiming content-derived ids', () => {
  it('gives two imports of the same file running at once distinct ids, and frees an id on release', () => {
    const inStore = new Set<string>();
    const first = claimId('tables-abc', (id) => inStore.has(id));
    const second = claimId('tables-abc', (id) => inStore.has(id));
    expect([first.id, second.id]).toEqual(['tables-abc', 'tables-abc_2']);
    first.release();
    second.release();
    expect(claimId('tables-abc', (id) => inStore.has(id)).id).toBe('tables-abc');
  });
});
