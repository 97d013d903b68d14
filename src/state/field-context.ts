/**
 * The field registry's view of the workspace: what is loaded, joined and analysed, per boundary layer. One
 * pure builder (tested without React) and one hook that memoises it for a layer.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, IncidentDataset, IndicatorTable, JoinResult } from '../types';
import type { CohesionMeasure } from '../types/field';
import { parseFieldId, type FieldContext } from '../analysis/field-registry';
import { mappableFields } from '../analysis/default-field';
import { AREA_KM2_FIELD } from '../analysis/area-size';
import { populationForBoundary } from './incident-derived';
import type { PopulationChoice } from './population-derived';
import { useIncidentStore } from './incident-store';
import { useTableStore } from './table-store';
import { useHotspotStore, type HotspotRun } from './hotspot-store';
import { useTensionStore } from './tension-store';
import { useCohesionResults, type CohesionResults } from './cohesion-derived';

/** What a field context is built from: plain store data. */
export interface FieldContextInputs {
  incidents: Record<string, IncidentDataset>;
  joins: Record<string, JoinResult>;
  tables: Record<string, IndicatorTable>;
  /** The population chosen per boundary layer for rates (else the detected one). */
  populations?: Record<string, PopulationChoice>;
  hotspot: HotspotRun | null;
  tensionRowCount: number;
  cohesion: CohesionResults | null;
}

/** The cohesion measures the results hold values for. */
function cohesionMeasures(results: CohesionResults): CohesionMeasure[] {
  return [
    ...(results.index ? (['score', 'rank', 'quintile'] as const) : []),
    ...(results.community ? (['share'] as const) : []),
    ...(results.overlapAreas ? (['overlap'] as const) : []),
  ];
}

/**
 * True when the last hot spot run can still be shown: it has a result per area of the layer, and the incidents
 * it was computed from are loaded and joined to the layer it ran on. A run whose incidents were removed, or
 * joined elsewhere (a merge), could not be computed again after a reload, so it is not shown now either.
 */
function hotspotStillHolds(layer: AreaDataset, inputs: FieldContextInputs): boolean {
  const run = inputs.hotspot;
  if (!run || run.result.bins.length !== layer.features.length) return false;
  const source = parseFieldId(run.field);
  return source.kind === 'incidents' && !!inputs.incidents[source.datasetId] && inputs.joins[source.datasetId]?.boundaryId === run.boundaryId;
}

/** The registry's context for one boundary layer. */
export function buildFieldContext(layer: AreaDataset, inputs: FieldContextInputs): FieldContext {
  return {
    layer: { id: layer.id, columns: mappableFields(layer.fields, layer.codeField).filter((name) => name !== AREA_KM2_FIELD) },
    incidents: Object.fromEntries(Object.values(inputs.incidents).map((d) => [d.id, { label: d.label, joinedInto: inputs.joins[d.id]?.boundaryId ?? null }])),
    hasPopulation: populationForBoundary(layer, inputs.tables, inputs.populations?.[layer.id]) !== null,
    tables: Object.fromEntries(Object.values(inputs.tables).map((table) => [table.id, { label: table.label, indicators: table.indicators.map((i) => i.name), periods: table.periods }])),
    hotspot: hotspotStillHolds(layer, inputs) ? { boundaryId: inputs.hotspot!.boundaryId, hasEmerging: !!inputs.hotspot!.result.emerging } : null,
    hasTension: inputs.tensionRowCount > 0,
    cohesion: inputs.cohesion ? { boundaryId: inputs.cohesion.boundary.id, measures: cohesionMeasures(inputs.cohesion) } : null,
  };
}

/** The field context of a layer as the stores hold it now, or null without the layer. */
export function useFieldContext(layer: AreaDataset | undefined): FieldContext | null {
  const { incidents, joins, populations } = useIncidentStore(useShallow((s) => ({ incidents: s.incidents, joins: s.joins, populations: s.populations })));
  const tables = useTableStore((s) => s.tables);
  const hotspot = useHotspotStore((s) => s.run);
  const tensionRowCount = useTensionStore((s) => s.order.reduce((n, id) => n + (s.datasets[id]?.rows.length ?? 0), 0));
  const cohesion = useCohesionResults();
  return useMemo(
    () => (layer ? buildFieldContext(layer, { incidents, joins, tables, populations, hotspot, tensionRowCount, cohesion }) : null),
    [layer, incidents, joins, tables, populations, hotspot, tensionRowCount, cohesion],
  );
}
