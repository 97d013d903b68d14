import { useState } from 'react';
import type { AreaDataset, TensionReport } from '../../types';
import { useReportStore } from '../../state/report-store';
import { formatDate } from '../format-date';
import { useT } from '../use-t';
import { usePlaceText } from './use-report-layer';

const pad = (n: number) => String(n).padStart(2, '0');

/** One report: what was said, where and when, who said it, and its history; edit and withdraw it. */
function ReportItem({ report, layer, onEdit }: { report: TensionReport; layer: AreaDataset | undefined; onEdit: (id: string) => void }) {
  const t = useT();
  const withdraw = useReportStore((s) => s.withdrawReport);
  const placeText = usePlaceText(layer, t('reports.pointOnly'));
  const [withdrawing, setWithdrawing] = useState(false);
  const [reason, setReason] = useState('');
  const [by, setBy] = useState('');
  const when = (ms: number) => `${formatDate(ms, 'day-month-year', t)} ${pad(new Date(ms).getUTCHours())}:${pad(new Date(ms).getUTCMinutes())}`;
  return (
    <li className={report.withdrawn ? 'report withdrawn' : 'report'} data-testid="report-item" data-report-id={report.id}>
      <p className="small"><strong>{t('reports.where', { place: placeText(report.place), date: when(report.timeMs) })}</strong>
        {' — '}{report.tensionTypes.map((type) => t(`reports.type.${type}`)).join(', ')}{'; '}{t(`reports.status.${report.status}`)}
        {report.rumour && <> · <em>{t('reports.rumour')}</em></>}{report.withdrawn && <> · <strong data-testid="report-withdrawn">{t('reports.withdrawnMark')}</strong></>}</p>
      {report.place.atPostcodeCentroid && <p className="small muted" data-testid="report-postcode-centroid">{t('reports2.placedAtCentroid', { postcode: report.place.postcode ?? '' })}</p>}
      <p className="small" data-testid="report-narrative-text">{report.narrative}</p>
      {report.communities.length > 0 && <p className="small muted">{report.communities.join(', ')}</p>}
      {report.actionTaken && <p className="small muted">{t('reports.action', { action: report.actionTaken })}</p>}
      <p className="small muted">{t('reports.by', { source: t(`reports.source.${report.sourceKind}`), reliability: t(`reports.reliability.${report.reliability}`), by: report.recordedBy || '—', agency: report.agency || '—' })}</p>
      <details className="small"><summary>{t('reports.history')}</summary>
        <ul data-testid="report-history">{report.history.map((revision, i) => <li key={i}>{t(`reports.history.${revision.kind}`, { date: when(revision.changedMs), by: revision.changedBy || '—', reason: revision.reason ?? '' })}</li>)}</ul>
      </details>
      {!report.withdrawn && !withdrawing && (
        <p><button type="button" onClick={() => onEdit(report.id)} data-testid="report-edit">{t('reports.edit')}</button> <button type="button" onClick={() => setWithdrawing(true)} data-testid="report-withdraw">{t('reports.withdraw')}</button></p>
      )}
      {withdrawing && (
        <form onSubmit={(e) => { e.preventDefault(); withdraw(report.id, by.trim(), reason.trim()); setWithdrawing(false); }}>
          <label className="field"><span>{t('reports.withdrawReason')}</span><input value={reason} onChange={(e) => setReason(e.target.value)} data-testid="report-withdraw-reason" required /></label>
          <label className="field"><span>{t('reports.field.recordedBy')}</span><input value={by} onChange={(e) => setBy(e.target.value)} data-testid="report-withdraw-by" required /></label>
          <button type="submit" data-testid="report-withdraw-confirm">{t('reports.withdrawConfirm')}</button> <button type="button" onClick={() => setWithdrawing(false)}>{t('reports.cancel')}</button>
        </form>
      )}
    </li>
  );
}

/** The reports the filter keeps, newest first. */
export function ReportList({ reports, layer, onEdit }: { reports: readonly TensionReport[]; layer: AreaDataset | undefined; onEdit: (id: string) => void }) {
  const t = useT();
  const newestFirst = [...reports].sort((a, b) => b.timeMs - a.timeMs);
  return (
    <div>
      <h3 className="small-heading" data-testid="report-list-heading">{t('reports.listHeading', { count: reports.filter((r) => !r.withdrawn).length })}</h3>
      {newestFirst.length === 0 ? <p className="muted small">{t('reports.none')}</p> : <ul className="report-list">{newestFirst.map((r) => <ReportItem key={r.id} report={r} layer={layer} onEdit={onEdit} />)}</ul>}
    </div>
  );
}
