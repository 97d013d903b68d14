import type { PeriodKind } from '../../analysis/periods';
import { formatDate } from '../format-date';
import type { TimeWindow } from '../../analysis/timeline-window';
import type { MessageKey, MessageParams } from '../../i18n/translate';

/** A period key ("2022-05", "2022-W19") as people read it, in the interface language. */
export function formatPeriod(key: string, kind: PeriodKind, t: (k: MessageKey, p?: MessageParams) => string): string {
  if (kind === 'week') {
    const [year, week] = key.split('-W');
    return t('time.week', { week: Number(week), year });
  }
  const [year, month] = key.split('-').map(Number);
  return formatDate(Date.UTC(year, month - 1, 1), 'month-year', t);
}

/**
 * What the timeline shows now: one period, a window of periods ending at the step, or all dates,
 * as the slider's label and exported images write it.
 */
export function currentPeriodLabel(keys: ReadonlyArray<string>, kind: PeriodKind, step: number | null, window: TimeWindow, t: (k: MessageKey, p?: MessageParams) => string): string {
  const label = (i: number) => formatPeriod(keys[i], kind, t);
  const count = keys.length;
  if (step === null) return t('time.allDates', { from: label(0), to: label(count - 1) });
  const at = Math.min(step, count - 1);
  if (window.kind === 'single') return label(at);
  if (window.kind === 'cumulative') return t('time.toDate', { to: label(at) });
  return t('time.range', { from: label(Math.max(0, at - window.size + 1)), to: label(at) });
}
