/**
 * Derived choropleth for a layer: values, class of each area, and the one Classification object that the
 * map paint, the legend and the tooltips all read. Cached per dataset object, field and options.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, Classification } from '../types';
import { AREA_KM2_FIELD, areaKm2Values } from '../analysis/area-size';
import { classify, classIndexOf } from '../analysis/classify';
import { validateManualBreaks } from '../analysis/classify-manual';
import { numericFieldValues } from '../data/area-dataset';
import { useAnalysisStore, type LayerStyle } from './analysis-store';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { coveredPeriodTable, incidentFieldValues, joinCoverage, parseIncidentField, populationForBoundary } from './incident-derived';
import { useTimelineStore } from './timeline-store';
import { stepValues, tablePeriodAt, useTimelinePeriods } from './timeline-derived';
import { periodTableKey, usePeriodCountStore } from './period-counts';
import { NO_FILTER } from '../analysis/incident-filter';
import { TENSION_FIELD, useAreaTension } from './tension-derived';
import { useHotspotStore } from './hotspot-store';
import { EMERGING_FIELD, emergingChoropleth, HOTSPOT_FIELD, hotspotChoropleth } from './hotspot-derived';
import { useTableStore } from './table-store';
import { parseTableField, tableFieldId, tableFieldValues } from './table-derived';
import { cohesionFieldValues, COHESION_FIELDS, useCohesionResults } from './cohesion-derived';
import { useAuthorityClasses, type AuthorityLegendPart } from './authority-choropleth';

export interface Choropleth {
  datasetId: string;
  field: string;
  values: ReadonlyArray<number | null>;
  /** Class index of each area (parallel to the dataset's features); -1 = no data. */
  classIndexes: ReadonlyArray<number>;
  classification: Classification;
  /** Per-authority classification (issue 7): each authority's classes; `classification` then holds all their bins. */
  byAuthority?: AuthorityLegendPart[];
}

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

/**
 * Classifies a layer's values with its style; the same inputs return the same object. `derivedValues`
 * are values that do not live on the dataset (joined incident counts), cached by their array.
 */
export function deriveChoropleth(dataset: AreaDataset, style: LayerStyle, derivedValues?: ReadonlyArray<number | null> | null, classifyOver?: ReadonlyArray<number | null>): Choropleth {
  const key = JSON.stringify([style.valueField, style.options]);
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
  const layerStyle = useAnalysisStore((s) => (datasetId ? s.styles[datasetId] : undefined));
  const viewField = view?.valueField;
  const style = useMemo(() => (layerStyle && viewField ? { ...layerStyle, valueField: viewField } : layerStyle), [layerStyle, viewField]);
  const { incidents, filters, joins } = useIncidentStore(useShallow((s) => ({ incidents: s.incidents, filters: s.filters, joins: s.joins })));
  const tables = useTableStore((s) => s.tables);
  const cohesion = useCohesionResults();
  const { step: sliderStep, window, breaks, kind } = useTimelineStore(useShallow((s) => ({ step: s.step, window: s.window, breaks: s.breaks, kind: s.kind })));
  const step = viewStep(view, sliderStep);
  const periods = useTimelinePeriods(kind);
  const tension = useAreaTension(dataset, view?.step);
  const hotspots = useHotspotStore((s) => s.run);
  const periodTables = usePeriodCountStore((s) => s.tables);
  return useMemo(() => {
    if (!dataset || !style) return null;
    const field = style.valueField;
    if (field === HOTSPOT_FIELD || field === EMERGING_FIELD) {
      const usable = hotspots && hotspots.boundaryId === dataset.id && hotspots.result.bins.length === dataset.features.length ? hotspots : null;
      const result = usable ? (field === HOTSPOT_FIELD ? hotspotChoropleth(dataset, usable) : emergingChoropleth(dataset, usable)) : null;
      return result ?? deriveChoropleth(dataset, { ...style, valueField: AREA_KM2_FIELD });
    }
    if (field === TENSION_FIELD) {
      if (tension) return deriveChoropleth(dataset, style, tension.map((a) => a.rating?.level ?? null));
      return deriveChoropleth(dataset, { ...style, valueField: AREA_KM2_FIELD });
    }
    const incidentField = parseIncidentField(field);
    if (incidentField && step !== null && periods.keys.length > 0) {
      const join = joins[incidentField.incidentId];
      const incidentData = incidents[incidentField.incidentId];
      if (join && incidentData && join.boundaryId === dataset.id) {
        // Counted once in the worker; until that arrives (milliseconds), the all-dates map stays.
        const table = periodTables[periodTableKey(join, (filters[incidentField.incidentId] ?? NO_FILTER).categories, periods)];
        if (!table) return deriveChoropleth(dataset, style, incidentFieldValues(dataset, field, { incidents, filters, joins, tables }));
        const { current, pooled } = stepValues(coveredPeriodTable(table, joinCoverage(join, dataset)), window, Math.min(step, periods.keys.length - 1));
        const population = incidentField.measure === 'rate' ? populationForBoundary(dataset, tables) : null;
        const toRate = (values: Float64Array, offset = 0) => Array.from(values, (v, i) => {
          const p = population?.values[(i + offset) % dataset.features.length];
          return p ? (v * 1000) / p : null;
        });
        const currentValues = incidentField.measure === 'rate' ? (population ? toRate(current) : null) : Array.from(current);
        if (currentValues) {
          const over = breaks === 'fixed' ? (incidentField.measure === 'rate' ? toRate(pooled) : Array.from(pooled)) : undefined;
          return deriveChoropleth(dataset, style, currentValues, over);
        }
      }
    }
    const derived = parseIncidentField(field)
      ? incidentFieldValues(dataset, field, { incidents, filters, joins, tables })
      : parseTableField(field)
        ? tableFieldValues(dataset, field, tables)
        : isCohesionField(field)
          ? cohesion?.boundary.id === dataset.id ? cohesionFieldValues(field, cohesion) : null
          : undefined;
    if (derived === undefined) return deriveChoropleth(dataset, style);
    // A yearly table on the timeline: the slider picks the period in force at its date.
    const tableRef = parseTableField(field);
    if (tableRef && step !== null && periods.keys.length > 0) {
      const table = tables[tableRef.tableId];
      const at = table && table.periods.length > 1 ? tablePeriodAt(table.periods, periods.boundsMs[Math.min(step, periods.keys.length - 1) + 1] - 1) : null;
      if (at !== null && at !== tableRef.period && !(tableRef.measure === 'change' && at === 0)) {
        const moved = tableFieldId({ ...tableRef, period: at });
        const values = tableFieldValues(dataset, moved, tables);
        if (values) return deriveChoropleth(dataset, { ...style, valueField: moved }, values);
      }
    }
    // The join, table or index behind the field is gone: show the computed area instead of stale values.
    return derived ? deriveChoropleth(dataset, style, derived) : deriveChoropleth(dataset, { ...style, valueField: AREA_KM2_FIELD });
  }, [dataset, style, incidents, filters, joins, tables, cohesion, step, window, breaks, periods, tension, hotspots, periodTables]);
}

/** True for the index and community fields computed from the cohesion analysis. */
export function isCohesionField(field: string): boolean {
  return (COHESION_FIELDS as readonly string[]).includes(field);
}
