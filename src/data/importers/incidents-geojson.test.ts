import { describe, expect, it } from 'vitest';
import { incidentPoints } from '../../../test/fixtures/incidents/points';
import { textFile } from '../../../test/helpers/bytes';
import { parseIncidentGeoJsonFiles } from './incidents-geojson';

const json = (name: string, value: unknown) => textFile(name, JSON.stringify(value));
const load = (name: string, value: unknown, mapping?: Record<string, string>) => parseIncidentGeoJsonFiles([json(name, value)], { id: 'points', mapping });

describe('parseIncidentGeoJsonFiles', () => {
  it('reads Point and MultiPoint features, detecting date, category and id among the properties, and counts bad features', async () => {
    const result = await load('reports.geojson', incidentPoints.mixed);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const dataset = result.value;
    expect({
      format: dataset.format,
      detection: dataset.detection,
      lng: [...dataset.lng],
      lat: [...dataset.lat],
      timeMs: [...dataset.timeMs],
      datePrecision: dataset.datePrecision,
      categories: dataset.categories,
      categoryIndex: [...dataset.categoryIndex],
      sourceLine: [...dataset.sourceLine],
      extraColumns: dataset.extraColumns,
      report: dataset.report,
    }).toEqual({
      format: 'geojson',
      detection: { columns: ['date', 'type', 'ref'], mapping: { date: 'date', category: 'type', id: 'ref' }, recognisedAs: null },
      lng: [-3.18, -3.19, -3.17],
      lat: [51.48, 51.49, 51.47],
      timeMs: [Date.UTC(2022, 4, 14), Date.UTC(2022, 4, 15, 22, 10), Date.UTC(2022, 4, 15, 22, 10)],
      datePrecision: 'time',
      categories: ['Leaflets', 'Graffiti'],
      categoryIndex: [1, 0, 0],
      sourceLine: [1, 2, 2],
      extraColumns: [{ name: 'ref', values: ['G1', 'L1', 'L1'] }],
      report: {
        files: [{ name: 'reports.geojson', rowsRead: 7, rowsKept: 3 }],
        rowsRead: 7,
        rowsKept: 3,
        rejected: [
          { reason: 'malformed-row', count: 1, notes: [{ code: 'not-point', params: { type: 'Polygon' } }], examples: ['reports.geojson:4'] },
          { reason: 'no-coordinates', count: 1, notes: [{ code: 'null-geometry', params: {} }], examples: ['reports.geojson:3'] },
          {
            reason: 'outside-uk',
            count: 1,
            notes: [{ code: 'outside-uk', params: { xName: 'x', yName: 'y', x: '2.35', y: '48.85' } }],
            examples: ['reports.geojson:5'],
          },
          { reason: 'no-date', count: 1, notes: [{ code: 'date-empty', params: { column: 'date' } }], examples: ['reports.geojson:6'] },
        ],
        warnings: [],
      },
    });
  });

  it('reprojects points declared in British National Grid', async () => {
    const result = await load('bng.geojson', incidentPoints.bngDeclared);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.lng[0]).toBeCloseTo(-3.18, 2);
    expect(result.value.lat[0]).toBeCloseTo(51.48, 2);
    expect(result.warnings.map((warning) => warning.code)).toEqual(['reprojected-from-bng']);
  });

  // Issue 13: one BNG point among 95 in degrees made the whole file be read as BNG, the 95 landing in the sea.
  const point = (coordinates: number[], n: number) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { date: '2022-05-01', n } });
  const collection = (positions: number[][]) => ({ type: 'FeatureCollection', features: positions.map(point) });

  it('keeps 95 points in degrees where they are and rejects the one point in BNG metres, by its number', async () => {
    const degrees = Array.from({ length: 95 }, (_, k) => [-3.2 + k / 1000, 51.5]);
    const result = await load('mixed-crs.geojson', collection([...degrees.slice(0, 40), [318000, 176000], ...degrees.slice(40)]));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect({ warnings: result.warnings, count: result.value.count, west: Math.min(...result.value.lng), east: Math.max(...result.value.lng), rejected: result.value.report.rejected }).toEqual({
      warnings: [],
      count: 95,
      west: -3.2,
      east: -3.2 + 94 / 1000,
      rejected: [{ reason: 'bng-in-lat-lng-columns', count: 1, notes: [{ code: 'bng-points', params: { xName: 'x', yName: 'y', x: '318000', y: '176000' } }], examples: ['mixed-crs.geojson:41'] }],
    });
  });

  it('reprojects a file of BNG points whole but rejects a point in degrees among them rather than moving it', async () => {
    const metres = Array.from({ length: 9 }, (_, k) => [318000 + k * 100, 176000]);
    const result = await load('mixed-bng.geojson', collection([...metres, [-3.18, 51.48]]));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect([result.value.count, result.value.report.rejected, result.warnings.map((warning) => warning.code)]).toEqual([
      9,
      [{ reason: 'bad-coordinates', count: 1, notes: [{ code: 'grid-degrees', params: { xName: 'x', yName: 'y', x: '-3.18', y: '51.48' } }], examples: ['mixed-bng.geojson:10'] }],
      ['crs-from-coordinate-range'],
    ]);
  });

  it('fails points with no date property at all, naming the properties found', async () => {
    expect(await load('centroids.geojson', incidentPoints.undated)).toEqual({
      ok: false,
      error: {
        code: 'no-date-column',
        file: 'centroids.geojson',
        params: { file: 'centroids.geojson', field: 'property', fields: 'property', columns: 'LSOA21CD' },
        choices: ['LSOA21CD'],
      },
    });
  });

  it('fails a file of polygons as wrong-geometry, and an empty collection as empty', async () => {
    const polygons = await load('areas.geojson', incidentPoints.polygons);
    expect(polygons.ok === false && polygons.error.code).toBe('wrong-geometry');
    expect(await load('none.geojson', { type: 'FeatureCollection', features: [] })).toEqual({
      ok: false,
      error: { code: 'empty', detail: 'no-features', file: 'none.geojson', params: { file: 'none.geojson', expected: 'geojson-incidents' } },
    });
  });

  it('fails text that is not JSON as parse-failed', async () => {
    const result = await parseIncidentGeoJsonFiles([textFile('broken.geojson', '{"type": "FeatureCollection", ')], { id: 'x' });
    expect(result.ok === false && [result.error.code, result.error.file]).toEqual(['parse-failed', 'broken.geojson']);
  });

  it('uses a mapping for the properties', async () => {
    const result = await load('reports.geojson', incidentPoints.mixed, { date: 'date', category: 'ref' });
    expect(result.ok && [result.value.detection.mapping, result.value.categories]).toEqual([{ date: 'date', category: 'ref' }, ['L1', 'G1']]);
  });
});
