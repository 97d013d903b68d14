import type { BivariateView } from './use-bivariate-view';
import { useT } from './use-t';

/** The square 3×3 legend: community share across, cohesion score up, each cell named and counted. */
export function BivariateLegend({ view }: { view: BivariateView }) {
  const t = useT();
  const { legend } = view;
  return (
    <div className="bivariate-legend" data-testid="bivariate-legend">
      <p className="legend-title">{t('cohesion.bivariate')}</p>
      <div className="bivariate-body">
        <span className="axis-y small">{legend.yAxis.title} ↑</span>
        <table className="bivariate-grid">
          <tbody>
            {legend.rows.map((row, r) => (
              <tr key={r}>
                <th scope="row" className="small">{legend.yAxis.thirdLabels[2 - r]}</th>
                {row.map((cell) => (
                  <td key={cell.classIndex} data-testid="bivariate-cell" data-color={cell.color} style={{ background: cell.color }} title={t('legend.count', { count: cell.count })}>
                    <span className="cell-count">{cell.count}</span>
                  </td>
                ))}
              </tr>
            ))}
            <tr><td />{legend.xAxis.thirdLabels.map((label, i) => <th key={i} scope="col" className="small">{label}</th>)}</tr>
          </tbody>
        </table>
      </div>
      <p className="small">{legend.xAxis.title} →</p>
      <p className="small"><span className="swatch" style={{ background: legend.noData.color }} aria-hidden="true" />{legend.noData.label}: {legend.noData.count}</p>
    </div>
  );
}
