import { describe, expect, it } from 'vitest';
import { createImportSession } from './import-session';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { textFile } from '../../test/helpers/bytes';

describe('import session', () => {
  it('answers what each file is through the file registry, before anything is loaded', () => {
    const session = createImportSession();
    const files = [textFile('wards.geojson', '{"type":"FeatureCollection","features":[]}'), textFile('i.csv', 'Longitude,Latitude,Month\n-3.1,51.0,2022-05\n'), textFile('x.pdf', '%PDF')];
    expect(session.identifyFiles(files)).toEqual([
      { name: 'wards.geojson', kind: 'boundaries', reason: 'boundary-format' },
      { name: 'i.csv', kind: 'incidents', reason: 'position-columns' },
      { name: 'x.pdf', kind: 'unknown', reason: 'unrecognised' },
    ]);
  });

  it('joins incidents to boundaries it loaded, without the caller sending geometry or points', async () => {
    const session = createImportSession();
    const square = (code: string, x: number) => ({ type: 'Feature', properties: { code }, geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] } });
    const { results: [areas], mapSources } = await session.loadBoundaryDatasets({ files: [textFile('a.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('W01000001', -3.2), square('W01000002', -3.19)] }))], idPrefix: 'b', ids: ['areas'] });
    expect(areas.ok).toBe(true);
    // The map source comes encoded with the dataset: its two areas with their codes, by index.
    const source = JSON.parse(new TextDecoder().decode(mapSources.areas));
    expect(source.features.map((f: { id: number; properties: { areaCode: string } }) => [f.id, f.properties.areaCode])).toEqual([[0, 'W01000001'], [1, 'W01000002']]);
    const incidents = await session.loadIncidents([textFile('i.csv', 'Longitude,Latitude,Month,Crime type,LSOA code\n-3.195,51.005,2022-05,ASB,W01000001\n-3.185,51.005,2022-05,ASB,W01000001\n-3.1,51.005,2022-05,ASB,\n')], { id: 'inc' });
    expect(incidents.ok).toBe(true);
    const join = session.joinIncidents('inc', 'areas');
    expect([...join.areaIndex]).toEqual([0, 1, -1]);
    expect(join.agreement && { agree: join.agreement.agree, disagree: join.agreement.disagree, outside: join.agreement.outside }).toEqual({ agree: 1, disagree: 1, outside: 1 });
    // Counted by period in the worker for the time slider: May 2022 is period 1 of these bounds.
    const bounds = [Date.UTC(2022, 3, 1), Date.UTC(2022, 4, 1), Date.UTC(2022, 5, 1)];
    const byPeriod = session.periodCounts({ incidentId: 'inc', boundaryId: 'areas', categories: null, boundsMs: bounds });
    expect({ ...byPeriod, counts: [...byPeriod.counts] }).toEqual({ areaCount: 2, periodCount: 2, counts: [0, 1, 0, 1] });
    expect([...session.periodCounts({ incidentId: 'inc', boundaryId: 'areas', categories: [], boundsMs: bounds }).counts]).toEqual([0, 0, 0, 0]);
    session.forgetDataset('areas');
    expect(() => session.joinIncidents('inc', 'areas')).toThrow(/No boundary dataset areas/);
    expect(() => session.periodCounts({ incidentId: 'inc', boundaryId: 'areas', categories: null, boundsMs: bounds })).toThrow(/No join/);
  });
});

describeWithSharedData('import session on Caerphilly and Gwent, May 2022', ['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'police/gwent/2022-05-gwent-street.csv'], () => {
  it('puts 1,384 points inside Caerphilly, agreeing with police.uk for about 97.7% of them', async () => {
    const session = createImportSession();
    await session.loadBoundaryDatasets({ files: [{ name: 'caerphilly.geojson', bytes: readSharedBytes('boundaries/wales/lsoa11_W06000018_caerphilly.geojson') }], idPrefix: 'b', ids: ['caerphilly'] });
    const loaded = await session.loadIncidents([{ name: '2022-05-gwent-street.csv', bytes: readSharedBytes('police/gwent/2022-05-gwent-street.csv') }], { id: 'may' });
    expect(loaded.ok).toBe(true);
    const join = session.joinIncidents('may', 'caerphilly');
    const inside = join.areaIndex.reduce((n, a) => n + (a >= 0 ? 1 : 0), 0);
    expect(inside).toBe(1384);
    expect(join.agreement?.field).toBe('LSOA code');
    expect(join.agreement?.agreeShare).toBeGreaterThan(0.97);
    expect(join.agreement?.agreeShare).toBeLessThan(0.985);
    // Disagreeing points sit close to an edge that generalisation moved.
    const distances = join.agreement!.disagreements.map((d) => d.distanceM).sort((a, b) => a - b);
    expect(distances[Math.floor(distances.length / 2)]).toBeLessThan(100);
  });
});

describe('hot spots in the import session', () => {
  it('runs Gi* with queen weights on the areas it loaded, and classifies emerging hot spots over periods', async () => {
    const session = createImportSession();
    // A 3 × 3 grid of squares; a cluster of high values in the top-left corner.
    const cell = (row: number, col: number) => ({ type: 'Feature', properties: { code: `W0100000${row * 3 + col + 1}` }, geometry: { type: 'Polygon', coordinates: [[[col, row], [col + 1, row], [col + 1, row + 1], [col, row + 1], [col, row]]].map((ring) => ring.map(([x, y]) => [-3 + x * 0.01, 51 + y * 0.01])) } });
    const features = [0, 1, 2].flatMap((row) => [0, 1, 2].map((col) => cell(row, col)));
    await session.loadBoundaryDatasets({ files: [textFile('grid.geojson', JSON.stringify({ type: 'FeatureCollection', features }))], idPrefix: 'g', ids: ['grid'] });
    const values = Float64Array.from([20, 18, 1, 17, 2, 1, 1, 1, 0]);
    const periods = { values: Float64Array.from([...values].flatMap((v) => [v / 2, v / 2])), periodCount: 2 };
    const result = session.hotspots({ boundaryId: 'grid', weights: { kind: 'queen' }, falseDiscoveryRate: false, emergingRules: 'arcgis-pro', values, periods });
    expect(result.areasWithData).toBe(9);
    expect(result.neighbourless).toBe(0);
    // The corner cluster scores highest; the far corner lowest.
    const z = [...result.zScores];
    expect(z[0]).toBeGreaterThan(1.645);
    expect(Math.max(...z.filter(Number.isFinite))).toBe(z[0]);
    expect(result.bins[0]).toBeGreaterThanOrEqual(1);
    expect(result.emerging).toHaveLength(9);
  });
});
