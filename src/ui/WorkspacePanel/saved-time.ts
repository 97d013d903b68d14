import type { MessageKey, MessageParams } from '../../i18n/translate';

/**
 * A saving time in words of the interface language ("21 November 2026 at 21:47", "21 Tachwedd 2026 am
 * 21:47"), local time, from the catalogue rather than Intl (browsers without Welsh data would fall back
 * to American English).
 */
export function formatSavedTime(iso: string, t: (key: MessageKey, params?: MessageParams) => string): string {
  const date = new Date(iso);
  const month = t('date.months').split(',')[date.getMonth()] ?? '';
  const time = `${String(date.getHours()).padStart(2, '0')}:${String(date.getMinutes()).padStart(2, '0')}`;
  return t('workspace.dateTime', { day: String(date.getDate()), month, year: String(date.getFullYear()), time });
}
