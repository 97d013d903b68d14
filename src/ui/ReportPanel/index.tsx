import { useMemo, useState } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { useReportStore } from '../../state/report-store';
import { usePresentationStore } from '../../state/presentation-store';
import { isReportShown } from '../../analysis/reports/report-filter';
import { STANDARD_COMMUNITY_TYPES } from '../../state/report-lists';
import { useT } from '../use-t';
import { ReportForm } from './ReportForm';
import { ReportList } from './ReportList';
import { ReportFilters } from './ReportFilters';
import { ReportCounts } from './ReportCounts';
import { ReportImport } from './ReportImport';
import { EventCalendar } from './EventCalendar';
import { useReportLayer } from './use-report-layer';
import './reports.css';

/**
 * Tension reports (issue 14): record, edit and withdraw reports with the guide's fields, filter them, see them
 * counted by area and month, gather partners' reports from files, and keep a calendar of planned events.
 */
export function ReportPanel() {
  const t = useT();
  const { reports, filter } = useReportStore(useShallow((s) => ({ reports: s.reports, filter: s.filter })));
  const hiddenPresenting = usePresentationStore((s) => s.presenting && !s.showPoints);
  const layer = useReportLayer();
  const [editing, setEditing] = useState<string | 'new' | null>(null);
  const shown = useMemo(() => reports.filter((r) => isReportShown(r, filter)), [reports, filter]);
  const communities = useMemo(() => [...new Set([...STANDARD_COMMUNITY_TYPES, ...reports.flatMap((r) => r.communities)])], [reports]);
  const editedReport = editing && editing !== 'new' ? reports.find((r) => r.id === editing) ?? null : null;
  return (
    <section className="panel" aria-labelledby="reports-heading" data-testid="report-panel">
      <h2 id="reports-heading">{t('reports.heading')}</h2>
      <p className="muted small">{t('reports2.sensitive')}</p>
      {hiddenPresenting && <p className="small" data-testid="reports-hidden-presenting">{t('reports.hiddenPresenting')}</p>}
      {editing === null
        ? <button type="button" onClick={() => setEditing('new')} data-testid="report-new">{t('reports.record')}</button>
        : <ReportForm key={editing} report={editedReport} layer={layer} onDone={() => setEditing(null)} />}
      {reports.length > 0 && <p className="muted small">{t('reports.layerLegend')}</p>}
      <ReportFilters communities={communities} />
      <ReportList reports={shown} layer={layer} onEdit={setEditing} />
      <ReportCounts reports={reports} filter={filter} layer={layer} />
      <ReportImport layer={layer} />
      <EventCalendar layer={layer} />
    </section>
  );
}
