import { describe, expect, it } from 'vitest';
import { textFile } from '../../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { noObjects, twoAreaObjects } from '../../../test/fixtures/boundaries/topologies';
import { buildAreaDataset } from '../area-dataset';
import { parseTopoJsonAreas } from './topojson';

const topo = (name: string, value: unknown) => textFile(name, JSON.stringify(value));

describe('parseTopoJsonAreas', () => {
  it('rejects a topology without objects', async () => {
    expect(await parseTopoJsonAreas(topo('none.topojson', noObjects))).toEqual({
      ok: false,
      error: { code: 'no-objects', file: 'none.topojson', params: { file: 'none.topojson' } },
    });
  });

  it('asks which object to read when two hold areas, listing them as choices', async () => {
    expect(await parseTopoJsonAreas(topo('two.topojson', twoAreaObjects))).toEqual({
      ok: false,
      error: {
        code: 'ambiguous-topojson-object',
        file: 'two.topojson',
        params: { file: 'two.topojson', count: 2, objects: '"wards", "lsoas"' },
        choices: ['wards', 'lsoas'],
      },
    });
  });

  it('reads the chosen object', async () => {
    const result = await parseTopoJsonAreas(topo('two.topojson', twoAreaObjects), { objectName: 'lsoas' });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.topojsonObject).toBe('lsoas');
    expect(result.value.topojsonObjects).toEqual(['wards', 'lsoas', 'stations']);
    expect(result.value.features).toEqual([
      { type: 'Feature', id: 0, geometry: { type: 'Polygon', coordinates: [twoAreaObjects.arcs[1]] }, properties: { LSOA21CD: 'X01000001', LSOA21NM: 'Central 001A' } },
      { type: 'Feature', id: 1, geometry: { type: 'Polygon', coordinates: [twoAreaObjects.arcs[2]] }, properties: { LSOA21CD: 'X01000002', LSOA21NM: 'Central 001B' } },
    ]);
    expect(result.value.bbox).toEqual([-3.2, 51.48, -3.18, 51.49]);
  });

  it('rejects an unknown object name, listing every object', async () => {
    const result = await parseTopoJsonAreas(topo('two.topojson', twoAreaObjects), { objectName: 'wards2022' });
    expect(result.ok ? null : [result.error.code, result.error.choices]).toEqual(['unknown-topojson-object', ['wards', 'lsoas', 'stations']]);
  });

  it('reports points when the chosen object holds points', async () => {
    const result = await parseTopoJsonAreas(topo('two.topojson', twoAreaObjects), { objectName: 'stations' });
    expect(result.ok ? null : [result.error.code, result.error.params]).toEqual(['wrong-geometry', { file: 'two.topojson', found: 'Point (1)', expected: 'areas' }]);
  });

  it.each([
    ['GeoJSON in a .topojson file', topo('geo.topojson', { type: 'FeatureCollection', features: [] })],
    ['invalid JSON', textFile('bad.topojson', '{"type":"Topology",')],
  ])('rejects %s as parse-failed', async (_label, file) => {
    const result = await parseTopoJsonAreas(file);
    expect(result.ok ? null : result.error.code).toBe('parse-failed');
  });

  it('rejects arcs that cannot be decoded', async () => {
    const broken = { type: 'Topology', arcs: [[[0, 0]]], objects: { a: { type: 'Polygon', arcs: [[7]] } } };
    const result = await parseTopoJsonAreas(topo('broken.topojson', broken));
    expect(result.ok ? null : result.error.code).toBe('parse-failed');
  });
});

describeWithSharedData('parseTopoJsonAreas on real ward files', ['boundaries/wales/wards_wd13_wales_all.topojson'], () => {
  it('reads all 852 Welsh wards with WD13CD codes and English WD13NM names', async () => {
    const result = await parseTopoJsonAreas({ name: 'wards.topojson', bytes: readSharedBytes('boundaries/wales/wards_wd13_wales_all.topojson') });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const dataset = buildAreaDataset(result.value, { id: 'wards', label: 'Welsh wards' });
    if (!dataset.ok) throw new Error(JSON.stringify(dataset.error));
    expect({
      features: dataset.value.features.length,
      object: dataset.value.topojsonObject,
      crs: dataset.value.crs,
      codeField: dataset.value.codeField,
      nameField: dataset.value.nameField,
      nameCandidates: dataset.value.nameCandidates,
      level: dataset.value.level,
      warnings: [...result.warnings, ...dataset.warnings],
      uniqueCodes: new Set(dataset.value.areaCodes).size,
    }).toEqual({
      features: 852,
      object: 'wards',
      crs: { source: 'wgs84', detectedBy: 'geojson-crs', declared: 'urn:ogc:def:crs:OGC:1.3:CRS84' },
      codeField: 'WD13CD',
      nameField: 'WD13NM',
      nameCandidates: ['WD13NM', 'WD13NMW'],
      level: 'ward',
      warnings: [],
      uniqueCodes: 852,
    });
  });
});

describeWithSharedData('parseTopoJsonAreas on the national LSOA set', ['national/lsoa11_england_wales.topojson'], () => {
  it('reads all 34,753 LSOAs of England and Wales', async () => {
    const result = await parseTopoJsonAreas({ name: 'lsoa11.topojson', bytes: readSharedBytes('national/lsoa11_england_wales.topojson') });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const dataset = buildAreaDataset(result.value, { id: 'national', label: 'LSOA 2011' });
    if (!dataset.ok) throw new Error(JSON.stringify(dataset.error));
    const [minLng, minLat, maxLng, maxLat] = dataset.value.bbox;
    expect({
      features: dataset.value.features.length,
      codeField: dataset.value.codeField,
      nameField: dataset.value.nameField,
      level: dataset.value.level,
      warnings: [...result.warnings, ...dataset.warnings],
      insideEnglandAndWales: minLng > -6.5 && maxLng < 1.8 && minLat > 49.8 && maxLat < 55.9,
    }).toEqual({ features: 34753, codeField: 'LSOA11CD', nameField: 'LSOA11NM', level: 'lsoa', warnings: [], insideEnglandAndWales: true });
  });
});
