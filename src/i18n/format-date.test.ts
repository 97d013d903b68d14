import { describe, expect, it } from 'vitest';
import { translate } from './translate';
import { formatDate } from './format-date';

const en = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('en', key, params);
const cy = (key: Parameters<typeof translate>[1], params?: Parameters<typeof translate>[2]) => translate('cy', key, params);
const july5 = Date.UTC(2023, 6, 5, 12);

describe('formatDate', () => {
  it('writes dates in English with British day-month order', () => {
    expect(formatDate(july5, 'month-year', en)).toBe('Jul 2023');
    expect(formatDate(july5, 'day-month-year-long', en)).toBe('5 July 2023');
    expect(formatDate(Date.UTC(2015, 0, 1), 'day-month-year', en)).toBe('1 Jan 2015');
  });
  it('writes dates in Welsh with Welsh month names', () => {
    expect(formatDate(july5, 'month-year', cy)).toBe('Gorff 2023');
    expect(formatDate(july5, 'month-year-long', cy)).toBe('Gorffennaf 2023');
    expect(formatDate(Date.UTC(2026, 10, 21), 'day-month-year-long', cy)).toBe('21 Tachwedd 2026');
  });
  it('has twelve month names in each language', () => {
    for (const t of [en, cy]) {
      expect(t('date.months').split(',')).toHaveLength(12);
      expect(t('date.monthsShort').split(',')).toHaveLength(12);
    }
  });
});
