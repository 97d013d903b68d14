import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, RejectedReportRow } from '../../types';
import { countRejectedReports } from '../../analysis/reports/report-rejections';
import { reportTemplateCsv, reportTemplateXlsx } from '../../state/report-lists';
import { useReportStore } from '../../state/report-store';
import { downloadBytes, downloadText } from '../download';
import { ErrorNotice } from '../ErrorNotice';
import { toInputFiles } from '../FileDrop';
import { useLocaleTag, useProblemText, useT } from '../use-t';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** One rejected row in words: file, row, the column as the file heads it (when it has one), why, and what was found. */
function useRejectedText(): (row: RejectedReportRow) => string {
  const t = useT();
  return (row) => {
    const params = { file: row.file, row: row.row, column: row.column ?? '', reason: t(`reports.reject.${row.reason}`), value: row.value };
    if (row.column) return t(row.value ? 'reports2.rejectedColumnValue' : 'reports2.rejectedColumn', params);
    return t(row.value ? 'reports.rejectedValue' : 'reports.rejectedRow', params);
  };
}

/** The blank template for partners, and importing filled templates or form exports with the report of every row. */
export function ReportImport({ layer }: { layer: AreaDataset | undefined }) {
  const t = useT();
  const problem = useProblemText();
  const localeTag = useLocaleTag();
  const rejectedText = useRejectedText();
  const { importReports, lastImport, errors, dismissErrors, status } = useReportStore(useShallow((s) => ({ importReports: s.importReports, lastImport: s.lastImport, errors: s.errors, dismissErrors: s.dismissErrors, status: s.status })));
  return (
    <div className="report-import">
      <p>
        <button type="button" onClick={() => downloadText('tension-report-template.csv', reportTemplateCsv())} data-testid="report-template-csv">{t('reports.templateCsv')}</button>{' '}
        <button type="button" onClick={() => downloadBytes('tension-report-template.xlsx', reportTemplateXlsx(), XLSX_TYPE)} data-testid="report-template-xlsx">{t('reports.templateXlsx')}</button>
      </p>
      <label className="field">
        <span>{t('reports.import')}</span>
        <input type="file" accept=".csv,.tsv,.txt,.xlsx,.ods" multiple data-testid="report-import" onChange={async (e) => {
          const files = e.target.files;
          if (files && files.length > 0) await importReports(await toInputFiles(files), layer ? { areaCodes: layer.areaCodes, areaNames: layer.areaNames } : null);
          e.target.value = '';
        }} />
      </label>
      <div aria-live="polite">
        {status.kind === 'loading' && (
          <div data-testid="report-import-progress" className="progress">
            <progress max={1} value={status.progress} aria-label={t('load.loading', { files: status.files.join(', ') })} />
            {status.step && <p className="muted small">{t('load.progress', { percent: Math.round(status.progress * 100), message: problem.text('progress', status.step) })}</p>}
          </div>
        )}
      </div>
      <ErrorNotice errors={errors} onDismiss={dismissErrors} testId="report-import-error" />
      {lastImport && status.kind !== 'loading' && (
        <div data-testid="report-import-report">
          {lastImport.files.map((file) => <p key={file.name} className="small">{t('reports2.importedFile', { file: file.name, count: file.rowsKept.toLocaleString(localeTag), rejected: (file.rowsRead - file.rowsKept).toLocaleString(localeTag) })}</p>)}
          {lastImport.rejected.length > 0 && (
            <details className="report" open><summary>{t('reports.rejectedHeading')}</summary>
              <ul className="small" data-testid="report-import-reasons">{countRejectedReports(lastImport.rejected).map(({ reason, count }) => (
                <li key={reason} data-reason={reason}>{t('reports2.rejectedCount', { reason: t(`reports.reject.${reason}`), count: count.toLocaleString(localeTag) })}</li>
              ))}</ul>
              <ul className="small" data-testid="report-import-rejected">{lastImport.rejected.map((row) => (
                <li key={`${row.file}:${row.row}`} data-reason={row.reason}>{rejectedText(row)}</li>
              ))}</ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
