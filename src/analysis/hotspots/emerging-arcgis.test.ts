import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/helpers/freeze';
import { classifyArcgisPro } from './emerging-arcgis';
import { classifyAtlas } from './emerging-atlas';
import { classifyEmergingHotspots } from './emerging';
import type { EmergingCategory } from './emerging-series';

type Side = 1 | -1 | 0;
const all = (side: Side): Side[] => new Array<Side>(10).fill(side);
const none = all(0);
const ending = (...tail: Side[]): Side[] => [...none.slice(tail.length), ...tail];

/**
 * Constructed series over 10 periods (oldest first; 1 hot, −1 cold), with a Mann-Kendall trend z and whether
 * it is significant, and the category ArcGIS Pro's published rules give. "90%" is 9 of the 10 periods.
 */
const cases = deepFreeze<{ why: string; sides: Side[]; trendZ?: number; significant?: boolean; category: EmergingCategory }[]>([
  { why: 'hot in the final period, never before', sides: ending(1), category: 'new-hot' },
  { why: 'a run of three hot periods to the end, never hot before, < 90% hot', sides: ending(1, 1, 1), category: 'consecutive-hot' },
  { why: 'hot throughout, rising significantly', sides: all(1), trendZ: 3.9, significant: true, category: 'intensifying-hot' },
  { why: '9 of 10 hot including the final one, rising significantly', sides: [1, 1, 1, 0, 1, 1, 1, 1, 1, 1], trendZ: 2.5, significant: true, category: 'intensifying-hot' },
  { why: 'hot throughout, no significant trend', sides: all(1), trendZ: 1.2, category: 'persistent-hot' },
  { why: 'hot throughout, falling significantly', sides: all(1), trendZ: -3.9, significant: true, category: 'diminishing-hot' },
  { why: 'hot in the final period, on and off before, never cold', sides: [0, 1, 0, 0, 1, 0, 0, 0, 1, 1], category: 'sporadic-hot' },
  { why: 'hot first and last only', sides: [1, 0, 0, 0, 0, 0, 0, 0, 0, 1], category: 'sporadic-hot' },
  { why: 'hot in the final period, cold once before', sides: [0, -1, 0, 0, 1, 0, 0, 0, 0, 1], category: 'oscillating-hot' },
  { why: 'hot only in the final period but cold before: the cold past makes it oscillating, not new', sides: [-1, 0, 0, 0, 0, 0, 0, 0, 0, 1], category: 'oscillating-hot' },
  { why: 'a final run of hot periods after a cold one: oscillating, not consecutive', sides: [-1, 0, 0, 0, 0, 0, 0, 1, 1, 1], category: 'oscillating-hot' },
  { why: 'hot in 9 periods, not the final one (no trend): historical, not persistent', sides: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0], category: 'historical-hot' },
  { why: 'hot in 9 periods, cold in the final one: the final side first, so oscillating', sides: [1, 1, 1, 1, 1, 1, 1, 1, 1, -1], category: 'oscillating-cold' },
  { why: 'hot now and then but not in the final period', sides: [0, 0, 1, 0, 0, 1, 0, 0, 0, 0], category: 'no-pattern' },
  { why: 'cold in the final period, never before', sides: ending(-1), category: 'new-cold' },
  { why: 'a run of two cold periods to the end', sides: ending(-1, -1), category: 'consecutive-cold' },
  { why: 'cold throughout, z falling significantly (further from zero)', sides: all(-1), trendZ: -3.9, significant: true, category: 'intensifying-cold' },
  { why: 'cold throughout, no trend', sides: all(-1), category: 'persistent-cold' },
  { why: 'cold throughout, z rising significantly (towards zero)', sides: all(-1), trendZ: 3.9, significant: true, category: 'diminishing-cold' },
  { why: 'cold in the final period, on and off before, never hot', sides: [0, -1, 0, 0, 0, 0, 0, 0, -1, -1], category: 'sporadic-cold' },
  { why: 'cold in the final period, hot before', sides: [1, 0, 0, 0, 0, 0, 0, 0, 0, -1], category: 'oscillating-cold' },
  { why: 'cold in 9 periods, not the final one', sides: [-1, -1, -1, -1, -1, -1, -1, -1, -1, 0], category: 'historical-cold' },
  { why: 'cold now and then but not in the final period', sides: [0, 0, 0, -1, 0, 0, 0, 0, 0, 0], category: 'no-pattern' },
  { why: 'never significant', sides: none, category: 'no-pattern' },
  { why: 'hot and cold now and then, neither at the end', sides: [0, 0, 1, 0, 0, -1, 0, 0, 0, 0], category: 'no-pattern' },
]);

describe('classifyArcgisPro', () => {
  it.each(cases)('$category: $why', ({ sides, trendZ, significant, category }) => {
    expect(classifyArcgisPro({ sides, trendZ: trendZ ?? 0, trendSignificant: significant ?? false, mostly: 9 })).toBe(category);
  });

  it('covers all eight patterns on both sides and no pattern', () => {
    expect(new Set(cases.map((c) => c.category)).size).toBe(17);
  });

  it('differs from the atlas rules where ArcGIS Pro needs the final period (sporadic) or a clean past (new, consecutive)', () => {
    const differing = cases.filter(({ sides, trendZ, significant }) => {
      const series = { sides, trendZ: trendZ ?? 0, trendSignificant: significant ?? false, mostly: 9 };
      return classifyArcgisPro(series) !== classifyAtlas(series);
    });
    expect(differing.map((c) => [c.category, classifyAtlas({ sides: c.sides, trendZ: c.trendZ ?? 0, trendSignificant: c.significant ?? false, mostly: 9 })])).toEqual([
      ['oscillating-hot', 'new-hot'],
      ['oscillating-cold', 'new-cold'],
      ['no-pattern', 'sporadic-hot'],
      ['oscillating-cold', 'new-cold'],
      ['no-pattern', 'sporadic-cold'],
    ]);
  });
});

describe('classifyEmergingHotspots with ArcGIS Pro rules', () => {
  it('is the default, reading bins at ≥ 90% confidence and the Mann-Kendall trend of the z-scores', () => {
    // Two areas over 4 periods: the first hot throughout with z rising 2, 3, 4, 5 (S = 6, z = 1.698, p = 0.089);
    // the second hot in period 2 only.
    const periods = [0, 1, 2, 3].map((t) => ({ zScores: Float64Array.from([2 + t, t === 1 ? 2 : 0]), bins: Int8Array.from([2, t === 1 ? 2 : 0]) }));
    expect([
      classifyEmergingHotspots(periods).categories,
      classifyEmergingHotspots(periods, { trendAlpha: 0.1 }).categories,
      classifyEmergingHotspots(periods, { rules: 'atlas' }).categories,
    ]).toEqual([['persistent-hot', 'no-pattern'], ['intensifying-hot', 'no-pattern'], ['persistent-hot', 'sporadic-hot']]);
  });
});
