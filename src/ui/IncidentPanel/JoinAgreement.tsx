import type { IncidentDataset, JoinResult } from '../../types';
import { useLocaleTag, useT } from '../use-t';

const LISTED = 25;

/** How the join agrees with the file's own area codes, and the disagreeing rows with their distance to the edge. */
export function JoinAgreement({ join, dataset }: { join: JoinResult; dataset: IncidentDataset }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const a = join.agreement;
  if (!a) return null;
  const n = (v: number) => v.toLocaleString(localeTag);
  const share = a.agreeShare === null ? '—' : `${(a.agreeShare * 100).toLocaleString(localeTag, { maximumFractionDigits: 1 })}%`;
  return (
    <details className="agreement" data-testid="join-agreement">
      <summary>{t('incidents.agreement', { share, field: a.field })}</summary>
      <p className="small" data-testid="agreement-counts">{t('incidents.agreementCounts', { agree: n(a.agree), disagree: n(a.disagree), notLoaded: n(a.fileCodeNotLoaded), noCode: n(a.noFileCode) })}</p>
      <p className="muted small">{t('incidents.agreementHelp')}</p>
      {a.disagreements.length > 0 && (
        <table className="area-fields" data-testid="disagreements">
          <thead><tr><th scope="col">{t('incidents.row')}</th><th scope="col">{t('incidents.fileCode')}</th><th scope="col">{t('incidents.joinedCode')}</th><th scope="col">{t('incidents.edgeDistance')}</th></tr></thead>
          <tbody>
            {a.disagreements.slice(0, LISTED).map((d) => (
              <tr key={d.incident}>
                <td className="row-refs">{`${dataset.files[dataset.sourceFile[d.incident]]}:${dataset.sourceLine[d.incident]}`}</td>
                <td>{d.fileAreaCode}{d.fileCodeLoaded ? '' : ` ${t('incidents.notLoaded')}`}</td>
                <td>{d.joinedAreaCode}</td>
                <td>{t('incidents.metres', { m: Math.round(d.distanceM).toLocaleString(localeTag) })}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {a.disagreements.length > LISTED && <p className="muted small">{t('incidents.moreRows', { count: n(a.disagreements.length - LISTED) })}</p>}
    </details>
  );
}
