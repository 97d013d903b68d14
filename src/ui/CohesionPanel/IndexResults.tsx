import { useState } from 'react';
import { useCohesionResults } from '../../state/cohesion-derived';
import { useCohesionStore } from '../../state/cohesion-store';
import { useViewStore } from '../../state/view-store';
import { useLayerStore } from '../../state/layer-store';
import { explainAreaScore } from '../../analysis/cohesion/composite-index';
import { peerAverage, peerGroup } from '../../analysis/cohesion/peer-groups';
import { DEFAULT_DIVERGING_PALETTE } from '../../analysis/palettes';
import { useLocaleTag, useT, useAreaName } from '../use-t';
import { fieldId } from '../../analysis/field-registry';
import type { IndexCandidate } from '../../state/cohesion-candidates';
import type { IndicatorDefinition } from '../../types/cohesion';
import { useSourceWords } from './use-source-words';
import { FactorNotes } from './FactorNotes';
import { CategorySummaryTable } from './CategorySummaryTable';
import { useIndexSourceLabel } from './use-index-source-label';
import { sourceKey } from '../../state/cohesion-store';

const LOWEST_LISTED = 10;

/** The index outcome: areas scored, indicators left out, the lowest-scoring areas and why they score so. */
export function IndexResults({ candidates }: { candidates: IndexCandidate[] }) {
  const t = useT();
  const sourceWords = useSourceWords();
  const items = useCohesionStore((s) => s.items);
  const sourceItems = useCohesionStore((s) => s.sourceItems);
  const sourceLabel = useIndexSourceLabel();
  const areaName = useAreaName();
  const localeTag = useLocaleTag();
  const results = useCohesionResults();
  const boundaryId = useCohesionStore((s) => s.boundaryId);
  const setValueField = useLayerStore((s) => s.setValueField);
  const setClassification = useLayerStore((s) => s.setClassification);
  const setActiveDataset = useLayerStore((s) => s.setActiveLayer);
  const selectArea = useViewStore((s) => s.selectArea);
  const [explained, setExplained] = useState<number | null>(null);
  const index = results?.index;
  const candidateOf = (id: string) => candidates.find((c) => `${c.tableId}:${c.indicator}` === id);
  const nameOf = (id: string) => {
    const c = candidateOf(id);
    const source = sourceItems.find((item) => sourceKey(item.source) === id);
    return c ? t('tableSource.indicator', { indicator: c.name, source: sourceWords(c.source) }) : source ? sourceLabel(source.source) : id;
  };
  const waiting = [...items.filter((i) => i.direction === null).map((i) => nameOf(`${i.tableId}:${i.indicator}`)), ...sourceItems.filter((i) => i.direction === null).map((i) => sourceLabel(i.source))];
  const waitingNote = waiting.length > 0 && <p className="small warning-text" data-testid="index-waiting">{t('cohesion.waitingDirection', { list: waiting.join('; ') })}</p>;
  if (!results || !index || !boundaryId) return waitingNote || null;
  const factorsOf = (ids: string[]) => ids.flatMap((id): IndicatorDefinition[] => { const f = candidateOf(id)?.factor; return f ? [f] : []; });
  const f = (v: number) => v.toLocaleString(localeTag, { maximumFractionDigits: 2, minimumFractionDigits: 2 });
  const lowest = Array.from(index.ranks, (rank, area) => ({ rank, area })).filter((r) => Number.isFinite(r.rank)).sort((a, b) => a.rank - b.rank).slice(0, LOWEST_LISTED);
  const map = (field: string) => {
    setActiveDataset(boundaryId);
    setValueField(boundaryId, field);
    setClassification(boundaryId, field === fieldId({ kind: 'cohesion', measure: 'score' }) ? { method: 'quantile', classCount: 5, paletteId: DEFAULT_DIVERGING_PALETTE } : { method: 'equal-interval', classCount: 5, paletteId: DEFAULT_DIVERGING_PALETTE });
  };
  return (
    <div className="index-results" data-testid="index-results">
      {waitingNote}
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
                {explained === area && <Explanation area={area} nameOf={nameOf} factorsOf={factorsOf} format={f} />}
              </li>
            ))}
          </ol>
          <CategorySummaryTable boundary={results.boundary} scores={index.scores} format={f} />
        </>
      )}
    </div>
  );
}

function Explanation({ area, nameOf, factorsOf, format }: { area: number; nameOf: (id: string) => string; factorsOf: (ids: string[]) => IndicatorDefinition[]; format: (v: number) => string }) {
  const t = useT();
  const areaName = useAreaName();
  const results = useCohesionResults();
  if (!results?.index) return null;
  const explanation = explainAreaScore(results.index, area);
  const peers = peerGroup(results.index.zScores, area);
  return (
    <div className="explain" data-testid="score-explanation">
      <p className="small">{t('cohesion.explainHead', { score: format(explanation.score), rank: explanation.rank, quintile: explanation.quintile })}</p>
      <ul className="small">
        {explanation.components.map((c) => (
          <li key={c.id}>{t(c.contribution < 0 ? 'cohesion.pullsDown' : 'cohesion.pullsUp', { name: nameOf(c.id), amount: format(Math.abs(c.contribution)), z: format(c.z) })}</li>
        ))}
      </ul>
      {explanation.missing.length > 0 && <p className="small muted">{t('cohesion.missing', { list: explanation.missing.map(nameOf).join(', ') })}</p>}
      {peers.peers.length > 0 && (
        <p className="small" data-testid="peer-group">
          {t('cohesion.peers', { count: peers.peers.length, list: peers.peers.map((i) => areaName(results.boundary, i)).join(', '), average: format(peerAverage(results.index.scores, peers.peers)), score: format(explanation.score) })}
          <span className="muted"> {t('cohesion.peersMethod')}</span>
        </p>
      )}
      <FactorNotes testId="explanation-factors" factors={factorsOf(explanation.components.map((c) => c.id))} />
    </div>
  );
}
