import { describe, expect, it } from 'vitest';
import { periodIndexOn, periodsWithData, pooledWindowValues, windowRange, windowValues, type PeriodTable } from './timeline-window';

// Two areas, four periods: area 0 = 1,2,3,4; area 1 = 10,0,0,5.
const table: PeriodTable = { areaCount: 2, periodCount: 4, counts: [1, 2, 3, 4, 10, 0, 0, 5] };

describe('time-slider windows', () => {
  it('covers the single period, the last n periods, or everything to date', () => {
    expect(windowRange({ kind: 'single' }, 2)).toEqual([2, 2]);
    expect(windowRange({ kind: 'rolling', size: 3 }, 1)).toEqual([0, 1]);
    expect(windowRange({ kind: 'rolling', size: 3 }, 3)).toEqual([1, 3]);
    expect(windowRange({ kind: 'cumulative' }, 2)).toEqual([0, 2]);
  });
  it('sums each area over its window', () => {
    expect([...windowValues(table, { kind: 'single' }, 3)]).toEqual([4, 5]);
    expect([...windowValues(table, { kind: 'rolling', size: 2 }, 1)]).toEqual([3, 10]);
    expect([...windowValues(table, { kind: 'cumulative' }, 3)]).toEqual([10, 15]);
  });
  it('pools only the steps a layer has data for, when asked', () => {
    const sparse: PeriodTable = { areaCount: 2, periodCount: 5, counts: [0, 1, 2, 0, 0, 0, 3, 0, 0, 0] };
    expect(periodsWithData(sparse)).toEqual([1, 2]);
    expect([...pooledWindowValues(sparse, { kind: 'single' }, periodsWithData(sparse))]).toEqual([1, 3, 2, 0]);
  });
  it('pools every step for fixed class breaks', () => {
    expect([...pooledWindowValues(table, { kind: 'single' })]).toEqual([1, 10, 2, 0, 3, 0, 4, 5]);
    expect([...pooledWindowValues(table, { kind: 'cumulative' })]).toEqual([1, 10, 3, 10, 6, 10, 10, 15]);
  });
});

describe('periodIndexOn', () => {
  it('finds each time in the half-open period bounds, -1 outside or undated', () => {
    const bounds = [0, 10, 20, 30];
    expect([...periodIndexOn(new Float64Array([0, 9.9, 10, 29, 30, -1, Number.NaN]), bounds)]).toEqual([0, 0, 1, 2, -1, -1, -1]);
  });
});
