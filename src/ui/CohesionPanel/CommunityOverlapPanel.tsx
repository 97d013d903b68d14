import { useMemo } from 'react';
import { useCohesionStore } from '../../state/cohesion-store';
import { useCohesionResults } from '../../state/cohesion-derived';
import { useTableStore } from '../../state/table-store';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { alignedIndicator } from '../../state/table-derived';
import { summariseOverlap } from '../../analysis/cohesion/overlap';
import { toCsv } from '../../analysis/csv-export';
import { useLocaleTag, useT } from '../use-t';
import { downloadText } from '../download';
import { fieldId } from '../../analysis/field-registry';

interface Candidate { tableId: string; indicator: number; name: string }

/** Which communities live where cohesion is low: share map, bivariate map, and the summary table. */
export function CommunityOverlapPanel({ candidates }: { candidates: Candidate[] }) {
  const t = useT();
  const localeTag = useLocaleTag();
  const tables = useTableStore((s) => s.tables);
  const community = useCohesionStore((s) => s.community);
  const setCommunity = useCohesionStore((s) => s.setCommunity);
  const results = useCohesionResults();
  const setValueField = useLayerStore((s) => s.setValueField);
  const setClassification = useLayerStore((s) => s.setClassification);
  const setActiveDataset = useLayerStore((s) => s.setActiveLayer);
  const bivariate = useViewStore((s) => s.bivariate);
  const setBivariate = useViewStore((s) => s.setBivariate);
  const symbols = useViewStore((s) => s.communitySymbols);
  const setCommunitySymbols = useViewStore((s) => s.setCommunitySymbols);
  const counts = candidates.filter((c) => tables[c.tableId]?.indicators[c.indicator]?.unit === 'count');

  const lowCohesion = useCohesionStore((s) => s.lowCohesion);
  const setLowCohesion = useCohesionStore((s) => s.setLowCohesion);
  const definitionText = lowCohesion.kind === 'index-quintile'
    ? t('cohesion.lowDefinition')
    : t(lowCohesion.side === 'above' ? 'cohesion.lowAbove' : 'cohesion.lowBelow', { indicator: tables[lowCohesion.ref.tableId]?.indicators[lowCohesion.ref.indicator]?.name ?? '', value: lowCohesion.threshold });
  const summary = useMemo(() => {
    if (!community || !results?.low || !results.community) return null;
    const table = tables[community.count.tableId];
    const low = results.low;
    const period = table.periods.length - 1;
    const communities = table.indicators
      .map((ind, i) => ({ ind, i }))
      .filter(({ ind, i }) => ind.unit === 'count' && !(community.denominator.tableId === table.id && community.denominator.indicator === i))
      .map(({ ind, i }) => ({ id: String(i), label: ind.name, counts: alignedIndicator(table, results.boundary, i, period) }));
    return summariseOverlap(communities, results.community.totals, low, definitionText);
  }, [community, results, tables, definitionText]);

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
          <button type="button" data-testid="map-share" onClick={() => { setBivariate(false); setActiveDataset(results.boundary.id); setValueField(results.boundary.id, fieldId({ kind: 'cohesion', measure: 'share' })); }}>{t('cohesion.mapShare')}</button>
          <label className="check"><input type="checkbox" data-testid="symbols-toggle" checked={symbols} onChange={(e) => setCommunitySymbols(e.target.checked)} /> {t('cohesion.symbols')}</label>
          {results.index && results.index.scoredCount > 0 && (
            <label className="check"><input type="checkbox" data-testid="bivariate-toggle" checked={bivariate} onChange={(e) => { setActiveDataset(results.boundary.id); setBivariate(e.target.checked); }} /> {t('cohesion.bivariate')}</label>
          )}
        </div>
      )}
      <fieldset className="low-definition" data-testid="low-definition">
        <legend>{t('cohesion.lowHeading')}</legend>
        <label><input type="radio" name="low-kind" checked={lowCohesion.kind === 'index-quintile'} onChange={() => setLowCohesion({ kind: 'index-quintile' })} /> {t('cohesion.lowDefinition')}</label>
        <label><input type="radio" name="low-kind" data-testid="low-threshold" checked={lowCohesion.kind === 'threshold'} onChange={() => setLowCohesion({ kind: 'threshold', ref: candidates[0], threshold: 0, side: 'above' })} /> {t('cohesion.lowByIndicator')}</label>
        {lowCohesion.kind === 'threshold' && (
          <div className="rule-row">
            <select aria-label={t('tables.indicator')} data-testid="low-indicator" value={key(lowCohesion.ref)} onChange={(e) => setLowCohesion({ ...lowCohesion, ref: fromKey(e.target.value) })}>
              {candidates.map((c) => <option key={key(c)} value={key(c)}>{c.name}</option>)}
            </select>
            <select aria-label={t('cohesion.lowSide')} data-testid="low-side" value={lowCohesion.side} onChange={(e) => setLowCohesion({ ...lowCohesion, side: e.target.value as 'above' | 'below' })}>
              <option value="above">{t('cohesion.above')}</option>
              <option value="below">{t('cohesion.below')}</option>
            </select>
            <input type="number" aria-label={t('cohesion.threshold')} data-testid="low-value" value={lowCohesion.threshold} onChange={(e) => setLowCohesion({ ...lowCohesion, threshold: Number(e.target.value) })} />
          </div>
        )}
      </fieldset>
      {community && results.overlapAreas && (
        <button type="button" data-testid="map-overlap" onClick={() => { setBivariate(false); setActiveDataset(results.boundary.id); setValueField(results.boundary.id, fieldId({ kind: 'cohesion', measure: 'overlap' })); setClassification(results.boundary.id, { method: 'manual', manualBreaks: [0.5], paletteId: 'Purples' }); }}>{t('cohesion.mapOverlap')}</button>
      )}
      {!results.low && community && <p className="small muted">{t('cohesion.needIndex')}</p>}
      {summary && (
        <div data-testid="overlap-summary">
          <p className="small">{t('cohesion.overlapHead', { definition: definitionText, areas: summary.lowCohesionAreas })}</p>
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
