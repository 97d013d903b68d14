import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { fixtureFile, fixtureJson, largestGapM, positionsOf } from '../../../test/helpers/positions';
import type { InputFile, ParsedAreas } from '../../types';
import { parseGeoJsonAreas } from './geojson';
import { parseShapefileAreas } from './shapefile';
import { resolveCrs } from './crs-resolution';

// Fixtures made by test/fixtures/crs/generate-crs-fixtures.ts (proj4) and make-gdal-reference.sh (GDAL/PROJ).
const fixture = (path: string): InputFile => fixtureFile(`crs/${path}`);
const json = <T>(path: string): T => fixtureJson<T>(`crs/${path}`);

function parsed(result: Awaited<ReturnType<typeof parseGeoJsonAreas>>): ParsedAreas {
  if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
  return result.value;
}

const shapefileParts = (name: string) => ({
  shp: fixture(`${name}-shp/${name}.shp`),
  dbf: fixture(`${name}-shp/${name}.dbf`),
  prj: fixture(`${name}-shp/${name}.prj`),
  shx: fixture(`${name}-shp/${name}.shx`),
});

describe('projected coordinate systems read through proj4 (fixtures made with proj4 and GDAL)', () => {
  const sources = json<Record<string, FeatureCollection>>('wgs84-source.geojson');
  it.each([
    ['irish-grid-29903', 'belfast', 'TM75 / Irish Grid', 1],
    ['itm-2157', 'belfast', 'IRENET95 / Irish Transverse Mercator', 1],
    ['utm30n-32630', 'cardiff', 'WGS 84 / UTM zone 30N', 0],
  ])('GeoJSON in %s with an EPSG crs member lands within 5 cm of the WGS84 source, named in the report', async (name, source, crsName, accuracyM) => {
    const areas = parsed(await parseGeoJsonAreas(fixture(`${name}.geojson`)));
    expect([areas.crs.source, areas.crs.name, areas.crs.detectedBy]).toEqual(['projected', crsName, 'geojson-crs']);
    expect(largestGapM(positionsOf(areas), positionsOf(sources[source]))).toBeLessThan(0.05);
    const result = await parseGeoJsonAreas(fixture(`${name}.geojson`));
    expect(result.ok && result.warnings).toEqual([{ code: 'reprojected-from-crs', file: `${name}.geojson`, params: { file: `${name}.geojson`, crs: crsName, accuracyM } }]);
  });

  it.each(['irish-grid-29903', 'itm-2157', 'utm30n-32630'])('the GDAL-written shapefile of %s agrees with GDAL’s own reprojection to within 0.1 m', async (name) => {
    const areas = parsed(await parseShapefileAreas(shapefileParts(name)));
    expect(areas.crs.source).toBe('projected');
    expect(largestGapM(positionsOf(areas), positionsOf(json<FeatureCollection>(`${name}.gdal-wgs84.geojson`)))).toBeLessThan(0.1);
  });
});

describe('resolveCrs with a projected declaration', () => {
  it('refuses degrees under a declared projected system, naming it', async () => {
    const degrees = { ...json<FeatureCollection>('wgs84-source.geojson'), crs: { type: 'name', properties: { name: 'EPSG:29903' } } } as unknown as Record<string, unknown>;
    const belfast = { type: 'FeatureCollection', crs: degrees.crs, features: (degrees.belfast as FeatureCollection).features };
    const result = await parseGeoJsonAreas({ name: 'degrees.geojson', bytes: new TextEncoder().encode(JSON.stringify(belfast)).buffer as ArrayBuffer });
    expect(result.ok ? null : [result.error.code, result.error.detail, result.error.params.crs, result.error.params.where]).toEqual(['coordinates-out-of-range', 'declared-projected', 'TM75 / Irish Grid', 'crs-member']);
  });

  it('warns when a datum has no known shift to WGS84', () => {
    const wkt = 'PROJCS["Local",GEOGCS["GCS_Local",DATUM["D_Local",SPHEROID["Airy_Modified",6377340.189,299.3249646]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",200000.0],PARAMETER["False_Northing",250000.0],PARAMETER["Central_Meridian",-8.0],PARAMETER["Scale_Factor",1.000035],PARAMETER["Latitude_Of_Origin",53.5],UNIT["Meter",1.0]]';
    const projected = { name: 'Local', definition: wkt, code: null, shiftAccuracyM: null, shiftMissing: true, geographic: false };
    const result = resolveCrs({ file: 'a.shp', declared: { source: 'projected', detectedBy: 'prj', declared: wkt, projected } }, [332000, 373000, 335000, 377000]);
    expect(result.ok && result.warnings).toEqual([{ code: 'reprojected-from-crs', detail: 'no-datum-shift', file: 'a.shp', params: { file: 'a.shp', crs: 'Local', accuracyM: 0 } }]);
  });
});
