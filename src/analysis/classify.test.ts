import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData, sharedDataPath } from '../../test/helpers/shared-data';
import { deepFreeze } from '../../test/helpers/freeze';
import type { Classification, ClassificationMethod, ClassificationOptions } from '../types';
import { classIndexOf, classify, sortedFiniteValues } from './classify';

describe('classify: shared rules', () => {
  it('counts null, NaN and ±Infinity as no data and never puts them in a class', () => {
    const values = deepFreeze([null, 3, Number.NaN, 1, Infinity, 2, -Infinity]);
    expect(classify(values, { method: 'equal-interval', classCount: 3, paletteId: 'Blues' })).toEqual({
      method: 'equal-interval',
      paletteId: 'Blues',
      thresholds: [1 + 2 / 3, 1 + 4 / 3],
      bins: [
        { lower: 1, upper: 1 + 2 / 3, color: '#deebf7', count: 1 },
        { lower: 1 + 2 / 3, upper: 1 + 4 / 3, color: '#9ecae1', count: 1 },
        { lower: 1 + 4 / 3, upper: 3, color: '#3182bd', count: 1 },
      ],
      noDataColor: '#aaaaaa',
      noDataCount: 4,
      min: 1,
      max: 3,
    });
  });

  it('returns zero bins with NaN min/max when no value is usable', () => {
    expect(classify([null, Number.NaN], { method: 'quantile', classCount: 5, paletteId: 'Blues' })).toEqual({
      method: 'quantile',
      paletteId: 'Blues',
      thresholds: [],
      bins: [],
      noDataColor: '#aaaaaa',
      noDataCount: 2,
      min: Number.NaN,
      max: Number.NaN,
    });
    expect(classify([], { method: 'jenks', classCount: 5, paletteId: 'Blues' }).noDataCount).toBe(0);
  });

  it('puts all-equal values in one bin with the palette’s middle colour, for every data-driven method', () => {
    const methods: ClassificationMethod[] = ['quantile', 'equal-interval', 'jenks', 'std-dev'];
    for (const method of methods) {
      expect(classify([4, 4, null, 4], { method, classCount: 5, paletteId: 'Blues' })).toEqual({
        method,
        paletteId: 'Blues',
        thresholds: [],
        bins: [{ lower: 4, upper: 4, color: '#9ecae1', count: 3 }],
        noDataColor: '#aaaaaa',
        noDataCount: 1,
        min: 4,
        max: 4,
      });
    }
  });

  it('clamps and rounds the class count to 3..9', () => {
    const values = Array.from({ length: 100 }, (_, i) => i);
    const counts = [1, 3, 4.6, 9, 20].map(
      (classCount) => classify(values, { method: 'equal-interval', classCount, paletteId: 'Blues' }).bins.length,
    );
    expect(counts).toEqual([3, 3, 5, 9, 9]);
  });

  it('reverses colours on request', () => {
    const result = classify([1, 2, 3, 4, 5, 6], { method: 'quantile', classCount: 3, paletteId: 'Blues', reversed: true });
    expect(result.bins.map((bin) => bin.color)).toEqual(['#3182bd', '#9ecae1', '#deebf7']);
  });

  it('throws on an unknown palette before classifying', () => {
    expect(() => classify([1, 2, 3], { method: 'quantile', classCount: 3, paletteId: 'Nope' })).toThrow(/Unknown palette id/);
  });
});

describe('classIndexOf', () => {
  const classification = classify([0, 10, 20, 30, 40, 50], { method: 'manual', classCount: 3, manualBreaks: [20, 40], paletteId: 'Blues' });

  it('uses lower <= v < upper, with the last class including the maximum', () => {
    expect([0, 19.99, 20, 39, 40, 50].map((v) => classIndexOf(classification, v))).toEqual([0, 0, 1, 1, 2, 2]);
  });

  it('returns −1 for no data and puts out-of-range values in the nearest end class', () => {
    expect([null, Number.NaN, Infinity, -5, 1e9].map((v) => classIndexOf(classification, v))).toEqual([-1, -1, -1, 0, 2]);
    expect(classIndexOf(classify([], { method: 'quantile', classCount: 3, paletteId: 'Blues' }), 3)).toBe(-1);
  });
});

describe('sortedFiniteValues', () => {
  it('keeps finite numbers only, ascending', () => {
    expect(sortedFiniteValues([3, null, -1, Number.NaN, 2, -Infinity, 0])).toEqual([-1, 0, 2, 3]);
  });

  it('turns −0 into 0, so the minimum and maximum do not depend on input order', () => {
    expect(sortedFiniteValues([0, -0, -0])).toEqual([0, 0, 0]);
    for (const values of [[0, -0], [-0, 0]]) {
      const c = classify(values, { method: 'manual', classCount: 5, paletteId: 'PuOr', manualBreaks: [0] });
      expect([c.min, c.max, c.bins[0].lower, c.bins[0].upper]).toEqual([0, 0, 0, 0]);
    }
  });
});

/** Checks every invariant a Classification promises about `values`. */
function expectConsistent(values: ReadonlyArray<number | null>, c: Classification): void {
  const finite = values.filter((v): v is number => v !== null && Number.isFinite(v));
  expect(c.noDataCount).toBe(values.length - finite.length);
  expect(c.bins.reduce((sum, bin) => sum + bin.count, 0) + c.noDataCount).toBe(values.length);
  expect(c.bins.length).toBe(finite.length === 0 ? 0 : c.thresholds.length + 1);
  for (let i = 1; i < c.thresholds.length; i++) expect(c.thresholds[i]).toBeGreaterThan(c.thresholds[i - 1]);
  if (finite.length === 0) return;
  const withoutNegativeZero = (v: number) => (v === 0 ? 0 : v);
  expect([c.bins[0].lower, c.bins[c.bins.length - 1].upper]).toEqual([Math.min(...finite), Math.max(...finite)].map(withoutNegativeZero));
  for (let i = 1; i < c.bins.length; i++) expect(c.bins[i].lower).toBe(c.bins[i - 1].upper);
  const counted = new Array<number>(c.bins.length).fill(0);
  for (const v of finite) {
    const index = classIndexOf(c, v);
    const bin = c.bins[index];
    const isLast = index === c.bins.length - 1;
    expect(bin.lower <= v && (isLast ? v <= bin.upper : v < bin.upper)).toBe(true);
    counted[index] += 1;
  }
  expect(counted).toEqual(c.bins.map((bin) => bin.count));
}

const valueArbitrary = fc.oneof(
  { weight: 8, arbitrary: fc.double({ min: -1e6, max: 1e6, noNaN: true }) },
  { weight: 4, arbitrary: fc.integer({ min: -5, max: 5 }) },
  { weight: 1, arbitrary: fc.constantFrom(null, Number.NaN, Infinity, -Infinity) },
);
const optionsArbitrary: fc.Arbitrary<ClassificationOptions> = fc.oneof(
  fc.record({
    method: fc.constantFrom<ClassificationMethod>('quantile', 'equal-interval', 'jenks', 'std-dev'),
    classCount: fc.integer({ min: 1, max: 12 }),
    paletteId: fc.constantFrom('YlOrRd', 'RdBu', 'Viridis'),
    reversed: fc.boolean(),
  }),
  fc.record({
    method: fc.constant<ClassificationMethod>('manual'),
    classCount: fc.constant(5),
    paletteId: fc.constant('PuOr'),
    manualBreaks: fc.uniqueArray(fc.integer({ min: -10, max: 10 }), { minLength: 1, maxLength: 8 }).map((b) => b.sort((x, y) => x - y)),
  }),
);

describe('classify: properties', () => {
  it('counts add up, thresholds ascend, bins chain from min to max and classIndexOf agrees with the counts', () => {
    fc.assert(
      fc.property(fc.array(valueArbitrary, { maxLength: 200 }), optionsArbitrary, (values, options) => {
        expectConsistent(values, classify(values, options));
      }),
      { numRuns: 300 },
    );
  });
});

describeWithSharedData('classify on real LSOA areas (SHAPE_Area)', ['boundaries/wales/lsoa21_wales_and_border.geojson'], () => {
  const collection = JSON.parse(readFileSync(sharedDataPath('boundaries/wales/lsoa21_wales_and_border.geojson'), 'utf8')) as {
    features: { properties: { SHAPE_Area: number } }[];
  };
  const areas = collection.features.map((feature) => feature.properties.SHAPE_Area);
  const sorted = [...areas].sort((a, b) => a - b);

  /** Independent count: how many sorted values fall in [t_i, t_i+1), the last including the maximum. */
  function countByThresholds(thresholds: number[]): number[] {
    const bounds = [sorted[0], ...thresholds, sorted[sorted.length - 1]];
    return bounds.slice(1).map((upper, i) => sorted.filter((v) => v >= bounds[i] && (i === thresholds.length ? v <= upper : v < upper)).length);
  }

  it('reads 2,696 areas', () => {
    expect(areas.length).toBe(2696);
  });

  it('quantile 5: five classes of 539 or 540 areas at the independently computed quintiles', () => {
    const result = classify(areas, { method: 'quantile', classCount: 5, paletteId: 'YlOrRd' });
    const quintiles = [1, 2, 3, 4].map((i) => {
      const position = ((sorted.length - 1) * i) / 5;
      const below = Math.floor(position);
      return sorted[below] + (sorted[below + 1] - sorted[below]) * (position - below);
    });
    expect(result.thresholds).toEqual(quintiles);
    expect(result.bins.map((bin) => bin.count)).toEqual(countByThresholds(quintiles));
    expect(result.bins.map((bin) => bin.count)).toEqual([539, 539, 539, 539, 540]);
    expectConsistent(areas, result);
  });

  it('equal interval 7: counts match an independent count, heavily skewed to the first class', () => {
    const result = classify(areas, { method: 'equal-interval', classCount: 7, paletteId: 'Blues' });
    const [min, max] = [sorted[0], sorted[sorted.length - 1]];
    const thresholds = [1, 2, 3, 4, 5, 6].map((i) => min + ((max - min) * i) / 7);
    expect(result.thresholds).toEqual(thresholds);
    const counts = countByThresholds(thresholds);
    expect(result.bins.map((bin) => bin.count)).toEqual(counts);
    expect(counts[0]).toBeGreaterThan(2000);
    expectConsistent(areas, result);
  });
});
