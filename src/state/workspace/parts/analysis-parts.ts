/**
 * Workspace parts of the analyses: the timeline position and settings, the cohesion index definition
 * and community, hot spot settings, incident filters, display and joins, and tension map choices.
 */
import type { TimeWindow } from '../../../analysis/timeline-window';
import { useTimelineStore } from '../../timeline-store';
import type { CustomProxy } from '../../../data/custom-proxies';
import { useCohesionStore, type IndexSource, type IndicatorRef, type IndexItem, type LowCohesionDefinition, type SourceIndexItem } from '../../cohesion-store';
import { useHotspotStore } from '../../hotspot-store';
import { runHotspots } from '../../hotspot-actions';
import { mapFieldId } from './layer-parts';
import type { HotspotRequest } from '../../../types';
import { useIncidentStore, type IncidentDisplay } from '../../incident-store';
import { useTensionStore } from '../../tension-store';
import type { PopulationChoice } from '../../population-derived';
import type { IncidentFilter } from '../../../analysis/incident-filter';
import { isEmergingRules } from '../../../analysis/hotspots/emerging-series';
import { isRecord, mapKeys, registerWorkspacePart, type IdMap, readPartList, type NoteDropped } from '../workspace-parts';

const isWindow = (v: unknown): v is TimeWindow =>
  isRecord(v) && (v.kind === 'single' || v.kind === 'cumulative' || (v.kind === 'rolling' && typeof v.size === 'number' && v.size >= 1));
const isFilter = (v: unknown): v is IncidentFilter =>
  isRecord(v) && (v.categories === null || (Array.isArray(v.categories) && v.categories.every(Number.isInteger))) && (v.fromMs === null || typeof v.fromMs === 'number') && (v.toMs === null || typeof v.toMs === 'number');
const isDisplay = (v: unknown): v is IncidentDisplay =>
  isRecord(v) && typeof v.heatmap === 'boolean' && typeof v.points === 'boolean' && typeof v.radiusPx === 'number' && typeof v.intensity === 'number';

/** A saved population choice with its table id mapped; null when malformed or its table is gone. */
export function mapPopulationChoice(saved: unknown, ids: IdMap): PopulationChoice | null {
  if (!isRecord(saved)) return null;
  if (saved.kind === 'column') return typeof saved.name === 'string' ? { kind: 'column', name: saved.name } : null;
  if (saved.kind !== 'table' || typeof saved.tableId !== 'string' || !Number.isInteger(saved.indicator)) return null;
  const tableId = ids(saved.tableId);
  return tableId ? { kind: 'table', tableId, indicator: saved.indicator as number } : null;
}

function mapRef(ref: unknown, ids: IdMap): IndicatorRef | null {
  if (!isRecord(ref) || typeof ref.tableId !== 'string' || !Number.isInteger(ref.indicator)) return null;
  const tableId = ids(ref.tableId);
  return tableId ? { tableId, indicator: ref.indicator as number } : null;
}

/** A saved incident or tension source of the index, its incident id mapped; null when malformed or gone. */
function mapIndexSource(saved: unknown, ids: IdMap): IndexSource | null {
  if (!isRecord(saved)) return null;
  if (saved.kind === 'tension') return { kind: 'tension', measure: 'elevated-assessments' };
  if (saved.kind !== 'incidents' || typeof saved.incidentId !== 'string' || (saved.measure !== 'rate' && saved.measure !== 'count')) return null;
  const incidentId = ids(saved.incidentId);
  return incidentId ? { kind: 'incidents', incidentId, measure: saved.measure, category: typeof saved.category === 'string' ? saved.category : null } : null;
}

/**
 * The saved cohesion analysis with its table and layer ids mapped; items that are damaged or whose sources
 * are gone are left out and reported through `noteDropped`.
 */
export function mapCohesion(saved: Record<string, unknown>, ids: IdMap, noteDropped: NoteDropped = () => undefined) {
  const items = readPartList(saved.items, (item: unknown): IndexItem | null => {
    const ref = mapRef(item, ids);
    if (!ref || !isRecord(item)) return null;
    return { ...ref, direction: item.direction === 'positive' || item.direction === 'negative' ? item.direction : null, weight: typeof item.weight === 'number' ? Math.max(0, item.weight) : 1, unreliable: item.unreliable === true };
  }, 'index-items', noteDropped);
  const sourceItems = readPartList(saved.sourceItems, (item: unknown): SourceIndexItem | null => {
    const source = isRecord(item) ? mapIndexSource(item.source, ids) : null;
    if (!source || !isRecord(item)) return null;
    return { source, direction: item.direction === 'positive' || item.direction === 'negative' ? item.direction : null, weight: typeof item.weight === 'number' ? Math.max(0, item.weight) : 1, unreliable: item.unreliable === true };
  }, 'index-items', noteDropped);
  const customProxies = readPartList(saved.customProxies, (p: unknown): CustomProxy | null =>
    isRecord(p) && typeof p.columnName === 'string' && typeof p.label === 'string' && (p.direction === 'positive' || p.direction === 'negative') ? { columnName: p.columnName, label: p.label, direction: p.direction } : null, 'custom-proxies', noteDropped);
  const rapid = isRecord(saved.rapidChange) ? saved.rapidChange : null;
  const rapidRef = rapid ? mapRef(rapid.ref, ids) : null;
  const community = isRecord(saved.community) ? { count: mapRef(saved.community.count, ids), denominator: mapRef(saved.community.denominator, ids) } : null;
  const low = isRecord(saved.lowCohesion) ? saved.lowCohesion : null;
  const lowRef = low?.kind === 'threshold' ? mapRef(low.ref, ids) : null;
  const lowCohesion: LowCohesionDefinition = low && lowRef && typeof low.threshold === 'number'
    ? { kind: 'threshold', ref: lowRef, threshold: low.threshold, side: low.side === 'below' ? 'below' : 'above' }
    : { kind: 'index-quintile' };
  return {
    boundaryId: typeof saved.boundaryId === 'string' ? ids(saved.boundaryId) : null,
    items,
    sourceItems,
    customProxies,
    periodLabel: typeof saved.periodLabel === 'string' ? saved.periodLabel : null,
    rapidChange: rapid && rapidRef && Number.isInteger(rapid.period) && isRecord(rapid.rule) ? { ref: rapidRef, period: rapid.period as number, rule: rapid.rule as never } : null,
    community: community?.count && community.denominator ? { count: community.count, denominator: community.denominator } : null,
    lowCohesion,
  };
}

const isWeights = (w: unknown): w is HotspotRequest['weights'] =>
  isRecord(w) && (w.kind === 'queen' || (w.kind === 'distance' && typeof w.distanceM === 'number' && w.distanceM > 0));

/** Registers the timeline, cohesion, hot spot, incident and tension parts. */
export function registerAnalysisParts(): void {
  registerWorkspacePart({
    key: 'timeline',
    snapshot: () => {
      const { kind, step, window, breaks, speedMs, loop } = useTimelineStore.getState();
      return { kind, step, window, breaks, speedMs, loop };
    },
    restore: (saved) => {
      if (!isRecord(saved)) return;
      const now = useTimelineStore.getState();
      useTimelineStore.setState({
        kind: saved.kind === 'week' || saved.kind === 'month' ? saved.kind : now.kind,
        step: typeof saved.step === 'number' && Number.isInteger(saved.step) && saved.step >= 0 ? saved.step : null,
        window: isWindow(saved.window) ? saved.window : now.window,
        breaks: saved.breaks === 'per-period' || saved.breaks === 'fixed' ? saved.breaks : now.breaks,
        speedMs: typeof saved.speedMs === 'number' && saved.speedMs > 0 ? saved.speedMs : now.speedMs,
        loop: typeof saved.loop === 'boolean' ? saved.loop : now.loop,
      });
    },
    subscribe: (onChange) => useTimelineStore.subscribe((s, p) => (s.step !== p.step || s.kind !== p.kind || s.window !== p.window || s.breaks !== p.breaks || s.speedMs !== p.speedMs || s.loop !== p.loop) && onChange()),
  });

  registerWorkspacePart({
    key: 'cohesion',
    snapshot: () => {
      const { boundaryId, items, sourceItems, customProxies, periodLabel, rapidChange, community, lowCohesion } = useCohesionStore.getState();
      return { boundaryId, items, sourceItems, customProxies, periodLabel, rapidChange, community, lowCohesion };
    },
    restore: (saved, ids, noteDropped) => {
      if (isRecord(saved)) useCohesionStore.setState(mapCohesion(saved, ids, noteDropped));
    },
    subscribe: (onChange) => useCohesionStore.subscribe(onChange),
  });

  registerWorkspacePart({
    key: 'hotspots',
    snapshot: () => ({ weights: useHotspotStore.getState().weights, falseDiscoveryRate: useHotspotStore.getState().falseDiscoveryRate, emergingRules: useHotspotStore.getState().emergingRules }),
    restore: (saved) => {
      if (!isRecord(saved)) return;
      const w = saved.weights;
      if (isWeights(w)) useHotspotStore.getState().setWeights(w);
      if (typeof saved.falseDiscoveryRate === 'boolean') useHotspotStore.getState().setFalseDiscoveryRate(saved.falseDiscoveryRate);
      if (isEmergingRules(saved.emergingRules)) useHotspotStore.getState().setEmergingRules(saved.emergingRules);
    },
    subscribe: (onChange) => useHotspotStore.subscribe((s, p) => (s.weights !== p.weights || s.falseDiscoveryRate !== p.falseDiscoveryRate || s.emergingRules !== p.emergingRules) && onChange()),
  });

  registerWorkspacePart({
    key: 'incidents',
    snapshot: () => {
      const { incidents, filters, display, joins, populations } = useIncidentStore.getState();
      return {
        labels: Object.fromEntries(Object.values(incidents).map((d) => [d.id, d.label])),
        filters,
        display,
        joins: Object.fromEntries(Object.entries(joins).map(([id, join]) => [id, join.boundaryId])),
        populations,
      };
    },
    restore: async (saved, ids) => {
      if (!isRecord(saved)) return;
      const store = useIncidentStore.getState();
      for (const [id, label] of Object.entries(mapKeys(saved.labels, ids, (v): v is string => typeof v === 'string'))) store.renameIncidents(id, label);
      for (const [id, filter] of Object.entries(mapKeys(saved.filters, ids, isFilter))) store.setFilter(id, filter);
      for (const [id, display] of Object.entries(mapKeys(saved.display, ids, isDisplay))) store.setDisplay(id, display);
      for (const [boundaryId, choice] of Object.entries(mapKeys(saved.populations, ids, isRecord))) store.choosePopulation(boundaryId, mapPopulationChoice(choice, ids));
      for (const [id, boundary] of Object.entries(mapKeys(saved.joins, ids, (v): v is string => typeof v === 'string'))) {
        const target = ids(boundary);
        if (target && useIncidentStore.getState().joins[id]?.boundaryId !== target) await store.joinIncidents(id, target);
      }
    },
    subscribe: (onChange) => useIncidentStore.subscribe((s, p) => (s.incidents !== p.incidents || s.filters !== p.filters || s.display !== p.display || s.joins !== p.joins || s.populations !== p.populations) && onChange()),
  });

  registerWorkspacePart({
    key: 'tensions',
    snapshot: () => ({ measure: useTensionStore.getState().measure, community: useTensionStore.getState().community, extraCommunityTypes: useTensionStore.getState().extraCommunityTypes }),
    restore: (saved) => {
      if (!isRecord(saved)) return;
      if (saved.measure === 'current' || saved.measure === 'potential') useTensionStore.getState().setMeasure(saved.measure);
      if (typeof saved.community === 'string') useTensionStore.getState().setCommunity(saved.community);
      if (Array.isArray(saved.extraCommunityTypes) && saved.extraCommunityTypes.every((t) => typeof t === 'string')) useTensionStore.setState({ extraCommunityTypes: saved.extraCommunityTypes });
    },
    subscribe: (onChange) => useTensionStore.subscribe((s, p) => (s.measure !== p.measure || s.community !== p.community || s.extraCommunityTypes !== p.extraCommunityTypes) && onChange()),
  });

  // After the incidents part: the joins are back, so the last hot spot run is computed again with its own
  // weights, and a saved view of hot spots draws its own field after a reload.
  registerWorkspacePart({
    key: 'hotspot-run',
    snapshot: () => {
      const run = useHotspotStore.getState().run;
      return run ? { boundaryId: run.boundaryId, field: run.field, weights: run.weights ?? null, falseDiscoveryRate: run.falseDiscoveryRate ?? null, emergingRules: run.emergingRules ?? null } : null;
    },
    restore: async (saved, ids) => {
      if (!isRecord(saved) || typeof saved.boundaryId !== 'string' || typeof saved.field !== 'string') return;
      const boundaryId = ids(saved.boundaryId);
      const field = mapFieldId(saved.field, ids);
      if (!boundaryId || !field) return;
      const store = useHotspotStore.getState();
      const { weights, falseDiscoveryRate, emergingRules } = store;
      if (isWeights(saved.weights)) store.setWeights(saved.weights);
      if (typeof saved.falseDiscoveryRate === 'boolean') store.setFalseDiscoveryRate(saved.falseDiscoveryRate);
      // A run saved before the choice existed was classified by the atlas rules, then the only ones.
      store.setEmergingRules(isEmergingRules(saved.emergingRules) ? saved.emergingRules : 'atlas');
      await runHotspots({ boundaryId, field });
      // The panel's own choice stays as the user had it.
      store.setWeights(weights);
      store.setFalseDiscoveryRate(falseDiscoveryRate);
      store.setEmergingRules(emergingRules);
    },
    subscribe: (onChange) => useHotspotStore.subscribe((s, p) => s.run !== p.run && onChange()),
  });
}
