/**
 * The cohesion index, rapid-change flags and community shares for the analysed boundary layer, computed from
 * the table indicators the user chose, and offered to the choropleth as `cohesion:*` / `community:*` fields.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import { parseFieldId } from '../analysis/field-registry';
import type { AreaDataset, IndicatorTable } from '../types';
import { computeCohesionIndex, type CohesionIndex, type IndexIndicatorInput } from '../analysis/cohesion/composite-index';
import { sourceIndexInputs, type CohesionSources } from './cohesion-sources';
import { useIncidentStore } from './incident-store';
import { useTensionRows } from './tension-derived';
import { flagRapidChange, type RapidChangeResult } from '../analysis/cohesion/rapid-change';
import { classifyBivariate, type BivariateClassification } from '../analysis/cohesion/bivariate';
import { alignedIndicator } from './table-derived';
import { useCohesionStore, type IndexItem, type IndicatorRef, type LowCohesionDefinition } from './cohesion-store';
import { lowCohesionFromQuintiles, lowCohesionFromThreshold } from '../analysis/cohesion/overlap';
import { useTableStore } from './table-store';
import { useDataStore } from './data-store';

/** The period of a table to use: the chosen label when the table has it, else its latest period. */
export function periodIndexFor(table: IndicatorTable, periodLabel: string | null): number {
  const found = periodLabel === null ? -1 : table.periods.indexOf(periodLabel);
  return found >= 0 ? found : table.periods.length - 1;
}

/** The index over the layer's areas from the chosen items with a direction, or null when there are none. */
export function deriveCohesionIndex(boundary: AreaDataset, tables: Record<string, IndicatorTable>, items: IndexItem[], periodLabel: string | null, extra: readonly IndexIndicatorInput[] = []): CohesionIndex | null {
  const inputs = items.flatMap((item) => {
    const table = tables[item.tableId];
    // An indicator whose direction nobody has chosen stays out: nothing defaults to "less cohesion".
    if (!table || !table.indicators[item.indicator] || item.direction === null) return [];
    const direction = item.direction;
    return [{
      id: `${item.tableId}:${item.indicator}`,
      values: alignedIndicator(table, boundary, item.indicator, periodIndexFor(table, periodLabel)),
      direction,
      weight: item.weight,
      unreliable: item.unreliable,
    }];
  });
  const all = [...inputs, ...extra];
  return all.length ? computeCohesionIndex(all) : null;
}

/** Community count ÷ denominator per area (a share 0–100), NaN without data or a zero denominator. */
export function communityShare(boundary: AreaDataset, tables: Record<string, IndicatorTable>, count: IndicatorRef, denominator: IndicatorRef, periodLabel: string | null): { counts: Float64Array; totals: Float64Array; share: Float64Array } | null {
  const countTable = tables[count.tableId];
  const totalTable = tables[denominator.tableId];
  if (!countTable || !totalTable) return null;
  const counts = alignedIndicator(countTable, boundary, count.indicator, periodIndexFor(countTable, periodLabel));
  const totals = alignedIndicator(totalTable, boundary, denominator.indicator, periodIndexFor(totalTable, periodLabel));
  const share = counts.map((c, i) => (totals[i] > 0 && Number.isFinite(c) ? (100 * c) / totals[i] : Number.NaN));
  return { counts, totals, share };
}

export interface CohesionResults {
  boundary: AreaDataset;
  index: CohesionIndex | null;
  rapid: RapidChangeResult | null;
  community: ReturnType<typeof communityShare>;
  /** Low cohesion per area by the chosen definition (null = unknown), or null when it cannot be judged. */
  low: (boolean | null)[] | null;
  /** 1 where the area is low-cohesion and the community's share is above its district share, else 0. */
  overlapAreas: (number | null)[] | null;
}

/** Everything the cohesion panels and fields show, recomputed only when its inputs change. */
export function useCohesionResults(): CohesionResults | null {
  const { boundaryId, items, periodLabel, rapidChange, community, lowCohesion } = useCohesionStore(
    useShallow((s) => ({ boundaryId: s.boundaryId, items: s.items, periodLabel: s.periodLabel, rapidChange: s.rapidChange, community: s.community, lowCohesion: s.lowCohesion })),
  );
  const sourceItems = useCohesionStore((s) => s.sourceItems);
  const boundary = useDataStore((s) => (boundaryId ? s.datasets[boundaryId] : undefined));
  const tables = useTableStore((s) => s.tables);
  const { incidents, joins, populations } = useIncidentStore(useShallow((s) => ({ incidents: s.incidents, joins: s.joins, populations: s.populations })));
  const tensionRows = useTensionRows();
  const sources = useMemo<CohesionSources>(() => ({ incidents, joins, tables, populations, tensionRows }), [incidents, joins, tables, populations, tensionRows]);
  return useMemo(() => (boundary ? computeResults(boundary, tables, { items, sourceItems, periodLabel, rapidChange, community, lowCohesion }, sources) : null), [boundary, tables, items, sourceItems, periodLabel, rapidChange, community, lowCohesion, sources]);
}

type Settings = Pick<ReturnType<typeof useCohesionStore.getState>, 'items' | 'periodLabel' | 'rapidChange' | 'community' | 'lowCohesion'> & Partial<Pick<ReturnType<typeof useCohesionStore.getState>, 'sourceItems'>>;

let lastInputs: [AreaDataset, Record<string, IndicatorTable>, ...unknown[]] | null = null;
let lastResults: CohesionResults | null = null;

/**
 * Computes index, rapid-change flags and community shares. The map, legend, tooltip and panels all ask
 * for the same inputs, so the last result is kept and returned while the inputs are the same objects.
 */
export function computeResults(boundary: AreaDataset, tables: Record<string, IndicatorTable>, settings: Settings, sources?: CohesionSources): CohesionResults {
  const inputs: [AreaDataset, Record<string, IndicatorTable>, ...unknown[]] = [boundary, tables, settings.items, settings.periodLabel, settings.rapidChange, settings.community, settings.lowCohesion, settings.sourceItems, sources?.incidents, sources?.joins, sources?.populations, sources?.tensionRows];
  if (lastInputs && lastResults && inputs.length === lastInputs.length && inputs.every((v, i) => v === lastInputs![i])) return lastResults;
  lastInputs = inputs;
  lastResults = computeUncached(boundary, tables, settings, sources);
  return lastResults;
}

function computeUncached(boundary: AreaDataset, tables: Record<string, IndicatorTable>, settings: Settings, sources: CohesionSources | undefined): CohesionResults {
  let rapid: RapidChangeResult | null = null;
  const rc = settings.rapidChange;
  const rcTable = rc ? tables[rc.ref.tableId] : undefined;
  if (rc && rcTable && rc.period > 0 && rc.period < rcTable.periods.length) {
    rapid = flagRapidChange(
      alignedIndicator(rcTable, boundary, rc.ref.indicator, rc.period),
      alignedIndicator(rcTable, boundary, rc.ref.indicator, rc.period - 1),
      rc.rule,
    );
  }
  const index = deriveCohesionIndex(boundary, tables, settings.items, settings.periodLabel, sourceIndexInputs(boundary, settings.sourceItems ?? [], sources));
  const community = settings.community ? communityShare(boundary, tables, settings.community.count, settings.community.denominator, settings.periodLabel) : null;
  const low = lowCohesionMask(boundary, tables, index, settings.lowCohesion, settings.periodLabel);
  return { boundary, index, rapid, community, low, overlapAreas: overlapMask(low, community) };
}

/** Low cohesion per area: index quintile 1, or a threshold on one indicator. */
function lowCohesionMask(boundary: AreaDataset, tables: Record<string, IndicatorTable>, index: CohesionIndex | null, definition: LowCohesionDefinition, periodLabel: string | null): (boolean | null)[] | null {
  if (definition.kind === 'index-quintile') return index && index.scoredCount > 0 ? lowCohesionFromQuintiles(index.quintiles) : null;
  const table = tables[definition.ref.tableId];
  if (!table) return null;
  return lowCohesionFromThreshold(alignedIndicator(table, boundary, definition.ref.indicator, periodIndexFor(table, periodLabel)), definition.threshold, definition.side);
}

/** Areas where both hold: low cohesion, and the community's share above its share of the whole district. */
function overlapMask(low: (boolean | null)[] | null, community: ReturnType<typeof communityShare>): (number | null)[] | null {
  if (!low || !community) return null;
  let inCommunity = 0;
  let all = 0;
  community.counts.forEach((c, i) => {
    if (Number.isFinite(c) && community.totals[i] > 0) {
      inCommunity += c;
      all += community.totals[i];
    }
  });
  const districtShare = all > 0 ? (100 * inCommunity) / all : Number.NaN;
  return low.map((isLow, i) => (isLow === null || !Number.isFinite(community.share[i]) ? null : isLow && community.share[i] > districtShare ? 1 : 0));
}

/** Values of a cohesion/community field from computed results, or null when not available. */
export function cohesionFieldValues(field: string, results: CohesionResults | null): (number | null)[] | null {
  const ref = parseFieldId(field);
  if (!results || ref.kind !== 'cohesion') return null;
  const pick = (values: Float64Array | undefined) => (values ? Array.from(values, (v) => (Number.isFinite(v) ? v : null)) : null);
  switch (ref.measure) {
    case 'score': return pick(results.index?.scores);
    case 'rank': return pick(results.index?.ranks);
    case 'quintile': return pick(results.index?.quintiles);
    case 'share': return pick(results.community?.share);
    case 'overlap': return results.overlapAreas;
    default: return null;
  }
}

const bivariateCache = new WeakMap<CohesionResults, BivariateClassification | null>();

/** The 3×3 community share × cohesion score classes of the analysed layer, when both exist. */
export function bivariateFor(results: CohesionResults | null): BivariateClassification | null {
  if (!results?.index || !results.community || results.index.scoredCount === 0) return null;
  if (!bivariateCache.has(results)) bivariateCache.set(results, classifyBivariate(results.community.share, results.index.scores));
  return bivariateCache.get(results) ?? null;
}
