import { describe, expect, it } from 'vitest';
import { countIncidents, type CountInput } from './incident-counts';

const may = Date.UTC(2022, 4, 1);
const june = Date.UTC(2022, 5, 1);

/** Six incidents: areas 0, 1, -1 (outside), 2; categories 0–2; months May (0) and June (1); one undated. */
const input: CountInput = {
  areaIndex: Int32Array.from([0, 0, 1, -1, 2, 1]),
  categoryIndex: Uint16Array.from([0, 1, 1, 2, 0, 2]),
  timeMs: Float64Array.from([may, june, may + 86_400_000, june, NaN, june + 1]),
  periodIndex: Int32Array.from([0, 1, 0, 1, -1, 1]),
};
const shape = { areaCount: 3, categoryCount: 3, periodCount: 2 };

describe('countIncidents', () => {
  it('counts every incident per area, area × category and area × period, with totals', () => {
    expect(countIncidents(input, shape)).toEqual({
      ...shape,
      byArea: Uint32Array.from([2, 2, 1]),
      byAreaCategory: Uint32Array.from([1, 1, 0, 0, 1, 1, 1, 0, 0]),
      byAreaPeriod: Uint32Array.from([1, 1, 1, 1, 0, 0]),
      points: 6,
      matched: 5,
      outside: 1,
    });
  });

  it('keeps only the chosen categories within [fromMs, toMs), dropping undated incidents', () => {
    expect(countIncidents(input, shape, { categories: [1, 2, 7], fromMs: may + 1, toMs: june + 1 })).toEqual({
      ...shape,
      byArea: Uint32Array.from([1, 1, 0]),
      byAreaCategory: Uint32Array.from([0, 1, 0, 0, 1, 0, 0, 0, 0]),
      byAreaPeriod: Uint32Array.from([0, 1, 1, 0, 0, 0]),
      points: 3,
      matched: 2,
      outside: 1,
    });
  });

  it('counts nothing for an empty category list', () => {
    const counts = countIncidents(input, shape, { categories: [], fromMs: null, toMs: null });
    expect([Array.from(counts.byArea), counts.points, counts.matched, counts.outside]).toEqual([[0, 0, 0], 0, 0, 0]);
  });
});
