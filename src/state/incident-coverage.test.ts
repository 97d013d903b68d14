/**
 * Issue 12, "no invented zeros", through the stores: incidents of one authority's force joined into a layer
 * merged with the next authority leave that authority as no data in the field values, the time-slider
 * tables, the hot-spot inputs and share packages, while the covered authority's empty areas stay 0.
 */
import { beforeEach, describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { wireStoresInNode } from '../../test/helpers/workspace-session';
import { useDataStore } from './data-store';
import { useIncidentStore } from './incident-store';
import { useNeighbourStore } from './neighbour-store';
import { coveredPeriodTable, incidentFieldId, incidentFieldValues, joinCoverage } from './incident-derived';
import { joinPeriodTable, stepValues, timelinePeriods } from './timeline-derived';
import { hotspotInputs } from './hotspot-derived';
import { buildShareExport } from './share-export';
import { authorityGroups } from '../data/share-package/authorities';
import { NO_FILTER } from '../analysis/incident-filter';

const initial = [useDataStore.getState(), useIncidentStore.getState(), useNeighbourStore.getState()] as const;

/** A row of ward squares with a population; `x0` is the first square's west edge. */
function wards(prefix: number, x0: number, count: number): string {
  const features = Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { WD22CD: `W0500${prefix}${String(i).padStart(3, '0')}`, WD22NM: `Ward ${prefix}-${i}`, population: 1000 },
    geometry: { type: 'Polygon', coordinates: [[[x0 + i * 0.01, 51.5], [x0 + (i + 1) * 0.01, 51.5], [x0 + (i + 1) * 0.01, 51.51], [x0 + i * 0.01, 51.51], [x0 + i * 0.01, 51.5]]] },
  }));
  return JSON.stringify({ type: 'FeatureCollection', features });
}

/** Gwent-like crimes: 12 in Caerphilly's first two wards over two months (its third ward has none), 1 stray in Cardiff. */
function crimes(): string {
  const rows = ['date,lng,lat,type'];
  for (let i = 0; i < 6; i++) rows.push(`2024-0${1 + (i % 2)}-10,-3.165,51.505,Burglary`, `2024-0${1 + (i % 2)}-11,-3.155,51.505,Burglary`);
  rows.push('2024-01-12,-3.175,51.505,Burglary');
  return `${rows.join('\n')}\n`;
}

/** Cardiff (3 wards, x −3.20 to −3.17) and Caerphilly (3 wards, from −3.17) merged, with the crimes joined into the merged layer. */
async function mergedWithCrimes(): Promise<{ merged: string; incidentId: string }> {
  await useDataStore.getState().loadFiles([textFile('wards_W06000015_cardiff.geojson', wards(1, -3.2, 3)), textFile('wards_W06000018_caerphilly.geojson', wards(2, -3.17, 3))]);
  const merged = (await useNeighbourStore.getState().mergeLayers([...useDataStore.getState().order], 'merged'))!;
  await useDataStore.getState().loadFiles([textFile('gwent-crimes.csv', crimes())]);
  const incidentId = useIncidentStore.getState().order.at(-1)!;
  await useIncidentStore.getState().joinIncidents(incidentId, merged);
  return { merged, incidentId };
}

beforeEach(() => {
  useDataStore.setState(initial[0], true);
  useIncidentStore.setState(initial[1], true);
  useNeighbourStore.setState(initial[2], true);
  wireStoresInNode();
});

describe('incident coverage through the stores', () => {
  it('maps counts and rates as no data in the uncovered authority and 0 in the covered one’s empty ward', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    expect(dataset.authorities?.map((a) => a.name)).toEqual(['Cardiff', 'Caerphilly']);
    const state = useIncidentStore.getState();
    expect(incidentFieldValues(dataset, incidentFieldId(incidentId, 'count'), state)).toEqual([null, null, null, 6, 6, 0]);
    expect(incidentFieldValues(dataset, incidentFieldId(incidentId, 'rate'), state)).toEqual([null, null, null, 6, 6, 0]);
    expect(joinCoverage(state.joins[incidentId], dataset).uncoveredAreas).toBe(3);
  });

  it('gives the time slider no data for every period of the uncovered areas', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    const { joins, incidents } = useIncidentStore.getState();
    const join = joins[incidentId];
    const periods = timelinePeriods([incidents[incidentId]], 'month');
    const table = coveredPeriodTable(joinPeriodTable(join, incidents[incidentId], NO_FILTER, periods, 6), joinCoverage(join, dataset));
    expect(coveredPeriodTable(joinPeriodTable(join, incidents[incidentId], NO_FILTER, periods, 6), joinCoverage(join, dataset))).toBe(table);
    expect(Array.from(stepValues(table, { kind: 'single' }, 0).current)).toEqual([NaN, NaN, NaN, 3, 3, 0]);
    expect(Array.from(stepValues(table, { kind: 'cumulative' }, 1).current)).toEqual([NaN, NaN, NaN, 6, 6, 0]);
  });

  it('leaves the uncovered areas out of Gi* (NaN), not as cold zeros', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    const { joins, incidents } = useIncidentStore.getState();
    const inputs = hotspotInputs(dataset, incidents[incidentId], joins[incidentId], NO_FILTER, 'count', {})!;
    expect(Array.from(inputs.values)).toEqual([NaN, NaN, NaN, 6, 6, 0]);
    expect(inputs.periods.periodCount).toBe(2);
    expect(Array.from(inputs.periods.values)).toEqual([NaN, NaN, NaN, NaN, NaN, NaN, 3, 3, 3, 3, 0, 0]);
  });

  it('sends no value (never 0) for uncovered areas in a share package, and the counts of one authority when limited to it', async () => {
    const { merged, incidentId } = await mergedWithCrimes();
    const dataset = useDataStore.getState().datasets[merged];
    const options = {
      datasetId: merged, areaIndexes: null, authority: { name: 'Caerphilly' }, marking: 'OFFICIAL',
      include: { fields: false, incidents: true, tables: false, tension: false, points: false }, suppressSmallCounts: false, classification: null, producedAt: '2026-12-07T12:00:00.000Z',
    };
    const all = buildShareExport(options)!;
    const counts = all.pkg.layers.find((l) => l.id === `incidents-${incidentId}`)!;
    const none = [null, null];
    expect(counts.values).toEqual({ W05001000: none, W05001001: none, W05001002: none, W05002000: [3, 3], W05002001: [3, 3], W05002002: [0, 0] });
    const rates = all.pkg.layers.find((l) => l.id === `incidents-${incidentId}-rate`)!;
    expect(rates.values).toEqual({ W05001000: none, W05001001: none, W05001002: none, W05002000: [3, 3], W05002001: [3, 3], W05002002: [0, 0] });
    const caerphilly = authorityGroups(dataset).find((g) => g.name === 'Caerphilly')!;
    const limited = buildShareExport({ ...options, areaIndexes: caerphilly.areaIndexes })!;
    expect(limited.pkg.boundaries.areas.map((a) => a.areaCode)).toEqual(['W05002000', 'W05002001', 'W05002002']);
    expect(limited.pkg.layers.find((l) => l.id === `incidents-${incidentId}`)!.values).toEqual({ W05002000: [3, 3], W05002001: [3, 3], W05002002: [0, 0] });
  });
});
