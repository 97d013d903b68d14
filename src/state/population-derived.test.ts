import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { describeWithSharedData, readSharedBytes, sharedDataPath } from '../../test/helpers/shared-data';
import { wireStoresInNode } from '../../test/helpers/workspace-session';
import { useDataStore } from './data-store';
import { useTableStore } from './table-store';
import { useIncidentStore } from './incident-store';
import { incidentFieldId, incidentFieldValues, joinedCounts, keptIncidents } from './incident-derived';
import { hotspotInputs } from './hotspot-derived';
import { populationCandidates, populationForBoundary } from './population-derived';
import { NO_FILTER } from '../analysis/incident-filter';

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const TS001 = 'indicators/census2021-ts001-lsoa.csv';
const GWENT_MARCH_2022 = 'police/gwent/2022-03-gwent-street.csv';
const TOTAL = 'Residence type: Total; measures: Value';
const file = (path: string) => ({ name: path.replace(/^.*\//, ''), bytes: readSharedBytes(path) });

/** TS001 read by hand, not through the table importer: residents and household residents per LSOA code. */
function ts001ByHand(): Map<string, [number, number]> {
  const rows = readFileSync(sharedDataPath(TS001), 'utf8').trim().split('\n').slice(1);
  return new Map(rows.map((row) => {
    const cells = row.split(',');
    return [cells[2].replace(/"/g, ''), [Number(cells[3]), Number(cells[4])]];
  }));
}

describeWithSharedData('rates per 1,000 for Caerphilly LSOAs from Census 2021 TS001 and Gwent crimes of March 2022', [CAERPHILLY, TS001, GWENT_MARCH_2022], () => {
  let boundaryId = '';
  let tableId = '';
  let incidentId = '';
  beforeAll(async () => {
    wireStoresInNode();
    await useDataStore.getState().loadFiles([file(CAERPHILLY)]);
    boundaryId = useDataStore.getState().order.at(-1)!;
    await useDataStore.getState().loadFiles([file(TS001)]);
    tableId = useTableStore.getState().order.at(-1)!;
    await useDataStore.getState().loadFiles([file(GWENT_MARCH_2022)]);
    incidentId = useIncidentStore.getState().order.at(-1)!;
  }, 120_000);

  const state = () => ({ ...useIncidentStore.getState(), tables: useTableStore.getState().tables });
  const boundary = () => useDataStore.getState().datasets[boundaryId];

  it('finds the TS001 total on its real header and offers the other columns to choose', () => {
    const found = populationForBoundary(boundary(), useTableStore.getState().tables);
    expect(found && { source: found.source, reason: found.reason, chosen: found.chosen, known: found.values.filter((v) => v !== null).length }).toEqual({
      source: `Census 2021 TS001: Usual residents: ${TOTAL}`, reason: 'nomis-total', chosen: false, known: 110,
    });
    const tableCandidates = populationCandidates(boundary(), useTableStore.getState().tables).filter((c) => c.choice.kind === 'table');
    expect(tableCandidates.map((c) => [c.source.replace("Census 2021 TS001: Usual residents: ", ""), c.reason])).toEqual([
      [TOTAL, 'nomis-total'],
      ['Residence type: Lives in a household; measures: Value', null],
      ['Residence type: Lives in a communal establishment; measures: Value', null],
    ]);
  });

  it('gives a rate for every area joined, equal to count × 1000 / residents, in the map field and the hot spot input alike', () => {
    expect(useIncidentStore.getState().joins[incidentId]?.boundaryId).toBe(boundaryId);
    const rates = incidentFieldValues(boundary(), incidentFieldId(incidentId, 'rate'), state())!;
    const counts = incidentFieldValues(boundary(), incidentFieldId(incidentId, 'count'), state())!;
    expect(rates.filter((rate) => rate !== null)).toHaveLength(110);
    const area = boundary().areaCodes.indexOf('W01001423');
    const [residents] = ts001ByHand().get('W01001423')!;
    // Caerphilly 024B: 6 crimes in March 2022 among 1,379 residents, 4.351 per 1,000.
    expect([counts[area], residents]).toEqual([6, 1379]);
    expect(rates[area]).toBeCloseTo(4.351, 3);
    expect(rates[area]).toBeCloseTo((6 * 1000) / residents, 9);
    const dataset = useIncidentStore.getState().incidents[incidentId];
    const join = useIncidentStore.getState().joins[incidentId];
    const gi = hotspotInputs(boundary(), dataset, join, NO_FILTER, 'rate', useTableStore.getState().tables)!;
    expect(gi.values[area]).toBeCloseTo(rates[area]!, 9);
  });

  it('uses the column the user chooses, everywhere, until they go back to the detected one', () => {
    const area = boundary().areaCodes.indexOf('W01001423');
    const [, households] = ts001ByHand().get('W01001423')!;
    const dataset = useIncidentStore.getState().incidents[incidentId];
    const join = useIncidentStore.getState().joins[incidentId];
    const { counts } = joinedCounts(join, keptIncidents(dataset, NO_FILTER), boundary().features.length);
    useIncidentStore.getState().choosePopulation(boundaryId, { kind: 'table', tableId, indicator: 1 });
    const chosen = populationForBoundary(boundary(), useTableStore.getState().tables, useIncidentStore.getState().populations[boundaryId]);
    expect([chosen?.source, chosen?.chosen]).toEqual(['Census 2021 TS001: Usual residents: Residence type: Lives in a household; measures: Value', true]);
    const rates = incidentFieldValues(boundary(), incidentFieldId(incidentId, 'rate'), state())!;
    expect(rates[area]).toBeCloseTo((counts[area] * 1000) / households, 9);
    const gi = hotspotInputs(boundary(), dataset, join, NO_FILTER, 'rate', useTableStore.getState().tables, useIncidentStore.getState().populations[boundaryId])!;
    expect(gi.values[area]).toBeCloseTo(rates[area]!, 9);
    useIncidentStore.getState().choosePopulation(boundaryId, null);
    expect(populationForBoundary(boundary(), useTableStore.getState().tables, useIncidentStore.getState().populations[boundaryId])?.source).toBe(`Census 2021 TS001: Usual residents: ${TOTAL}`);
  });
});

describe('populationForBoundary without real data', () => {
  it('falls back to the detected column when the chosen one is gone', async () => {
    const { loadBoundaryDatasets } = await import('../data/load-boundaries');
    const { textFile } = await import('../../test/helpers/bytes');
    const feature = { type: 'Feature', properties: { code: 'W01000001', usual_residents: 1500, households: 600 }, geometry: { type: 'Polygon', coordinates: [[[0, 51], [0.01, 51], [0.01, 51.01], [0, 51.01], [0, 51]]] } };
    const [result] = await loadBoundaryDatasets({ files: [textFile('b.geojson', JSON.stringify({ type: 'FeatureCollection', features: [feature] }))], idPrefix: 'b', ids: ['b'] });
    if (!result.ok) throw new Error(result.error.code);
    expect(populationForBoundary(result.value, {}, { kind: 'column', name: 'households' })).toMatchObject({ source: 'households', values: [600], chosen: true, reason: null });
    expect(populationForBoundary(result.value, {}, { kind: 'table', tableId: 'gone', indicator: 0 })).toMatchObject({ source: 'usual_residents', values: [1500], chosen: false, reason: 'usual-residents' });
  });
});
