import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset } from '../../types';
import { reportTemplateCsv, reportTemplateXlsx } from '../../state/report-lists';
import { useReportStore } from '../../state/report-store';
import { downloadBytes, downloadText } from '../download';
import { ErrorNotice } from '../ErrorNotice';
import { toInputFiles } from '../FileDrop';
import { useLocaleTag, useT } from '../use-t';

const XLSX_TYPE = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The blank template for partners, and importing filled templates or form exports with the report of every row. */
export function ReportImport({ layer }: { layer: AreaDataset | undefined }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const { importReports, lastImport, errors, dismissErrors } = useReportStore(useShallow((s) => ({ importReports: s.importReports, lastImport: s.lastImport, errors: s.errors, dismissErrors: s.dismissErrors })));
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
      <ErrorNotice errors={errors} onDismiss={dismissErrors} testId="report-import-error" />
      {lastImport && (
        <div data-testid="report-import-report">
          {lastImport.files.map((file) => <p key={file.name} className="small">{t('reports.imported', { file: file.name, kept: file.rowsKept.toLocaleString(localeTag), rejected: (file.rowsRead - file.rowsKept).toLocaleString(localeTag) })}</p>)}
          {lastImport.rejected.length > 0 && (
            <details className="report" open><summary>{t('reports.rejectedHeading')}</summary>
              <ul className="small">{lastImport.rejected.map((row) => (
                <li key={`${row.file}:${row.row}`} data-reason={row.reason}>{t(row.value ? 'reports.rejectedValue' : 'reports.rejectedRow', { file: row.file, row: row.row, reason: t(`reports.reject.${row.reason}`), value: row.value })}</li>
              ))}</ul>
            </details>
          )}
        </div>
      )}
    </div>
  );
}
