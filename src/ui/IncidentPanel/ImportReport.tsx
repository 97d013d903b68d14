import { useIncidentStore } from '../../state/incident-store';
import { useLocaleTag, useProblemText, useT } from '../use-t';

/** Rows read, kept and rejected by reason (with the first row references): nothing dropped silently. */
export function ImportReport({ incidentId }: { incidentId: string }) {
  const t = useT();
  const problem = useProblemText();
  const localeTag = useLocaleTag();
  const report = useIncidentStore((s) => s.incidents[incidentId]?.report);
  if (!report) return null;
  const n = (v: number) => v.toLocaleString(localeTag);
  const rejected = report.rowsRead - report.rowsKept;
  // Warnings stay in view, outside the folded report: what was assumed must be seen (issue 13).
  const warnings = report.warnings ?? [];
  return (
    <>
    {warnings.length > 0 && (
      <div className="small" role="status" data-testid="import-warnings">
        <p>{t('incidents.warnings')}</p>
        <ul>
          {warnings.map((warning, k) => (
            <li key={k} data-testid="import-warning" data-code={warning.code}>
              {problem.text('importWarning', warning)}
              {warning.examples && warning.examples.length > 0 && <span className="row-refs"> ({warning.examples.join(', ')})</span>}
            </li>
          ))}
        </ul>
      </div>
    )}
    <details className="report" data-testid="import-report">
      <summary>{t('incidents.report', { rejected: n(rejected) })}</summary>
      <p className="small">{t('incidents.reportTotals', { read: n(report.rowsRead), kept: n(report.rowsKept), rejected: n(rejected) })}</p>
      {report.rejected.length > 0 && (
        <table className="area-fields">
          <thead><tr><th scope="col">{t('incidents.reason')}</th><th scope="col">{t('incidents.rows')}</th><th scope="col">{t('incidents.examples')}</th></tr></thead>
          <tbody>
            {report.rejected.map((r) => (
              <tr key={r.reason} data-testid="rejected-reason" data-reason={r.reason}>
                <td>{r.notes.map((note) => problem.text('rowNote', note)).join(' ')}</td>
                <td>{n(r.count)}</td>
                <td className="row-refs">{r.examples.join(', ')}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {report.files.length > 1 && (
        <details>
          <summary>{t('incidents.perFile', { count: report.files.length })}</summary>
          <ul className="row-refs">
            {report.files.map((f) => <li key={f.name}>{t('incidents.fileLine', { file: f.name, read: n(f.rowsRead), kept: n(f.rowsKept) })}</li>)}
          </ul>
        </details>
      )}
    </details>
    </>
  );
}
