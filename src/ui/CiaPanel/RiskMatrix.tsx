import type { CiaRisk } from '../../types';
import { riskMatrix } from '../../analysis/cia/risk-score';
import { useT } from '../use-t';

/** The 5×5 risk matrix: likelihood 5 at the top, impact 1 on the left, each cell counting its risks. */
export function RiskMatrix({ risks }: { risks: readonly CiaRisk[] }) {
  const t = useT();
  const rows = riskMatrix(risks);
  return (
    <table className="cia-matrix" data-testid="cia-matrix">
      <caption>{t('cia.matrix.caption')}</caption>
      <thead>
        <tr><th scope="col">{t('cia.matrix.likelihood')}</th>{[1, 2, 3, 4, 5].map((impact) => <th key={impact} scope="col">{t(`cia.score.${impact as 1 | 2 | 3 | 4 | 5}`)}</th>)}</tr>
      </thead>
      <tbody>
        {rows.map((row) => (
          <tr key={row[0].likelihood}>
            <th scope="row">{t(`cia.score.${row[0].likelihood as 1 | 2 | 3 | 4 | 5}`)}</th>
            {row.map((cell) => (
              <td key={cell.impact} className={`cia-level-${cell.level}`} data-testid="cia-matrix-cell" data-likelihood={cell.likelihood} data-impact={cell.impact} aria-label={t('cia.matrix.cell', { likelihood: cell.likelihood, impact: cell.impact, score: cell.score, count: cell.riskIds.length })}>
                {cell.riskIds.length > 0 ? cell.riskIds.length : ''}
              </td>
            ))}
          </tr>
        ))}
      </tbody>
      <tfoot><tr><td colSpan={6} className="muted small">{t('cia.matrix.impact')} →</td></tr></tfoot>
    </table>
  );
}
