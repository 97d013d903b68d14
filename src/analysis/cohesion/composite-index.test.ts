import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import Papa from 'papaparse';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/helpers/freeze';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import { computeCohesionIndex, explainAreaScore, type IndexIndicatorInput } from './composite-index';

/**
 * The index written out plainly, independently of the module: z over areas with data (population SD),
 * sign by direction, weighted mean over available indicators, at least `minShare` of the total weight.
 */
function independentScores(indicators: { values: number[]; direction: 'positive' | 'negative'; weight: number }[], minShare: number): number[] {
  const zs = indicators.map(({ values }) => {
    const present = values.filter((v) => !Number.isNaN(v));
    const mean = present.reduce((a, b) => a + b, 0) / present.length;
    const sd = Math.sqrt(present.reduce((a, b) => a + (b - mean) ** 2, 0) / present.length);
    return values.map((v) => (Number.isNaN(v) ? NaN : (v - mean) / sd));
  });
  const total = indicators.reduce((a, b) => a + b.weight, 0);
  return indicators[0].values.map((_unused, area) => {
    const parts = indicators.flatMap((indicator, i) => (Number.isNaN(zs[i][area]) ? [] : [{ w: indicator.weight, s: indicator.direction === 'positive' ? zs[i][area] : -zs[i][area] }]));
    const weight = parts.reduce((a, b) => a + b.w, 0);
    return weight >= minShare * total && weight > 0 ? parts.reduce((a, b) => a + b.w * b.s, 0) / weight : NaN;
  });
}

const A = deepFreeze({ id: 'age', values: [1, 2, 3, 4, 5, 6, NaN], direction: 'positive' as const, weight: 2 });
const B = deepFreeze({ id: 'crime', values: [10, NaN, 30, 20, 50, 40, NaN], direction: 'negative' as const, weight: 1 });
const C = deepFreeze({ id: 'education', values: [NaN, NaN, 5, 5, 7, 3, 4], direction: 'positive' as const, weight: 1 });

describe('computeCohesionIndex on a hand-made district', () => {
  const index = computeCohesionIndex([A, B, C, { id: 'turnout', values: [1, 2, 3, 4, 5, 6, 7], direction: 'positive', unreliable: true }, { id: 'flat', values: [2, 2, 2, NaN, 2, 2, 2], direction: 'negative' }]);
  const expected = independentScores([A, B, C], 0.5);

  it('scores areas with at least half the weight and matches the independent computation', () => {
    // area 6 has only "education" (weight 1 of 4): not scored
    expect(expected.map(Number.isNaN)).toEqual([false, false, false, false, false, false, true]);
    expect(index.scoredCount).toBe(6);
    index.scores.forEach((score, area) => (Number.isNaN(expected[area]) ? expect(score).toBeNaN() : expect(score).toBeCloseTo(expected[area], 12)));
  });

  it('leaves out unreliable and constant indicators and reports the rest with their mean and SD', () => {
    expect(index.excluded).toEqual([{ id: 'turnout', reason: 'unreliable' }, { id: 'flat', reason: 'no-variation' }]);
    expect(index.components).toEqual([
      { id: 'age', direction: 'positive', weight: 2, mean: 3.5, stdDev: Math.sqrt(17.5 / 6), areasWithData: 6 },
      { id: 'crime', direction: 'negative', weight: 1, mean: 30, stdDev: Math.sqrt(200), areasWithData: 5 },
      { id: 'education', direction: 'positive', weight: 1, mean: 4.8, stdDev: Math.sqrt(8.8 / 5), areasWithData: 5 },
    ]);
  });

  it('ranks 1 = lowest score and quintile 1 = lowest 20%, by an independent sort', () => {
    const order = expected.map((score, area) => ({ score, area })).filter((entry) => !Number.isNaN(entry.score)).sort((a, b) => a.score - b.score);
    const expectedRanks = new Float64Array(7).fill(NaN);
    order.forEach((entry, position) => (expectedRanks[entry.area] = position + 1));
    expect(index.ranks).toEqual(expectedRanks);
    // 6 scored areas: quintile = floor(5 × (rank − 1) / 6) + 1 → ranks 1..6 give 1, 1, 2, 3, 4, 5
    expect(Array.from(index.quintiles).map((q, area) => [expectedRanks[area], q])).toEqual(
      Array.from(expectedRanks).map((rank) => [rank, Number.isNaN(rank) ? NaN : [1, 1, 2, 3, 4, 5][rank - 1]]),
    );
  });

  it('requires all the weight with minWeightShare 1, and any weight with a small share', () => {
    expect(Array.from(computeCohesionIndex([A, B, C], { minWeightShare: 1 }).scores).map(Number.isNaN)).toEqual([true, true, false, false, false, false, true]);
    expect(computeCohesionIndex([A, B, C], { minWeightShare: 0.01 }).scoredCount).toBe(7);
  });

  it('counts 3 of 6 equal weights as exactly half', () => {
    const six = [0, 1, 2, 3, 4, 5].map((i): IndexIndicatorInput => ({ id: `i${i}`, values: i < 3 ? [1, 2, 3] : [NaN, 5, 9], direction: 'positive', weight: 0.1 }));
    expect(Array.from(computeCohesionIndex(six).scores).map(Number.isNaN)).toEqual([false, false, false]);
  });

  it('rejects programmer errors: no indicators, a weight of 0, repeated ids, mismatched lengths', () => {
    expect(() => computeCohesionIndex([])).toThrow('the cohesion index needs at least one indicator');
    expect(() => computeCohesionIndex([{ ...A, weight: 0 }])).toThrow('indicator "age" has weight 0; weights must be above 0');
    expect(() => computeCohesionIndex([A, A])).toThrow('indicator "age" is given twice');
    expect(() => computeCohesionIndex([A, { ...B, values: [1] }])).toThrow('crime has 1 values but there are 7 areas');
    expect(() => computeCohesionIndex([A], { minWeightShare: 0 })).toThrow('minWeightShare must be above 0 and at most 1, got 0');
  });
});

describe('quintile boundaries and ties', () => {
  it('splits 10 areas two per quintile, and puts tied scores in the same (lower) quintile', () => {
    const distinct = computeCohesionIndex([{ id: 'x', values: [10, 9, 8, 7, 6, 5, 4, 3, 2, 1], direction: 'positive' }]);
    expect(distinct.quintiles).toEqual(new Float64Array([5, 5, 4, 4, 3, 3, 2, 2, 1, 1]));
    const tied = computeCohesionIndex([{ id: 'x', values: [1, 2, 2, 3, 4, 5, 6, 7, 8, 9], direction: 'positive' }]);
    expect([tied.ranks, tied.quintiles]).toEqual([new Float64Array([1, 2, 2, 4, 5, 6, 7, 8, 9, 10]), new Float64Array([1, 1, 1, 2, 3, 3, 4, 4, 5, 5])]);
  });
});

describe('explainAreaScore', () => {
  const index = computeCohesionIndex([A, B, C]);

  it('lists each component\'s z, signed contribution and share, most negative first', () => {
    const explanation = explainAreaScore(index, 0);
    const zAge = (1 - 3.5) / Math.sqrt(17.5 / 6);
    const zCrime = (10 - 30) / Math.sqrt(200);
    // area 0 has age (w 2) and crime (w 1): contributions are w × signed z ÷ 3
    const age = (2 * zAge) / 3;
    const crime = (1 * -zCrime) / 3;
    expect(explanation).toEqual({
      areaIndex: 0,
      score: index.scores[0],
      rank: index.ranks[0],
      quintile: index.quintiles[0],
      weightShare: 0.75,
      components: [
        { id: 'age', z: zAge, signedZ: zAge, weight: 2, contribution: age, share: Math.abs(age) / (Math.abs(age) + Math.abs(crime)) },
        { id: 'crime', z: zCrime, signedZ: -zCrime, weight: 1, contribution: crime, share: Math.abs(crime) / (Math.abs(age) + Math.abs(crime)) },
      ],
      missing: ['education'],
    });
    expect(age + crime).toBeCloseTo(index.scores[0], 12);
  });

  it('explains what an unscored area lacks and rejects an index outside the areas', () => {
    const explanation = explainAreaScore(index, 6);
    expect([explanation.score, explanation.rank, explanation.weightShare, explanation.components.map((c) => c.id), explanation.missing]).toEqual([NaN, NaN, 0.25, ['education'], ['age', 'crime']]);
    expect(() => explainAreaScore(index, 7)).toThrow('area index 7 is outside 0–6');
  });
});

const indicatorValues = (areas: number) => fc.array(fc.oneof({ weight: 5, arbitrary: fc.integer({ min: -1000, max: 1000 }) }, { weight: 1, arbitrary: fc.constant(NaN) }), { minLength: areas, maxLength: areas });
const district = fc.integer({ min: 3, max: 25 }).chain((areas) =>
  fc.array(fc.record({ values: indicatorValues(areas), direction: fc.constantFrom('positive' as const, 'negative' as const), weight: fc.integer({ min: 1, max: 5 }) }), { minLength: 1, maxLength: 5 }),
);

describe('composite index properties', () => {
  it('does not change when one indicator is rescaled by a positive linear map a·x + b', () => {
    fc.assert(
      fc.property(district, fc.nat(), fc.double({ min: 0.001, max: 1000, noNaN: true }), fc.double({ min: -1e4, max: 1e4, noNaN: true }), (specs, pick, a, b) => {
        const indicators = specs.map((spec, i): IndexIndicatorInput => ({ id: `i${i}`, ...spec }));
        const chosen = pick % indicators.length;
        const rescaled = indicators.map((indicator, i) => (i === chosen ? { ...indicator, values: Array.from(indicator.values, (v) => a * v + b) } : indicator));
        const before = computeCohesionIndex(indicators);
        const after = computeCohesionIndex(rescaled);
        expect(after.excluded).toEqual(before.excluded);
        after.scores.forEach((score, area) => (Number.isNaN(before.scores[area]) ? expect(score).toBeNaN() : expect(Math.abs(score - before.scores[area])).toBeLessThan(1e-9)));
      }),
    );
  });

  it('negates a component when its direction is flipped, and moves the score by twice its contribution', () => {
    fc.assert(
      fc.property(district, fc.nat(), (specs, pick) => {
        const indicators = specs.map((spec, i): IndexIndicatorInput => ({ id: `i${i}`, ...spec }));
        const chosen = indicators[pick % indicators.length];
        const flipped = indicators.map((indicator) => (indicator === chosen ? { ...indicator, direction: indicator.direction === 'positive' ? ('negative' as const) : ('positive' as const) } : indicator));
        const before = computeCohesionIndex(indicators);
        const after = computeCohesionIndex(flipped);
        for (let area = 0; area < before.scores.length; area++) {
          const was = explainAreaScore(before, area).components.find((c) => c.id === chosen.id);
          const now = explainAreaScore(after, area).components.find((c) => c.id === chosen.id);
          if (!was || !now) {
            expect(now).toBe(was);
            continue;
          }
          expect([now.z, now.signedZ, now.contribution, now.share]).toEqual([was.z, -was.signedZ, -was.contribution, was.share]);
          if (!Number.isNaN(before.scores[area])) expect(after.scores[area]).toBeCloseTo(before.scores[area] - 2 * was.contribution, 9);
        }
      }),
    );
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const WIMD_2019 = 'indicators/wimd2019_lsoa11_wales.csv';

describeWithSharedData('cohesion index on WIMD 2019 domain scores for the 110 Caerphilly LSOAs', [CAERPHILLY, WIMD_2019], () => {
  const codes = (JSON.parse(readFileSync(sharedDataPath(CAERPHILLY), 'utf8')) as { features: { properties: { LSOA11CD: string } }[] }).features.map((feature) => feature.properties.LSOA11CD);
  const rows = new Map(Papa.parse<Record<string, string>>(readFileSync(sharedDataPath(WIMD_2019), 'utf8'), { header: true, skipEmptyLines: true }).data.map((row) => [row.lsoa_code, row]));
  const column = (name: string) => codes.map((code) => Number(rows.get(code)?.[name] ?? NaN));
  // WIMD domain scores: higher = more deprived, so each is negatively associated with cohesion.
  const domains = ['Income_score', 'Education_score', 'Crime_score'].map((id) => ({ id, values: column(id), direction: 'negative' as const, weight: 1 }));
  const index = computeCohesionIndex(domains);

  it('equals the independent computation to 1e-9 for every area', () => {
    const expected = independentScores(domains, 0.5);
    expect([codes.length, index.scoredCount, index.excluded]).toEqual([110, 110, []]);
    index.scores.forEach((score, area) => expect(Math.abs(score - expected[area])).toBeLessThan(1e-9));
  });

  it('ranks the most deprived LSOA (highest WIMD 2019 score in Caerphilly) as the lowest-scoring area, pulled down most by income', () => {
    const imd = column('IMD_score');
    const lowest = Array.from(index.ranks).indexOf(1);
    const explanation = explainAreaScore(index, lowest);
    expect([codes[lowest], imd[lowest] === Math.max(...imd), explanation.quintile, explanation.components.map((component) => component.id)]).toEqual([
      'W01001421', true, 1, ['Income_score', 'Education_score', 'Crime_score'],
    ]);
    expect(explanation.components.reduce((sum, component) => sum + component.contribution, 0)).toBeCloseTo(explanation.score, 12);
    expect(Array.from({ length: 5 }, (_unused, q) => index.quintiles.filter((quintile) => quintile === q + 1).length)).toEqual([22, 22, 22, 22, 22]);
  });
});
