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
 * A run of periods as people write it: "2021" for a whole calendar year of months, "Jan – Jun 2021" within one
 * year, "Mar 2021" for one month, "Nov 2020 – Feb 2021" across years; weeks as "Week 1, 2021 – Week 9, 2021".
 */
export function periodRangeLabel(keys: ReadonlyArray<string>, kind: PeriodKind, from: number, to: number, t: (k: MessageKey, p?: MessageParams) => string): string {
  if (from === to) return formatPeriod(keys[from], kind, t);
  if (kind === 'month') {
    const [fromYear, fromMonth] = keys[from].split('-').map(Number);
    const [toYear, toMonth] = keys[to].split('-').map(Number);
    if (fromYear === toYear) {
      if (fromMonth === 1 && toMonth === 12) return String(fromYear);
      const month = (m: number) => t('date.monthsShort').split(',')[m - 1] ?? '';
      return t('time.range', { from: month(fromMonth), to: formatPeriod(keys[to], kind, t) });
    }
  }
  return t('time.range', { from: formatPeriod(keys[from], kind, t), to: formatPeriod(keys[to], kind, t) });
}

/**
 * What the timeline shows now: one period, a window of periods ending at the step, or all dates,
 * as the slider's label and exported images write it.
 */
export function currentPeriodLabel(keys: ReadonlyArray<string>, kind: PeriodKind, step: number | null, window: TimeWindow, t: (k: MessageKey, p?: MessageParams) => string): string {
  const label = (i: number) => formatPeriod(keys[i], kind, t);
  const count = keys.length;
  if (step === null) return t('time.allDates', { range: periodRangeLabel(keys, kind, 0, count - 1, t) });
  const at = Math.min(step, count - 1);
  if (window.kind === 'single') return label(at);
  if (window.kind === 'cumulative') return t('time.toDate', { to: label(at) });
  return periodRangeLabel(keys, kind, Math.max(0, at - window.size + 1), at, t);
}
