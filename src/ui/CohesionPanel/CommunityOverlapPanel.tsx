import { useMemo } from 'react';
import { useCohesionStore } from '../../state/cohesion-store';
import { useCohesionResults } from '../../state/cohesion-derived';
import { useTableStore } from '../../state/table-store';
import { useAnalysisStore } from '../../state/analysis-store';
import { useViewStore } from '../../state/view-store';
import { alignedIndicator } from '../../state/table-derived';
import { lowCohesionFromQuintiles, summariseOverlap } from '../../analysis/cohesion/overlap';
import { toCsv } from '../../analysis/csv-export';
import { useLocaleTag, useT } from '../use-t';
import { downloadText } from '../download';

interface Candidate { tableId: string; indicator: number; name: string }

/** Which communities live where cohesion is low: share map, bivariate map, and the summary table. */
export function CommunityOverlapPanel({ candidates }: { candidates: Candidate[] }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const tables = useTableStore((s) => s.tables);
  const community = useCohesionStore((s) => s.community);
  const setCommunity = useCohesionStore((s) => s.setCommunity);
  const results = useCohesionResults();
  const setValueField = useAnalysisStore((s) => s.setValueField);
  const setActiveDataset = useViewStore((s) => s.setActiveDataset);
  const bivariate = useViewStore((s) => s.bivariate);
  const setBivariate = useViewStore((s) => s.setBivariate);
  const counts = candidates.filter((c) => tables[c.tableId]?.indicators[c.indicator]?.unit === 'count');

  const summary = useMemo(() => {
    if (!community || !results?.index || !results.community) return null;
    const table = tables[community.count.tableId];
    const low = lowCohesionFromQuintiles(results.index.quintiles);
    const period = table.periods.length - 1;
    const communities = table.indicators
      .map((ind, i) => ({ ind, i }))
      .filter(({ ind, i }) => ind.unit === 'count' && !(community.denominator.tableId === table.id && community.denominator.indicator === i))
      .map(({ ind, i }) => ({ id: String(i), label: ind.name, counts: alignedIndicator(table, results.boundary, i, period) }));
    return summariseOverlap(communities, results.community.totals, low, t('cohesion.lowDefinition'));
  }, [community, results, tables, t]);

  if (counts.length < 2 || !results) return null;
  const key = (c: { tableId: string; indicator: number }) => `${c.tableId}|${c.indicator}`;
  const fromKey = (k: string) => { const [tableId, indicator] = k.split('|'); return { tableId, indicator: Number(indicator) }; };
  // Default denominator: the column that names all residents; the community: the first other count.
  const total = counts.find((c) => /total|all[ _]|residents|population/i.test(c.name)) ?? counts[0];
  const current = community ?? { count: counts.find((c) => c !== total) ?? counts[0], denominator: total };
  const pct = (v: number) => (Number.isFinite(v) ? `${(v * 100).toLocaleString(localeTag, { maximumFractionDigits: 1 })}%` : '—');
  return (
    <details className="community" data-testid="community-panel" open>
      <summary>{t('cohesion.communityHeading')}</summary>
      <label className="field">
        <span>{t('cohesion.community')}</span>
        <select data-testid="community-count" value={key(current.count)} onChange={(e) => setCommunity({ ...current, count: fromKey(e.target.value) })}>
          {counts.map((c) => <option key={key(c)} value={key(c)}>{c.name}</option>)}
        </select>
      </label>
      <label className="field">
        <span>{t('cohesion.allResidents')}</span>
        <select data-testid="community-total" value={key(current.denominator)} onChange={(e) => setCommunity({ ...current, denominator: fromKey(e.target.value) })}>
          {counts.map((c) => <option key={key(c)} value={key(c)}>{c.name}</option>)}
        </select>
      </label>
      {!community && <button type="button" data-testid="community-apply" onClick={() => setCommunity(current)}>{t('cohesion.communityApply')}</button>}
      {community && results.community && (
        <div className="filter-actions">
          <button type="button" data-testid="map-share" onClick={() => { setBivariate(false); setActiveDataset(results.boundary.id); setValueField(results.boundary.id, 'community:share'); }}>{t('cohesion.mapShare')}</button>
          {results.index && results.index.scoredCount > 0 && (
            <label className="check"><input type="checkbox" data-testid="bivariate-toggle" checked={bivariate} onChange={(e) => { setActiveDataset(results.boundary.id); setBivariate(e.target.checked); }} /> {t('cohesion.bivariate')}</label>
          )}
        </div>
      )}
      {!results.index?.scoredCount && community && <p className="small muted">{t('cohesion.needIndex')}</p>}
      {summary && (
        <div data-testid="overlap-summary">
          <p className="small">{t('cohesion.overlapHead', { areas: summary.lowCohesionAreas })}</p>
          <table className="area-fields">
            <thead><tr><th scope="col">{t('cohesion.community')}</th><th scope="col">{t('cohesion.inLow')}</th><th scope="col">{t('cohesion.shareCommunity')}</th><th scope="col">{t('cohesion.shareAll')}</th></tr></thead>
            <tbody>
              {summary.communities.map((c) => (
                <tr key={c.id} data-testid="overlap-row"><th scope="row">{c.label}</th><td>{Math.round(c.communityInLowCohesion).toLocaleString(localeTag)}</td><td>{pct(c.communityShare)}</td><td>{pct(c.allShare)}</td></tr>
              ))}
            </tbody>
          </table>
          <button type="button" data-testid="overlap-export" onClick={() => downloadText('communities-in-low-cohesion-areas.csv', toCsv(
            ['community', 'community_residents', 'community_in_low_cohesion_areas', 'community_share', 'all_residents', 'all_in_low_cohesion_areas', 'all_share', 'definition'],
            summary.communities.map((c) => [c.label, c.communityResidents, c.communityInLowCohesion, c.communityShare, c.allResidents, c.allInLowCohesion, c.allShare, summary.definition]),
          ))}>{t('incidents.exportTable')}</button>
        </div>
      )}
    </details>
  );
}
