import { useMemo } from 'react';
import type { AreaDataset, ReportFilter, TensionReport } from '../../types';
import { countReportsByAreaAndMonth } from '../../analysis/reports/report-counts';
import { formatDate } from '../format-date';
import { useAreaName, useLocaleTag, useT } from '../use-t';

/** Reports in force counted per area of the layer and month, like incidents; reports outside every area are said. */
export function ReportCounts({ reports, filter, layer }: { reports: readonly TensionReport[]; filter: ReportFilter; layer: AreaDataset | undefined }) {
  const t = useT();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const result = useMemo(() => (layer ? countReportsByAreaAndMonth(reports, filter, layer) : null), [reports, filter, layer]);
  if (!layer || !result) return <p className="muted small">{t('reports.counts.noLayer')}</p>;
  return (
    <div data-testid="report-counts">
      <h3 className="small-heading">{t('reports.counts', { layer: layer.label })}</h3>
      {result.counts.length === 0 ? <p className="muted small">{t('reports.counts.none')}</p> : (
        <table className="area-fields">
          <thead><tr><th scope="col">{t('reports.counts.month')}</th><th scope="col">{t('reports.counts.area')}</th><th scope="col">{t('reports.counts.count')}</th></tr></thead>
          <tbody>
            {result.counts.map((row) => (
              <tr key={`${row.month}-${row.areaCode}`} data-testid="report-count-row">
                <td>{formatDate(Date.parse(`${row.month}-01T00:00:00Z`), 'month-year', t)}</td>
                <th scope="row">{areaName(layer, row.areaIndex)}</th>
                <td>{row.count.toLocaleString(localeTag)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {result.outside > 0 && <p className="muted small" data-testid="report-counts-outside">{t('reports.counts.outside', { count: result.outside.toLocaleString(localeTag) })}</p>}
    </div>
  );
}
