import { useShallow } from 'zustand/react/shallow';
import type { CiaLink } from '../../types';
import { useReportStore } from '../../state/report-store';
import { eventLink, reportLink } from '../../analysis/cia/citations';
import { formatDate } from '../format-date';
import { useCiaWords } from './use-cia-words';

export type FromKind = 'none' | CiaLink['kind'];

/**
 * What an assessment is opened from, when it is a tension report or a planned event of the workspace: one is
 * chosen from those recorded (reports not withdrawn, newest first), so the assessment cites it by its id.
 */
export function RecordChooser({ kind, value, onChange }: { kind: 'report' | 'event'; value: CiaLink | null; onChange: (link: CiaLink | null) => void }) {
  const { t } = useCiaWords();
  const { reports, events } = useReportStore(useShallow((s) => ({ reports: s.reports, events: s.events })));
  const day = (ms: number) => formatDate(ms, 'day-month-year', t);
  const options = kind === 'report'
    ? reports.filter((r) => !r.withdrawn).sort((a, b) => b.timeMs - a.timeMs).map((r) => ({ link: reportLink(r), text: `${day(r.timeMs)}: ${reportLink(r).label}` }))
    : [...events].sort((a, b) => b.timeMs - a.timeMs).map((e) => ({ link: eventLink(e), text: `${day(e.timeMs)}: ${e.note}` }));
  if (options.length === 0) return <p className="small muted" data-testid="cia-record-none">{t(kind === 'report' ? 'cia2.from.noReports' : 'cia2.from.noEvents')}</p>;
  return (
    <label className="field">
      <span>{t(kind === 'report' ? 'cia2.from.report' : 'cia2.from.event')}</span>
      <select value={value?.id ?? ''} onChange={(e) => onChange(options.find((o) => o.link.id === e.target.value)?.link ?? null)} data-testid="cia-record">
        <option value="">{t('cia2.from.choose')}</option>
        {options.map((o) => <option key={o.link.id} value={o.link.id}>{o.text}</option>)}
      </select>
    </label>
  );
}
