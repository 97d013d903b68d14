import type { MessageKey, MessageParams } from './translate';

type Translate = (key: MessageKey, params?: MessageParams) => string;

export type DateStyle = 'month-year' | 'month-year-long' | 'day-month-year' | 'day-month-year-long';

/**
 * A date in words of the interface language ("Jul 2023", "5 Gorffennaf 2023"), with month names from the
 * catalogue rather than Intl: browsers without Welsh locale data fall back to American English.
 * Dates of data (months, incident days) are UTC; a moment on this computer (a saving time) is local.
 */
export function formatDate(ms: number, style: DateStyle, t: Translate, zone: 'utc' | 'local' = 'utc'): string {
  const date = new Date(ms);
  const [year, month, day] = zone === 'utc' ? [date.getUTCFullYear(), date.getUTCMonth(), date.getUTCDate()] : [date.getFullYear(), date.getMonth(), date.getDate()];
  const long = style.endsWith('-long');
  const name = t(long ? 'date.months' : 'date.monthsShort').split(',')[month] ?? '';
  return style.startsWith('day')
    ? t('date.dayMonthYear', { day: String(day), month: name, year: String(year) })
    : t('date.monthYear', { month: name, year: String(year) });
}
