import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { groupsFromRanks, rankValues } from './ranking';

describe('rankValues', () => {
  it('ranks highest-first and lowest-first with competition ranks for ties and NaN for no data', () => {
    const values = [5, 3, 5, NaN, 1];
    expect(rankValues(values, 'highest-first')).toEqual(new Float64Array([1, 3, 1, NaN, 4]));
    expect(rankValues(values, 'lowest-first')).toEqual(new Float64Array([3, 2, 3, NaN, 1]));
  });

  it('equals 1 + the number of areas strictly ahead (independent count)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.integer({ min: -5, max: 5 }), fc.constant(NaN)), { maxLength: 40 }), (values) => {
        const ranks = rankValues(values, 'highest-first');
        const expected = values.map((v) => (Number.isNaN(v) ? NaN : 1 + values.filter((w) => !Number.isNaN(w) && w > v).length));
        expect(ranks).toEqual(new Float64Array(expected));
      }),
    );
  });
});

describe('groupsFromRanks', () => {
  it('puts rank r of n in group floor(G·(r − 1)/n) + 1: quintile 1 has the lowest 20%, never empty', () => {
    expect(groupsFromRanks([1, 2, 3, 4, 5, 6, 7, 8, 9, 10], 10, 5)).toEqual(new Float64Array([1, 1, 2, 2, 3, 3, 4, 4, 5, 5]));
    expect(groupsFromRanks([1, 2, 3, 4, 5, 6, 7], 7, 5)).toEqual(new Float64Array([1, 1, 2, 3, 3, 4, 5]));
    expect(groupsFromRanks([1, 2, 3], 3, 5)).toEqual(new Float64Array([1, 2, 4]));
    expect(groupsFromRanks([1, 1, 3, NaN, 4, 5], 5, 5)).toEqual(new Float64Array([1, 1, 3, NaN, 4, 5]));
  });

  it('gives groups of sizes that differ by at most one for distinct values', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 200 }), fc.integer({ min: 2, max: 10 }), (n, groupCount) => {
        const groups = groupsFromRanks(Array.from({ length: n }, (_unused, i) => i + 1), n, groupCount);
        const sizes = Array.from({ length: groupCount }, (_unused, g) => groups.filter((group) => group === g + 1).length);
        expect(Math.max(...sizes) - Math.min(...sizes)).toBeLessThanOrEqual(1);
        expect(sizes.reduce((a, b) => a + b, 0)).toBe(n);
      }),
    );
  });
});
