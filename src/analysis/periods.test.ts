import { describe, expect, it } from 'vitest';
import { assignPeriods, nextPeriodStartMs, periodKey, periodStartMs } from './periods';

const utc = (iso: string) => Date.parse(`${iso}T00:00:00Z`);

describe('periodKey', () => {
  it('names calendar months and ISO weeks, with the ISO week-year at the turn of the year', () => {
    expect({
      month: periodKey(utc('2022-05-31') + 23 * 3_600_000, 'month'),
      may: periodKey(utc('2022-05-09'), 'week'),
      sunday: periodKey(utc('2022-05-15'), 'week'),
      jan3of2021: periodKey(utc('2021-01-03'), 'week'),
      dec31of2024: periodKey(utc('2024-12-31'), 'week'),
      jan1of2026: periodKey(utc('2026-01-01'), 'week'),
    }).toEqual({ month: '2022-05', may: '2022-W19', sunday: '2022-W19', jan3of2021: '2020-W53', dec31of2024: '2025-W01', jan1of2026: '2026-W01' });
  });
});

describe('periodStartMs and nextPeriodStartMs', () => {
  it('start weeks on Monday and months on the 1st (UTC)', () => {
    expect([
      periodStartMs(utc('2022-05-15') + 1000, 'week'),
      periodStartMs(utc('2022-05-16'), 'week'),
      periodStartMs(utc('2022-05-31'), 'month'),
      nextPeriodStartMs(utc('2022-12-01'), 'month'),
      nextPeriodStartMs(utc('2022-05-09'), 'week'),
      periodStartMs(utc('1969-12-31'), 'week'),
    ]).toEqual([utc('2022-05-09'), utc('2022-05-16'), utc('2022-05-01'), utc('2023-01-01'), utc('2022-05-16'), utc('1969-12-29')]);
  });
});

describe('assignPeriods', () => {
  it('covers every month from first to last incident, empty months included, and marks undated ones -1', () => {
    const times = Float64Array.from([utc('2022-05-01'), utc('2022-02-01'), NaN, utc('2022-05-01'), utc('2022-04-30')]);
    const periods = assignPeriods(times, 'month');
    expect({ ...periods, periodIndex: Array.from(periods.periodIndex) }).toEqual({
      kind: 'month',
      keys: ['2022-02', '2022-03', '2022-04', '2022-05'],
      boundsMs: [utc('2022-02-01'), utc('2022-03-01'), utc('2022-04-01'), utc('2022-05-01'), utc('2022-06-01')],
      periodIndex: [3, 0, -1, 3, 2],
    });
  });

  it('buckets by ISO week across a year end', () => {
    const periods = assignPeriods(Float64Array.from([utc('2020-12-28'), utc('2021-01-10'), utc('2021-01-04')]), 'week');
    expect({ keys: periods.keys, periodIndex: Array.from(periods.periodIndex) }).toEqual({ keys: ['2020-W53', '2021-W01'], periodIndex: [0, 1, 1] });
  });

  it('gives no periods when nothing is dated', () => {
    const periods = assignPeriods(Float64Array.from([NaN]), 'week');
    expect({ ...periods, periodIndex: Array.from(periods.periodIndex) }).toEqual({ kind: 'week', keys: [], boundsMs: [], periodIndex: [-1] });
  });
});
