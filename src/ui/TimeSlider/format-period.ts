import type { PeriodKind } from '../../analysis/periods';
import type { MessageKey, MessageParams } from '../../i18n/translate';

/** A period key ("2022-05", "2022-W19") as people read it, in the interface language. */
export function formatPeriod(key: string, kind: PeriodKind, localeTag: string, t: (k: MessageKey, p?: MessageParams) => string): string {
  if (kind === 'week') {
    const [year, week] = key.split('-W');
    return t('time.week', { week: Number(week), year });
  }
  const [year, month] = key.split('-').map(Number);
  return new Date(Date.UTC(year, month - 1, 1)).toLocaleDateString(localeTag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
}
