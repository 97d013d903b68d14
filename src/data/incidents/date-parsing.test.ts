import { describe, expect, it } from 'vitest';
import { createDateReading, looksLikeDate, readIncidentDate } from './date-parsing';

function read(text: string) {
  const reading = createDateReading();
  const ok = readIncidentDate(text, reading);
  return ok ? { timeMs: reading.timeMs, precision: reading.precision } : { failure: reading.failure };
}

describe('readIncidentDate', () => {
  it.each([
    ['2022-05', Date.UTC(2022, 4, 1), 0],
    ['2020-01', Date.UTC(2020, 0, 1), 0],
    ['2022-05-14', Date.UTC(2022, 4, 14), 1],
    ['2022-05-14T13:45:00Z', Date.UTC(2022, 4, 14, 13, 45), 2],
    ['2022-05-14T13:45:00.250Z', Date.UTC(2022, 4, 14, 13, 45, 0, 250), 2],
    ['2022-05-14T13:45:00+01:00', Date.UTC(2022, 4, 14, 12, 45), 2],
    ['2022-05-14 13:45', Date.UTC(2022, 4, 14, 13, 45), 2],
    ['14/05/2022', Date.UTC(2022, 4, 14), 1],
    ['05/03/2022', Date.UTC(2022, 2, 5), 1],
    ['14/05/2022 13:45', Date.UTC(2022, 4, 14, 13, 45), 2],
    ['1/2/2022 09:05:30', Date.UTC(2022, 1, 1, 9, 5, 30), 2],
    [' 2022-05 ', Date.UTC(2022, 4, 1), 0],
  ])('reads %s', (text, timeMs, precision) => {
    expect(read(text)).toEqual({ timeMs, precision });
  });

  it('rejects US-style month/day dates as us-order, never reading them', () => {
    expect(read('05/14/2022')).toEqual({ failure: 'us-order' });
    expect(read('12/31/2021 23:59')).toEqual({ failure: 'us-order' });
  });

  it.each(['', '   '])('reports %j as empty', (text) => {
    expect(read(text)).toEqual({ failure: 'empty' });
  });

  it.each(['2022-13', '2022-02-30', '31/31/2022', '14/05/22', 'yesterday', '2022', '14/05/2022 25:00', '44695'])('rejects %s as unparseable', (text) => {
    expect(read(text)).toEqual({ failure: 'unparseable' });
  });

  it('reuses the last result for a repeated text and updates on a new one', () => {
    const reading = createDateReading();
    expect(readIncidentDate('2022-05', reading)).toBe(true);
    expect(readIncidentDate('05/14/2022', reading)).toBe(false);
    expect(readIncidentDate('05/14/2022', reading)).toBe(false);
    expect(reading.failure).toBe('us-order');
    expect(readIncidentDate('2022-06', reading)).toBe(true);
    expect({ timeMs: reading.timeMs, precision: reading.precision, failure: reading.failure }).toEqual({ timeMs: Date.UTC(2022, 5, 1), precision: 0, failure: null });
  });
});

describe('looksLikeDate', () => {
  it('counts US-style dates as dates (so the column is found and its rows explained) but not numbers', () => {
    expect(['2022-05', '05/14/2022', '14/05/2022', '2022', '51.48', 'Burglary'].map(looksLikeDate)).toEqual([true, true, true, false, false, false]);
  });
});
