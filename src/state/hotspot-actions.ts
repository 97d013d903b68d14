/**
 * Running Gi* on a layer's joined incidents: gathers the inputs from the loaded data and hands them to the
 * hot spot store. Used by the hot spot panel and by a workspace restore, which computes the saved run again
 * so a saved view of hot spots draws its own field after a reload.
 */
import { NO_FILTER } from '../analysis/incident-filter';
import { parseFieldId } from '../analysis/field-registry';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { useTableStore } from './table-store';
import { useHotspotStore } from './hotspot-store';
import { hotspotInputs } from './hotspot-derived';

/** What a hot spot run was computed from: enough to compute it again. */
export interface HotspotRunSpec {
  boundaryId: string;
  /** The incident count or rate field (`incidents:<id>:count|rate`). */
  field: string;
}

/** Why a run could not start: the layer, incidents or join are gone, or rates have no population. */
export type HotspotRunProblem = 'missing' | 'no-population';

/** Computes Gi* for the spec with the store's current weights and FDR choice; null when it ran. */
export async function runHotspots(spec: HotspotRunSpec): Promise<HotspotRunProblem | null> {
  const ref = parseFieldId(spec.field);
  const boundary = useDataStore.getState().datasets[spec.boundaryId];
  if (ref.kind !== 'incidents' || !boundary) return 'missing';
  const { incidents, joins, filters, populations } = useIncidentStore.getState();
  const join = joins[ref.datasetId];
  const dataset = incidents[ref.datasetId];
  if (!join || !dataset || join.boundaryId !== boundary.id) return 'missing';
  const inputs = hotspotInputs(boundary, dataset, join, filters[ref.datasetId] ?? NO_FILTER, ref.measure, useTableStore.getState().tables, populations[boundary.id]);
  if (!inputs) return 'no-population';
  await useHotspotStore.getState().findHotspots(spec.field, { boundaryId: boundary.id, values: inputs.values, periods: inputs.periods });
  return null;
}
