import type { PlaceDataset } from '../../types';
import { useLocaleTag, useT } from '../use-t';

/** What the import of a place layer did with every row: kept and rejected per file, and each rejected row with its file, row, field and reason. */
export function PlaceReport({ dataset }: { dataset: PlaceDataset }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const { report } = dataset;
  return (
    <div data-testid="place-report">
      {report.files.map((file) => (
        <p key={file.name} className="small">{t('places.imported', { file: file.name, kept: file.rowsKept.toLocaleString(localeTag), rejected: (file.rowsRead - file.rowsKept).toLocaleString(localeTag) })}</p>
      ))}
      {report.rejected.length > 0 && (
        <details className="report">
          <summary data-testid="place-rejected-summary">{t('places.rejectedHeading', { count: report.rejected.length.toLocaleString(localeTag) })}</summary>
          <ul className="small">
            {report.rejected.map((row) => (
              <li key={`${row.file}:${row.row}`} data-testid="place-rejected" data-reason={row.reason}>
                {t(row.value ? 'places.rejectedValue' : 'places.rejectedRow', { file: row.file, row: row.row, field: row.field, reason: t(`places.reject.${row.reason}`), value: row.value })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </div>
  );
}
