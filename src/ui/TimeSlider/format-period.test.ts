import { describe, expect, it } from 'vitest';
import { translate, type MessageKey, type MessageParams } from '../../i18n/translate';
import { currentPeriodLabel, periodRangeLabel } from './format-period';

const en = (key: MessageKey, params?: MessageParams) => translate('en', key, params);
const cy = (key: MessageKey, params?: MessageParams) => translate('cy', key, params);
const months = (year: number, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => `${year}-${String(from + i).padStart(2, '0')}`);

describe('periods as people write them', () => {
  const year2021 = months(2021, 1, 12);
  it.each([
    [year2021, 0, 11, '2021'],
    [year2021, 0, 5, 'Jan – Jun 2021'],
    [year2021, 2, 2, 'Mar 2021'],
    [[...months(2020, 11, 12), ...months(2021, 1, 2)], 0, 3, 'Nov 2020 – Feb 2021'],
    [[...months(2021, 1, 12), ...months(2022, 1, 12)], 0, 23, 'Jan 2021 – Dec 2022'],
  ])('%j from %i to %i reads %s', (keys, from, to, label) => {
    expect(periodRangeLabel(keys, 'month', from, to, en)).toBe(label);
  });

  it('weeks keep their numbers, and Welsh months are Welsh', () => {
    expect(periodRangeLabel(['2021-W01', '2021-W02'], 'week', 0, 1, en)).toBe('Week 1, 2021 – Week 2, 2021');
    expect(periodRangeLabel(year2021, 'month', 0, 11, cy)).toBe('2021');
    expect(periodRangeLabel(year2021, 'month', 0, 1, cy)).toBe(`${translate('cy', 'date.monthsShort').split(',')[0]} – ${translate('cy', 'date.monthYear', { month: translate('cy', 'date.monthsShort').split(',')[1], year: '2021' })}`);
  });

  it('the slider label: all dates of the drawn data, one month, or a rolling window', () => {
    expect(currentPeriodLabel(year2021, 'month', null, { kind: 'single' }, en)).toBe('All dates (2021)');
    expect(currentPeriodLabel(year2021, 'month', 3, { kind: 'single' }, en)).toBe('Apr 2021');
    expect(currentPeriodLabel(year2021, 'month', 5, { kind: 'rolling', size: 3 }, en)).toBe('Apr – Jun 2021');
    expect(currentPeriodLabel(year2021, 'month', 5, { kind: 'cumulative' }, en)).toBe('Up to Jun 2021');
  });
});
