import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/helpers/freeze';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import { queenContiguityWeights } from '../../geo/contiguity';
import type { AreaGeometry } from '../../types';
import { CAERPHILLY_LSOAS, countCaerphillyCrimes } from './caerphilly-crimes.test-helper';
import { classifyEmergingHotspots, computeGiStarByPeriod, EMERGING_CATEGORY_LABELS, type EmergingCategory } from './emerging';
import { computeGiStar } from './gi-star';
import { NO_RESULT_BIN } from './hotspot-bins';

const R = NO_RESULT_BIN;
const rising = Array.from({ length: 10 }, (_, t) => 2 + t / 10);

/**
 * Hand-made series over 10 periods (oldest first): the bins (+ hot, − cold) and z-scores of each area, with
 * the category the rules give. "Mostly" is 9 of 10 periods.
 */
const cases = deepFreeze<{ category: EmergingCategory; bins: number[]; z: number[] }[]>([
  { category: 'new-hot', bins: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2], z: [0, 0, 0, 0, 0, 0, 0, 0, 0, 2] },
  // All hot, z rising every period: S = 45, Var = 10·9·25/18 = 125, z = 44/11.180 = 3.9355, p < 0.05.
  { category: 'intensifying-hot', bins: new Array(10).fill(2), z: rising },
  { category: 'persistent-hot', bins: new Array(10).fill(1), z: [2, 2.1, 2, 2.1, 2, 2.1, 2, 2.1, 2, 2.1] },
  { category: 'diminishing-hot', bins: new Array(10).fill(3), z: [...rising].reverse().map((z) => z + 1) },
  // 9 of 10 hot still counts as mostly (the dip is period 3), and a rising trend makes it intensifying.
  { category: 'intensifying-hot', bins: [1, 1, 1, 0, 1, 1, 1, 1, 1, 2], z: rising },
  { category: 'consecutive-hot', bins: [0, 0, 0, 0, 0, 0, 0, 1, 1, 1], z: [0, 0, 0, 0, 0, 0, 0, 2, 2, 2] },
  { category: 'sporadic-hot', bins: [0, 0, 1, 0, 0, 1, 0, 0, 0, 1], z: [0, 0, 2, 0, 0, 2, 0, 0, 0, 2] },
  { category: 'oscillating-hot', bins: [0, -1, 0, 0, 2, 0, 0, 0, 0, 1], z: [0, -2, 0, 0, 2, 0, 0, 0, 0, 2] },
  { category: 'historical-hot', bins: [1, 1, 1, 1, 1, 1, 1, 1, 1, 0], z: [2, 2, 2, 2, 2, 2, 2, 2, 2, 0] },
  { category: 'new-cold', bins: [0, 0, 0, 0, 0, 0, 0, 0, 0, -3], z: [0, 0, 0, 0, 0, 0, 0, 0, 0, -3] },
  // Cold throughout with z falling (moving away from zero): the cold mirror of intensifying.
  { category: 'intensifying-cold', bins: new Array(10).fill(-2), z: rising.map((z) => -z) },
  { category: 'consecutive-cold', bins: [0, 0, 0, 0, 0, 0, 0, 0, -1, -2], z: [0, 0, 0, 0, 0, 0, 0, 0, -2, -2] },
  { category: 'sporadic-cold', bins: [0, 0, 0, -1, 0, 0, 0, 0, 0, 0], z: [0, 0, 0, -2, 0, 0, 0, 0, 0, 0] },
  { category: 'no-pattern', bins: [0, 0, 1, 0, 0, -1, 0, 0, 0, 0], z: [0, 0, 2, 0, 0, -2, 0, 0, 0, 0] },
  { category: 'no-pattern', bins: new Array(10).fill(0), z: new Array(10).fill(0) },
  { category: 'no-pattern', bins: new Array(10).fill(R), z: new Array(10).fill(NaN) },
]);

/** Per-period results (what `computeGiStarByPeriod` returns) from the per-area series above. */
const periods = Array.from({ length: 10 }, (_, t) => ({
  zScores: Float64Array.from(cases, (area) => area.z[t]),
  bins: Int8Array.from(cases, (area) => area.bins[t]),
}));

describe('classifyEmergingHotspots, the atlas rules', () => {
  it('classifies hand-made series by the rules of emerging-atlas.ts', () => {
    expect(classifyEmergingHotspots(periods, { rules: 'atlas' }).categories).toEqual(cases.map((area) => area.category));
  });

  it('reports the Mann-Kendall trend of each z-score series', () => {
    const result = classifyEmergingHotspots(periods, { rules: 'atlas' });
    expect([result.trendZ[1], result.trendPValue[1], result.trendZ[15], result.trendPValue[15]].map((v) => Number(v.toFixed(4)))).toEqual([3.9355, 0.0001, 0, 1]);
  });

  it('needs a significant trend for intensifying: a stricter alpha makes a short rising series persistent', () => {
    const short = [0, 1, 2, 3].map((t) => ({ zScores: Float64Array.from([2 + t]), bins: Int8Array.from([2]) }));
    // n = 4: S = 6, Var = 4·3·13/18 = 8.667, z = 5/2.944 = 1.698, p = 0.0894.
    expect([classifyEmergingHotspots(short, { rules: 'atlas' }).categories, classifyEmergingHotspots(short, { rules: 'atlas', trendAlpha: 0.1 }).categories]).toEqual([['persistent-hot'], ['intensifying-hot']]);
  });

  it('has legend words for every category and refuses an empty period list', () => {
    expect(Object.keys(EMERGING_CATEGORY_LABELS)).toHaveLength(17);
    expect(() => classifyEmergingHotspots([])).toThrow('no periods');
  });
});

describe('computeGiStarByPeriod', () => {
  const square = (x: number): AreaGeometry => ({ type: 'Polygon', coordinates: [[[x, 50], [x + 1, 50], [x + 1, 51], [x, 51], [x, 50]]] });
  const weights = queenContiguityWeights([0, 1, 2, 3, 4].map(square));

  it('runs Gi* on each period column of an area-major count table', () => {
    // 5 areas × 2 periods, counts[area × 2 + period].
    const counts = Uint32Array.from([1, 0, 2, 0, 3, 0, 4, 5, 10, 5]);
    const [first, second] = computeGiStarByPeriod(counts, 2, weights);
    expect([Array.from(first.zScores), Array.from(second.zScores)]).toEqual([
      Array.from(computeGiStar([1, 2, 3, 4, 10], weights).zScores),
      Array.from(computeGiStar([0, 0, 0, 5, 5], weights).zScores),
    ]);
    // The first period is the line example worked by hand: z = −5, −6, −3, 5, 6 over √15.
    expect(Array.from(first.zScores, (z) => Number(z.toFixed(3)))).toEqual([-1.291, -1.549, -0.775, 1.291, 1.549]);
  });

  it('refuses a table of the wrong size', () => {
    expect(() => computeGiStarByPeriod([1, 2, 3], 2, weights)).toThrow('3 counts for 5 areas × 2 periods');
  });
});

const GWENT = 'police/gwent';

describeWithSharedData('emerging hot spots of Gwent crimes in Caerphilly LSOAs, Jan 2020 – Oct 2022', [CAERPHILLY_LSOAS, GWENT], () => {
  // Read inside the tests: a skipped describe still runs its body.
  const monthFiles = () => readdirSync(sharedDataPath(GWENT)).filter((name) => name.endsWith('.csv')).sort();
  const tallyOf = (categories: EmergingCategory[]) => categories.reduce<Partial<Record<EmergingCategory, number>>>((all, category) => ({ ...all, [category]: (all[category] ?? 0) + 1 }), {});
  const classify = () => {
    const months = monthFiles();
    // counts[area × 34 + month], the layout of IncidentCounts.byAreaPeriod.
    const { geometries, counts } = countCaerphillyCrimes(months.map((name) => `${GWENT}/${name}`));
    const periods = computeGiStarByPeriod(counts, months.length, queenContiguityWeights(geometries));
    return { counts, periods, arcgis: classifyEmergingHotspots(periods).categories, atlas: classifyEmergingHotspots(periods, { rules: 'atlas' }).categories };
  };

  it('classifies the 110 LSOAs from 34 monthly Gi* results by ArcGIS Pro rules (the default) and by the atlas rules', () => {
    expect(monthFiles()).toHaveLength(34);
    const { counts, arcgis, atlas } = classify();
    expect({ incidents: counts.reduce((a, b) => a + b, 0), arcgis: tallyOf(arcgis), atlas: tallyOf(atlas) }).toEqual({
      incidents: 49_406,
      // Monthly LSOA counts are noisy: no area is hot in 90% of months, so the hot ones come and go. ArcGIS Pro
      // calls an on-and-off area sporadic only when the final month is significant; otherwise no pattern.
      arcgis: { 'sporadic-hot': 6, 'sporadic-cold': 1, 'new-cold': 1, 'no-pattern': 102 },
      atlas: { 'sporadic-hot': 45, 'sporadic-cold': 33, 'new-cold': 1, 'no-pattern': 31 },
    });
  });

  it('differs between the two rule sets only for on-and-off areas whose final month is not significant', () => {
    const { periods, arcgis, atlas } = classify();
    const differing = arcgis.flatMap((category, area) => (category === atlas[area] ? [] : [area]));
    const finalBins = periods[periods.length - 1].bins;
    expect({
      differing: differing.length,
      pairs: [...new Set(differing.map((area) => `${atlas[area]} → ${arcgis[area]}`))].sort(),
      finalMonthSignificant: differing.filter((area) => finalBins[area] !== 0).length,
    }).toEqual({ differing: 71, pairs: ['sporadic-cold → no-pattern', 'sporadic-hot → no-pattern'], finalMonthSignificant: 0 });
  });
});
