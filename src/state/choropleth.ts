/**
 * Derived choropleth for a layer: values, class of each area, and the one Classification object that the
 * map paint, the legend and the tooltips all read. Cached per dataset object, field and options.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, IncidentDataset, IndicatorTable, JoinResult } from '../types';
import type { FieldContext } from '../analysis/field-registry';
import type { IncidentFilter } from '../analysis/incident-filter';
import type { PeriodTable, TimeWindow } from '../analysis/timeline-window';
import type { TimelinePeriods } from './timeline-derived';
import type { AreaTension } from './tension-derived';
import type { HotspotRun } from './hotspot-store';
import type { CohesionResults } from './cohesion-derived';
import { AREA_KM2_FIELD, areaKm2Values } from '../analysis/area-size';
import { fieldProblem, isCategoricalField, parseFieldId } from '../analysis/field-registry';
import { isYesNo } from '../analysis/classify-categorical';
import { useFieldContext } from './field-context';
import { noValues, refusedChoropleth, tensionChoropleth, windowOverlapsData, yesNoChoropleth } from './categorical-choropleths';
import { classify, classIndexOf } from '../analysis/classify';
import { validateManualBreaks } from '../analysis/classify-manual';
import { numericFieldValues } from '../data/area-dataset';
import { type LayerStyle } from './layer-store';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { coveredPeriodTable, incidentFieldValues, joinCoverage, populationForBoundary } from './incident-derived';
import type { PopulationChoice } from './population-derived';
import { joinPeriodTable, stepValues, tablePeriodAt, useTimelinePeriods } from './timeline-derived';
import { periodTableKey, usePeriodCountStore } from './period-counts';
import { NO_FILTER } from '../analysis/incident-filter';
import { useAreaTension } from './tension-derived';
import { useHotspotStore } from './hotspot-store';
import { emergingChoropleth, hotspotChoropleth } from './hotspot-derived';
import { useTableStore } from './table-store';
import { tableFieldId, tableFieldValues } from './table-derived';
import { cohesionFieldValues, useCohesionResults } from './cohesion-derived';
import { useAuthorityClasses } from './authority-choropleth';
import type { Choropleth } from './choropleth-model';
import { useScopedLayers, useScopedTimeline } from './view-scope';

export type { Choropleth };

const valueCache = new WeakMap<AreaDataset, Map<string, ReadonlyArray<number | null>>>();
const choroplethCache = new WeakMap<AreaDataset, Map<string, Choropleth>>();

/** Numeric values of a field (or the computed area) for every area, cached per dataset. */
export function fieldValues(dataset: AreaDataset, field: string): ReadonlyArray<number | null> {
  let byField = valueCache.get(dataset);
  if (!byField) valueCache.set(dataset, (byField = new Map()));
  let values = byField.get(field);
  if (!values) {
    values = field === AREA_KM2_FIELD ? areaKm2Values(dataset.features) : numericFieldValues(dataset, field);
    byField.set(field, values);
  }
  return values;
}

const derivedCache = new WeakMap<ReadonlyArray<number | null>, Map<string, Choropleth>>();

const overIds = new WeakMap<object, number>();
let nextOverId = 0;

/** A number for each pooled-values array, so a cache key can tell them apart without hashing their contents. */
function overId(values: ReadonlyArray<number | null>): number {
  let id = overIds.get(values);
  if (id === undefined) overIds.set(values, (id = nextOverId++));
  return id;
}

/**
 * Classifies a layer's values with its style; the same inputs return the same object. `derivedValues`
 * are values that do not live on the dataset (joined incident counts), cached by their array.
 */
export function deriveChoropleth(dataset: AreaDataset, style: LayerStyle, derivedValues?: ReadonlyArray<number | null> | null, classifyOver?: ReadonlyArray<number | null>): Choropleth {
  // The values the breaks come from are part of the key: the same step values (e.g. the shared no-data array
  // of months outside a dataset's dates) classified over other pooled values are another choropleth.
  const key = JSON.stringify([style.valueField, style.options, classifyOver ? overId(classifyOver) : null]);
  const owner = derivedValues ?? dataset;
  let byKey = derivedValues ? derivedCache.get(derivedValues) : choroplethCache.get(dataset);
  if (!byKey) {
    byKey = new Map();
    if (derivedValues) derivedCache.set(derivedValues, byKey);
    else choroplethCache.set(owner as AreaDataset, byKey);
  }
  const cached = byKey.get(key);
  if (cached) return cached;
  const values = derivedValues ?? fieldValues(dataset, style.valueField);
  // The style panel only stores valid manual breaks; this guards a hand-edited or older saved style.
  const usable = style.options.method === 'manual' && validateManualBreaks(style.options.manualBreaks) ? { ...style.options, method: 'quantile' as const } : style.options;
  // Fixed breaks across time-slider steps: classes come from every step's values, areas from this step's.
  const pooled = classify(classifyOver ?? values, usable);
  const classIndexes = values.map((v) => classIndexOf(pooled, v));
  // The legend counts this step's areas, not the pooled values the breaks came from.
  const classification = classifyOver
    ? { ...pooled, bins: pooled.bins.map((bin, i) => ({ ...bin, count: classIndexes.filter((c) => c === i).length })), noDataCount: classIndexes.filter((c) => c < 0).length }
    : pooled;
  const result: Choropleth = { datasetId: dataset.id, field: style.valueField, values, classIndexes, classification };
  byKey.set(key, result);
  return result;
}

/**
 * What a comparison pane shows instead of the defaults: another field than the layer's style, and a
 * pinned timeline step instead of the shared slider's ('follow' or undefined = the slider).
 */
export interface ChoroplethView {
  valueField?: string | null;
  step?: number | 'follow';
}

/** The timeline step a view shows: its pinned step, else the shared slider's. */
export function viewStep(view: ChoroplethView | undefined, sliderStep: number | null): number | null {
  return view?.step === undefined || view.step === 'follow' ? sliderStep : view.step;
}

/**
 * The choropleth of one layer (as a comparison pane shows it, when `view` is given), or null while it has
 * no style; classed per authority when the user asks.
 */
export function useChoropleth(datasetId: string | null, view?: ChoroplethView): Choropleth | null {
  return useAuthorityClasses(useLayerChoropleth(datasetId, view), datasetId);
}

function useLayerChoropleth(datasetId: string | null, view?: ChoroplethView): Choropleth | null {
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const { layers } = useScopedLayers();
  const layerStyle = datasetId ? layers[datasetId]?.style : undefined;
  const viewField = view?.valueField;
  const style = useMemo(() => (layerStyle && viewField ? { ...layerStyle, valueField: viewField } : layerStyle), [layerStyle, viewField]);
  const { incidents, filters, joins, populations } = useIncidentStore(useShallow((s) => ({ incidents: s.incidents, filters: s.filters, joins: s.joins, populations: s.populations })));
  const tables = useTableStore((s) => s.tables);
  const cohesion = useCohesionResults();
  const context = useFieldContext(dataset);
  const { step: sliderStep, window, breaks, kind } = useScopedTimeline();
  const step = viewStep(view, sliderStep);
  const periods = useTimelinePeriods(kind);
  const tension = useAreaTension(dataset, view?.step);
  const hotspots = useHotspotStore((s) => s.run);
  const periodTables = usePeriodCountStore((s) => s.tables);
  return useMemo(
    () => (dataset && style && context ? layerChoropleth({ dataset, style, context, incidents, filters, joins, tables, populations, cohesion, step, window, breaks, periods, tension, hotspots, periodTables }) : null),
    [dataset, style, context, incidents, filters, joins, tables, populations, cohesion, step, window, breaks, periods, tension, hotspots, periodTables],
  );
}

/** Everything a layer's choropleth is derived from: plain store data and the timeline position. */
export interface LayerChoroplethInputs {
  dataset: AreaDataset;
  style: LayerStyle;
  context: FieldContext;
  incidents: Record<string, IncidentDataset>;
  filters: Record<string, IncidentFilter>;
  joins: Record<string, JoinResult>;
  tables: Record<string, IndicatorTable>;
  /** The population chosen per boundary layer for rates (else the detected one). */
  populations?: Record<string, PopulationChoice>;
  cohesion: CohesionResults | null;
  step: number | null;
  window: TimeWindow;
  breaks: 'fixed' | 'per-period';
  periods: TimelinePeriods;
  tension: AreaTension[] | null;
  hotspots: HotspotRun | null;
  periodTables: Record<string, PeriodTable>;
}

/**
 * The choropleth of a layer's field, derived purely from its inputs: each field kind drawn its own way, and a
 * field that cannot be drawn refused with its reason (never replaced by another field).
 */
export function layerChoropleth(inputs: LayerChoroplethInputs): Choropleth {
  const { dataset, style, context, incidents, filters, joins, tables, populations = {}, cohesion, step, window, breaks, periods, tension, hotspots, periodTables } = inputs;
  const field = style.valueField;
  const ref = parseFieldId(field);
  // A field that cannot be drawn is refused by name: never drawn with another field in its place.
  const problem = fieldProblem(ref, context);
  if (problem) return refusedChoropleth(dataset, field, problem);
  switch (ref.kind) {
    case 'hotspot': {
      // The context said a run holds for this layer; a caller passing another run gets a refusal, not a crash.
      const run = hotspots?.boundaryId === dataset.id ? hotspots : null;
      if (!run) return refusedChoropleth(dataset, field, { code: 'hotspot-not-run', params: {} });
      return (ref.variant === 'gi' ? hotspotChoropleth(dataset, run) : emergingChoropleth(dataset, run)) ?? refusedChoropleth(dataset, field, { code: 'emerging-not-run', params: {} });
    }
    case 'tension':
      // No rating on this layer at this date (before the first assessment, a community with none): every area no data.
      return tensionChoropleth(dataset, field, tension ?? unrated(dataset), style.options);
    case 'incidents': {
      const join = joins[ref.datasetId];
      const incidentData = incidents[ref.datasetId];
      const allDates = () => deriveChoropleth(dataset, style, incidentFieldValues(dataset, field, { incidents, filters, joins, tables, populations }));
      if (step === null || periods.keys.length === 0) return allDates();
      // Counted once in the worker; until that arrives the same table is counted here, so a month is never drawn
      // with all dates' values under its label (a page exported meanwhile would say one and show the other).
      const filter = filters[ref.datasetId] ?? NO_FILTER;
      const table = periodTables[periodTableKey(join, filter.categories, periods)] ?? joinPeriodTable(join, incidentData, filter, periods, dataset.features.length);
      const at = Math.min(step, periods.keys.length - 1);
      // Areas outside the incident dataset's coverage (another force's area) have no data in any month.
      const { current, pooled } = stepValues(coveredPeriodTable(table, joinCoverage(join, dataset)), window, at);
      const population = ref.measure === 'rate' ? populationForBoundary(dataset, tables, populations[dataset.id]) : null;
      const toRate = (values: Float64Array, offset = 0) => Array.from(values, (v, i) => {
        const p = population?.values[(i + offset) % dataset.features.length];
        return p ? (v * 1000) / p : null;
      });
      // Months outside the dataset's own range have no data: they are never painted as zero.
      const currentValues = !windowOverlapsData(periods, window, at, incidentData) ? noValues(dataset) : ref.measure === 'rate' ? toRate(current) : Array.from(current);
      const over = breaks === 'fixed' ? (ref.measure === 'rate' ? toRate(pooled) : Array.from(pooled)) : undefined;
      return deriveChoropleth(dataset, style, currentValues, over);
    }
    case 'table': {
      // A yearly table on the timeline: the slider picks the period in force at its date.
      const table = tables[ref.tableId];
      const at = step !== null && periods.keys.length > 0 && table.periods.length > 1 ? tablePeriodAt(table.periods, periods.boundsMs[Math.min(step, periods.keys.length - 1) + 1] - 1) : null;
      if (at !== null && at !== ref.period && !(ref.measure === 'change' && at === 0)) {
        const moved = tableFieldId({ ...ref, period: at });
        const values = tableFieldValues(dataset, moved, tables);
        if (values) return deriveChoropleth(dataset, { ...style, valueField: moved }, values);
      }
      const values = tableFieldValues(dataset, field, tables);
      return values ? deriveChoropleth(dataset, style, values) : refusedChoropleth(dataset, field, { code: 'indicator-missing', params: { name: table.label } });
    }
    case 'cohesion': {
      const values = cohesionFieldValues(field, cohesion);
      if (!values) return refusedChoropleth(dataset, field, { code: 'cohesion-not-run', params: {} });
      return isCategoricalField(ref) ? yesNoChoropleth(dataset, field, values) : deriveChoropleth(dataset, style, values);
    }
    case 'column': {
      const values = fieldValues(dataset, field);
      return isYesNo(values) ? yesNoChoropleth(dataset, field, values) : deriveChoropleth(dataset, style);
    }
    case 'area-km2':
      return deriveChoropleth(dataset, style);
    default:
      return ref satisfies never;
  }
}

const unratedCache = new WeakMap<AreaDataset, AreaTension[]>();

/** Every area of the layer without a tension rating. */
function unrated(dataset: AreaDataset): AreaTension[] {
  let areas = unratedCache.get(dataset);
  if (!areas) unratedCache.set(dataset, (areas = dataset.features.map(() => ({ rating: null, trend: null, impactAssessment: false }))));
  return areas;
}
