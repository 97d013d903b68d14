/**
 * The evidence an assessment cites, gathered from what the workspace holds for its footprint's layer: the
 * first incident dataset joined to it (month by month, areas it does not cover left out), the last hot-spot
 * run on it, every tension log at the timeline's date, the cohesion index, rapid-change flags and community shares when they
 * were computed on it, and the places of every place layer inside the footprint (issue 16). Derived, never stored: it follows the data as it changes.
 */
import { useMemo } from 'react';
import type { AreaDataset, CommunityImpactAssessment } from '../types';
import { footprintIndexes, gatherEvidence, type CiaEvidence, type EvidenceInputs } from '../analysis/cia/evidence';
import { NO_FILTER } from '../analysis/incident-filter';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { useHotspotStore } from './hotspot-store';
import { useCohesionResults } from './cohesion-derived';
import { useTensionStore } from './tension-store';
import { useTensionDate, useTensionRows } from './tension-derived';
import { joinPeriodTable, timelinePeriods } from './timeline-derived';
import { coveredPeriodTable, joinCoverage } from './incident-derived';
import { placeAreaCounts, usePlaceDatasets } from './place-derived';

/** The evidence for an assessment's footprint and the layer it was read on; null when the layer is not loaded. */
export function useCiaEvidence(assessment: CommunityImpactAssessment): { evidence: CiaEvidence; boundary: AreaDataset } | null {
  const boundary = useDataStore((s) => s.datasets[assessment.footprint.datasetId]) as AreaDataset | undefined;
  const incidents = useIncidentStore((s) => s.incidents);
  const joins = useIncidentStore((s) => s.joins);
  const filters = useIncidentStore((s) => s.filters);
  const run = useHotspotStore((s) => s.run);
  const cohesion = useCohesionResults();
  const rows = useTensionRows();
  // The same date the tension map and summary show: the end of the timeline's window, else the latest assessment.
  const tensionMs = useTensionDate(rows);
  const tensionLabels = useTensionStore((s) => s.order.map((id) => s.datasets[id]?.label ?? id).join(', '));
  const footprint = assessment.footprint;
  const placeLayers = usePlaceDatasets();
  return useMemo(() => {
    if (!boundary) return null;
    const inputs: EvidenceInputs = { areaCodes: boundary.areaCodes, footprint: footprintIndexes(boundary.areaCodes, footprint.kind === 'district' ? 'district' : footprint.areaCodes) };
    const joinId = Object.keys(joins).find((id) => joins[id].boundaryId === boundary.id && incidents[id]);
    if (joinId) {
      const dataset = incidents[joinId];
      const periods = timelinePeriods([dataset], 'month');
      const table = coveredPeriodTable(joinPeriodTable(joins[joinId], dataset, filters[joinId] ?? NO_FILTER, periods, boundary.areaCodes.length), joinCoverage(joins[joinId], boundary));
      inputs.incidents = { label: dataset.label, periodKeys: periods.keys, byAreaPeriod: table.counts };
    }
    if (run && run.boundaryId === boundary.id) inputs.hotspots = { label: '', bins: run.result.bins, emerging: run.result.emerging };
    if (rows.length && tensionMs !== null) inputs.tension = { label: tensionLabels, rows, atMs: tensionMs };
    if (cohesion && cohesion.boundary.id === boundary.id) {
      if (cohesion.index) inputs.cohesion = { index: cohesion.index };
      inputs.rapidChange = cohesion.rapid;
      if (cohesion.community) inputs.community = { label: '', counts: cohesion.community.counts, totals: cohesion.community.totals };
    }
    inputs.places = placeLayers.map((layer) => ({ label: layer.label, places: layer.places, areaIndex: placeAreaCounts(layer, boundary).areaIndex }));
    return { evidence: gatherEvidence(inputs), boundary };
  }, [boundary, footprint, joins, incidents, filters, run, rows, tensionMs, tensionLabels, cohesion, placeLayers]);
}
