import { describe, expect, it } from 'vitest';
import { parquetWriteBuffer } from 'hyparquet-writer';
import { fixtureFile, largestGapM, positionsOf, sourceSquares, truncated } from '../../../test/helpers/positions';
import { parseGeoParquetAreas } from './geoparquet';

// Fixtures from test/fixtures/formats/generate-geoparquet.ts (hyparquet-writer's own WKB encoder).
describe('parseGeoParquetAreas', () => {
  it('reads WGS84 (no crs key: OGC:CRS84) with BigInt populations as numbers', async () => {
    const result = await parseGeoParquetAreas(fixtureFile('formats/cardiff-wgs84.parquet'));
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.format, result.value.crs.source, result.value.crs.detectedBy]).toEqual(['geoparquet', 'wgs84', 'file-header']);
    expect(result.value.features.map((feature) => feature.properties)).toEqual([{ code: 'W01001689', name: 'Cathays', population: 1500 }, { code: 'W01001690', name: 'Butetown', population: 1501 }]);
    expect(largestGapM(positionsOf(result.value), positionsOf(sourceSquares('cardiff')))).toBeLessThan(0.01);
  });

  it('reads Irish Grid from PROJJSON as PROJ writes it, within 5 cm of the source', async () => {
    const result = await parseGeoParquetAreas(fixtureFile('formats/belfast-irish-grid.parquet'));
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.crs.source, result.value.crs.name]).toEqual(['projected', 'TM75 / Irish Grid']);
    expect(largestGapM(positionsOf(result.value), positionsOf(sourceSquares('belfast')))).toBeLessThan(0.05);
  });

  it('refuses a truncated file as damaged, and a Parquet file without geo metadata as not GeoParquet', async () => {
    const cut = await parseGeoParquetAreas(truncated(fixtureFile('formats/cardiff-wgs84.parquet'), 0.7));
    const plain = parquetWriteBuffer({ columnData: [{ name: 'code', data: ['a'], type: 'STRING' }] });
    const noGeo = await parseGeoParquetAreas({ name: 'table.parquet', bytes: plain });
    expect([cut, noGeo].map((result) => (result.ok ? null : [result.error.code, result.error.detail]))).toEqual([['parse-failed', 'damaged-file'], ['parse-failed', 'not-parquet']]);
  });

  it('says wrong-geometry for points, flagging them as points', async () => {
    const result = await parseGeoParquetAreas(fixtureFile('formats/cardiff-points.parquet'));
    expect(result.ok ? null : [result.error.code, result.error.params.found, result.error.foundPoints]).toEqual(['wrong-geometry', 'Point (2)', true]);
  });

  it('says empty for no rows, and refuses a CRS proj4 cannot read', async () => {
    const geo = (crs?: unknown) => [{ key: 'geo', value: JSON.stringify({ version: '1.1.0', primary_column: 'geometry', columns: { geometry: { encoding: 'WKB', geometry_types: [], ...(crs === undefined ? {} : { crs }) } } }) }];
    const empty = parquetWriteBuffer({ columnData: [{ name: 'geometry', data: [], type: 'BYTE_ARRAY' }], kvMetadata: geo() });
    const square = new Uint8Array([1, 3, 0, 0, 0, 1, 0, 0, 0, 4, 0, 0, 0, ...new Uint8Array(new Float64Array([0, 0, 1, 0, 1, 1, 0, 0]).buffer)]);
    const site = parquetWriteBuffer({ columnData: [{ name: 'geometry', data: [square], type: 'BYTE_ARRAY' }], kvMetadata: geo({ type: 'EngineeringCRS', name: 'Site grid' }) });
    const results = [await parseGeoParquetAreas({ name: 'empty.parquet', bytes: empty }), await parseGeoParquetAreas({ name: 'site.parquet', bytes: site })];
    expect(results.map((result) => (result.ok ? null : result.error))).toEqual([
      { code: 'empty', detail: 'no-features', file: 'empty.parquet', params: { file: 'empty.parquet', expected: 'areas' } },
      { code: 'unsupported-crs', file: 'site.parquet', params: { file: 'site.parquet', crs: 'Site grid' } },
    ]);
  });
});
