import { describe, expect, it } from 'vitest';
import initSqlJs from 'sql.js';
import type { InputFile } from '../../types';
import { fixtureFile, largestGapM, positionsOf, sourceSquares, truncated } from '../../../test/helpers/positions';
import { writeGeoPackage } from '../exporters/geopackage-export';
import { parseGeoPackageAreas } from './geopackage';

// Fixtures written by GDAL (test/fixtures/formats/make-format-fixtures.sh).
const sql = await initSqlJs();
const asFile = (name: string, bytes: Uint8Array): InputFile => ({ name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

describe('parseGeoPackageAreas on GDAL-written files', () => {
  it('reads TM75 / Irish Grid from gpkg_spatial_ref_sys and lands within 5 cm of the source squares', async () => {
    const result = await parseGeoPackageAreas(fixtureFile('formats/belfast-irish-grid.gpkg'), sql);
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.format, result.value.crs.source, result.value.crs.name, result.value.crs.detectedBy]).toEqual(['geopackage', 'projected', 'TM75 / Irish Grid', 'file-header']);
    expect(result.value.features.map((feature) => [feature.properties.code, feature.properties.name])).toEqual([['N21000001', 'Belfast City Hall'], ['N21000002', 'Titanic Quarter']]);
    expect(largestGapM(positionsOf(result.value), positionsOf(sourceSquares('belfast')))).toBeLessThan(0.05);
  });

  it('reads WGS84 by its EPSG code', async () => {
    const result = await parseGeoPackageAreas(fixtureFile('formats/cardiff-wgs84.gpkg'), sql);
    expect(result.ok && [result.value.crs.source, result.value.features.length]).toEqual(['wgs84', 2]);
  });
});

describe('parseGeoPackageAreas with several feature tables', () => {
  it('reads the table of areas and names the others in a warning', async () => {
    const database = new sql.Database(new Uint8Array(fixtureFile('formats/cardiff-wgs84.gpkg').bytes));
    database.run('CREATE TABLE "bus stops" (fid INTEGER PRIMARY KEY, geom POINT)');
    database.run("INSERT INTO gpkg_contents (table_name, data_type, identifier, srs_id) VALUES ('bus stops', 'features', 'bus stops', 4326)");
    database.run("INSERT INTO gpkg_geometry_columns VALUES ('bus stops', 'geom', 'POINT', 4326, 0, 0)");
    const result = await parseGeoPackageAreas(asFile('two.gpkg', database.export()), sql);
    database.close();
    expect(result.ok && result.warnings).toEqual([{ code: 'layers-ignored', file: 'two.gpkg', count: 1, params: { file: 'two.gpkg', used: 'cardiff_areas', count: 1, layers: 'bus stops' } }]);
  });
});

describe('parseGeoPackageAreas on broken files', () => {
  it('refuses a truncated file as damaged, naming it', async () => {
    const result = await parseGeoPackageAreas(truncated(fixtureFile('formats/belfast-irish-grid.gpkg'), 0.3), sql);
    expect(result.ok ? null : [result.error.code, result.error.detail, result.error.file]).toEqual(['parse-failed', 'damaged-file', 'belfast-irish-grid.gpkg']);
  });

  it('refuses a file that is not SQLite', async () => {
    const result = await parseGeoPackageAreas({ name: 'wards.gpkg', bytes: new TextEncoder().encode('{"type":"FeatureCollection"}').buffer as ArrayBuffer }, sql);
    expect(result.ok ? null : result.error).toEqual({ code: 'parse-failed', detail: 'not-geopackage', file: 'wards.gpkg', params: { file: 'wards.gpkg' } });
  });

  it('says wrong-geometry for a GeoPackage of points, flagging them as points', async () => {
    const result = await parseGeoPackageAreas(fixtureFile('formats/cardiff-points.gpkg'), sql);
    expect(result.ok ? null : [result.error.code, result.error.params.found, result.error.foundPoints]).toEqual(['wrong-geometry', 'Point (2)', true]);
  });

  it('says empty for a GeoPackage whose feature table has no rows', async () => {
    const bytes = writeGeoPackage({ name: 'nothing', features: [], columns: [], crs: 'wgs84' }, sql);
    const result = await parseGeoPackageAreas(asFile('nothing.gpkg', bytes), sql);
    expect(result.ok ? null : [result.error.code, result.error.detail]).toEqual(['empty', 'no-features']);
  });

  it('refuses a coordinate system proj4 cannot read, naming it', async () => {
    const database = new sql.Database(new Uint8Array(fixtureFile('formats/belfast-irish-grid.gpkg').bytes));
    database.run("UPDATE gpkg_spatial_ref_sys SET organization = 'LOCAL', organization_coordsys_id = 1, definition = 'LOCAL_CS[\"Site grid\",UNIT[\"Meter\",1]]' WHERE srs_id = 29903");
    const result = await parseGeoPackageAreas(asFile('site.gpkg', database.export()), sql);
    database.close();
    expect(result.ok ? null : result.error).toEqual({ code: 'unsupported-crs', file: 'site.gpkg', params: { file: 'site.gpkg', crs: 'Site grid' } });
  });
});
