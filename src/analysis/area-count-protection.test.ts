import { describe, expect, it } from 'vitest';
import { protectAreaCounts, unprotectedAreaCounts } from './area-count-protection';

const rows = [
  { total: 14, byPeriod: [3, 11], byCategory: [9, 5] },
  { total: 20, byPeriod: [8, 12], byCategory: [12, 8] },
  { total: null, byPeriod: [null, null], byCategory: [null, null] },
];

describe('per-area count protection', () => {
  it('withholds a small month and the month that would give it back from the area total', () => {
    const cells = protectAreaCounts(rows);
    expect(cells.byPeriod).toEqual([['<5', '[c]'], [8, 12], [null, null]]);
    // Categories add up to the total too, but nothing there is small: the total stays, and so do they.
    expect([cells.total, cells.byCategory, cells.totalWithheld, cells.withheld, cells.unprotected]).toEqual([[14, 20, null], [[9, 5], [12, 8], [null, null]], [false, false, false], 2, 0]);
  });

  it('withholds a total forced by an earlier export, and a second total beside it (the sum of totals is shown)', () => {
    const cells = protectAreaCounts(rows, [1]);
    expect(cells.totalWithheld.slice(0, 2)).toEqual([true, true]);
  });

  it('writes every value as it is without suppression', () => {
    expect(unprotectedAreaCounts(rows).byPeriod).toEqual([[3, 11], [8, 12], [null, null]]);
  });
});
