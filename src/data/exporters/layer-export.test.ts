import { describe, expect, it } from 'vitest';
import initSqlJs from 'sql.js';
import type { AreaFeature, InputFile } from '../../types';
import { deepFreeze } from '../../../test/helpers/freeze';
import { parseGeoJsonAreas } from '../importers/geojson';
import { parseGeoPackageAreas } from '../importers/geopackage';
import { readGeoPackageGeometry } from '../geopackage-binary';
import { bngToWgs84 } from '../../geo/projection';
import { exportColumnNames, type LayerExport } from './layer-export';
import { writeGeoJsonLayer } from './geojson-export';
import { geoPackageTableName, writeGeoPackage } from './geopackage-export';

const square = (lng: number, lat: number): [number, number][] => [[lng, lat], [lng + 0.01, lat], [lng + 0.01, lat + 0.01], [lng, lat + 0.01], [lng, lat]];

/** Two Cardiff areas, one a MultiPolygon, with a Welsh name and a column that clashes with an added one. */
const FEATURES: AreaFeature[] = deepFreeze([
  { type: 'Feature', id: 0, geometry: { type: 'Polygon', coordinates: [square(-3.18, 51.48)] }, properties: { code: 'W01001689', name: 'Cathays', value: 'own' } },
  { type: 'Feature', id: 1, geometry: { type: 'MultiPolygon', coordinates: [[square(-3.2, 51.46)], [square(-3.22, 51.46)]] }, properties: { code: 'W01001690', name: 'Tre-biwt / Butetown ŵ', value: null } },
]);

const layer = (crs: LayerExport['crs']): LayerExport => ({
  name: 'Cardiff LSOAs',
  features: FEATURES,
  crs,
  columns: [
    { name: 'value', values: [12.5, null] },
    { name: 'class', values: ['10 – 20', 'No data'] },
    { name: 'incidents', values: [7, 0] },
    { name: 'cohesion_score', values: [0.25, Number.NaN] },
  ],
});

const asFile = (name: string, bytes: Uint8Array | string): InputFile => {
  const data = typeof bytes === 'string' ? new TextEncoder().encode(bytes) : bytes;
  return { name, bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer };
};

describe('exportColumnNames', () => {
  it('keeps the layer’s own columns and renames added ones that clash', () => {
    expect(exportColumnNames(layer('wgs84'))).toEqual({ own: ['code', 'name', 'value'], added: ['value_2', 'class', 'incidents', 'cohesion_score'] });
  });

  it('makes SQLite table names from layer names', () => {
    expect([geoPackageTableName('Cardiff LSOAs'), geoPackageTableName('2021 wards'), geoPackageTableName('Ŵyl')]).toEqual(['cardiff_lsoas', 'layer_2021_wards', 'wyl']);
  });
});

describe('GeoJSON export read back by the app’s own importer', () => {
  it('WGS84: the same areas, attributes and added columns', async () => {
    const result = await parseGeoJsonAreas(asFile('out.geojson', writeGeoJsonLayer(layer('wgs84'))));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.crs.source).toBe('wgs84');
    expect(result.value.features.map((feature) => feature.properties)).toEqual([
      { code: 'W01001689', name: 'Cathays', value: 'own', value_2: 12.5, class: '10 – 20', incidents: 7, cohesion_score: 0.25 },
      { code: 'W01001690', name: 'Tre-biwt / Butetown ŵ', value: null, value_2: null, class: 'No data', incidents: 0, cohesion_score: null },
    ]);
    // Positions are kept to 1e-7° (about 1 cm).
    const found = (result.value.features[1].geometry.coordinates as number[][][][]).flat(2).flat();
    const expected = (FEATURES[1].geometry.coordinates as number[][][][]).flat(2).flat();
    expect(found.map((value, index) => Math.abs(value - expected[index]) <= 5e-8)).toEqual(expected.map(() => true));
  });

  it('BNG: metres with an EPSG:27700 crs member, back to the same degrees within 1 mm', async () => {
    const text = writeGeoJsonLayer(layer('bng'));
    expect(JSON.parse(text).crs).toEqual({ type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } });
    const result = await parseGeoJsonAreas(asFile('out.geojson', text));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.crs.source).toBe('bng');
    const [lng, lat] = (result.value.features[0].geometry.coordinates[0] as number[][])[0];
    expect(Math.abs(lng - -3.18) * 70_000 + Math.abs(lat - 51.48) * 111_000).toBeLessThan(0.002);
  });
});

describe('GeoPackage export', async () => {
  const sql = await initSqlJs();

  it('is a GeoPackage 1.3 that sql.js reads through the gpkg tables', () => {
    const database = new sql.Database(writeGeoPackage(layer('bng'), sql));
    const one = (query: string) => database.exec(query)[0]?.values ?? [];
    expect(one('PRAGMA application_id')).toEqual([[0x47504b47]]);
    expect(one('PRAGMA user_version')).toEqual([[10300]]);
    expect(one("SELECT table_name, data_type, identifier, srs_id FROM gpkg_contents")).toEqual([['cardiff_lsoas', 'features', 'Cardiff LSOAs', 27700]]);
    expect(one('SELECT table_name, column_name, geometry_type_name, srs_id, z, m FROM gpkg_geometry_columns')).toEqual([['cardiff_lsoas', 'geom', 'MULTIPOLYGON', 27700, 0, 0]]);
    expect(one('SELECT srs_id, organization, organization_coordsys_id FROM gpkg_spatial_ref_sys ORDER BY srs_id')).toEqual([[-1, 'NONE', -1], [0, 'NONE', 0], [27700, 'EPSG', 27700]]);
    expect(one('SELECT fid, code, name, value, value_2, class, incidents, cohesion_score FROM cardiff_lsoas ORDER BY fid')).toEqual([
      [1, 'W01001689', 'Cathays', 'own', 12.5, '10 – 20', 7, 0.25],
      [2, 'W01001690', 'Tre-biwt / Butetown ŵ', null, null, 'No data', 0, null],
    ]);
    const types = one("SELECT name, type FROM pragma_table_info('cardiff_lsoas')");
    expect(types).toEqual([['fid', 'INTEGER'], ['geom', 'MULTIPOLYGON'], ['code', 'TEXT'], ['name', 'TEXT'], ['value', 'TEXT'], ['value_2', 'REAL'], ['class', 'TEXT'], ['incidents', 'INTEGER'], ['cohesion_score', 'REAL']]);
    const blob = one('SELECT geom FROM cardiff_lsoas WHERE fid = 2')[0][0] as Uint8Array;
    expect([...blob.subarray(0, 4)]).toEqual([0x47, 0x50, 0, 3]);
    const geometry = readGeoPackageGeometry(blob);
    expect(geometry?.type).toBe('MultiPolygon');
    const [easting, northing] = (geometry as { coordinates: number[][][][] }).coordinates[0][0][0];
    const [lng, lat] = bngToWgs84(easting, northing);
    expect([lng, lat].map((value) => Math.round(value * 1e6) / 1e6)).toEqual([-3.2, 51.46]);
    database.close();
  });

  it.each(['wgs84', 'bng'] as const)('in %s is read back by the app’s GeoPackage importer', async (crs) => {
    const result = await parseGeoPackageAreas(asFile('out.gpkg', writeGeoPackage(layer(crs), sql)), sql);
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.format, result.value.crs.source, result.value.crs.detectedBy]).toEqual(['geopackage', crs, 'file-header']);
    expect(result.value.features.map((feature) => [feature.geometry.type, feature.properties.code, feature.properties.incidents])).toEqual([['MultiPolygon', 'W01001689', 7], ['MultiPolygon', 'W01001690', 0]]);
  });
});
