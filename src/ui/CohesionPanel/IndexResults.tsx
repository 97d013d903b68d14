import { useState } from 'react';
import { useCohesionResults } from '../../state/cohesion-derived';
import { useCohesionStore } from '../../state/cohesion-store';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { useTableStore } from '../../state/table-store';
import { explainAreaScore } from '../../analysis/cohesion/composite-index';
import { DEFAULT_DIVERGING_PALETTE } from '../../analysis/palettes';
import { useLocaleTag, useT, useAreaName } from '../use-t';
import { fieldId } from '../../analysis/field-registry';

const LOWEST_LISTED = 10;

/** The index outcome: areas scored, indicators left out, the lowest-scoring areas and why they score so. */
export function IndexResults() {
  const t = useT();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const results = useCohesionResults();
  const boundaryId = useCohesionStore((s) => s.boundaryId);
  const tables = useTableStore((s) => s.tables);
  const setValueField = useLayerStore((s) => s.setValueField);
  const setClassification = useLayerStore((s) => s.setClassification);
  const setActiveDataset = useLayerStore((s) => s.setActiveLayer);
  const selectArea = useViewStore((s) => s.selectArea);
  const [explained, setExplained] = useState<number | null>(null);
  const index = results?.index;
  if (!results || !index || !boundaryId) return null;
  const nameOf = (id: string) => {
    const [tableId, indicator] = [id.slice(0, id.lastIndexOf(':')), Number(id.slice(id.lastIndexOf(':') + 1))];
    return tables[tableId]?.indicators[indicator]?.name ?? id;
  };
  const f = (v: number) => v.toLocaleString(localeTag, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const lowest = Array.from(index.ranks, (rank, area) => ({ rank, area })).filter((r) => Number.isFinite(r.rank)).sort((a, b) => a.rank - b.rank).slice(0, LOWEST_LISTED);
  const map = (field: string) => {
    setActiveDataset(boundaryId);
    setValueField(boundaryId, field);
    setClassification(boundaryId, field === fieldId({ kind: 'cohesion', measure: 'score' }) ? { method: 'quantile', classCount: 5, paletteId: DEFAULT_DIVERGING_PALETTE } : { method: 'equal-interval', classCount: 5, paletteId: DEFAULT_DIVERGING_PALETTE });
  };
  return (
    <div className="index-results" data-testid="index-results">
      <p className="small" data-testid="index-summary">{t('cohesion.scored', { scored: index.scoredCount, total: index.scores.length, used: index.components.length })}</p>
      {index.excluded.length > 0 && <p className="small warning-text">{t('cohesion.excluded', { list: index.excluded.map((e) => `${nameOf(e.id)} (${t(`cohesion.reason.${e.reason}`)})`).join(', ') })}</p>}
      {index.scoredCount > 0 && (
        <>
          <div className="filter-actions">
            <button type="button" data-testid="map-index" onClick={() => map(fieldId({ kind: 'cohesion', measure: 'score' }))}>{t('cohesion.mapScore')}</button>
            <button type="button" data-testid="map-quintile" onClick={() => map(fieldId({ kind: 'cohesion', measure: 'quintile' }))}>{t('cohesion.mapQuintile')}</button>
          </div>
          <h3 className="small-heading">{t('cohesion.lowest', { count: lowest.length })}</h3>
          <ol className="lowest" data-testid="lowest-areas">
            {lowest.map(({ area }) => (
              <li key={area}>
                <button type="button" className="link" onClick={() => { setExplained(explained === area ? null : area); selectArea({ datasetId: boundaryId, index: area }); }} aria-expanded={explained === area}>
                  {areaName(results.boundary, area)} · {f(index.scores[area])}
                </button>
                {explained === area && <Explanation area={area} nameOf={nameOf} format={f} />}
              </li>
            ))}
          </ol>
        </>
      )}
    </div>
  );
}

function Explanation({ area, nameOf, format }: { area: number; nameOf: (id: string) => string; format: (v: number) => string }) {
  const t = useT();
  const results = useCohesionResults();
  if (!results?.index) return null;
  const explanation = explainAreaScore(results.index, area);
  return (
    <div className="explain" data-testid="score-explanation">
      <p className="small">{t('cohesion.explainHead', { score: format(explanation.score), rank: explanation.rank, quintile: explanation.quintile })}</p>
      <ul className="small">
        {explanation.components.map((c) => (
          <li key={c.id}>{t(c.contribution < 0 ? 'cohesion.pullsDown' : 'cohesion.pullsUp', { name: nameOf(c.id), amount: format(Math.abs(c.contribution)), z: format(c.z) })}</li>
        ))}
      </ul>
      {explanation.missing.length > 0 && <p className="small muted">{t('cohesion.missing', { list: explanation.missing.map(nameOf).join(', ') })}</p>}
    </div>
  );
}
