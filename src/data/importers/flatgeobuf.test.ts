import { describe, expect, it } from 'vitest';
import { serialize } from 'flatgeobuf/lib/mjs/geojson.js';
import type { FeatureCollection } from 'geojson';
import type { InputFile } from '../../types';
import { fixtureFile, largestGapM, positionsOf, sourceSquares, truncated } from '../../../test/helpers/positions';
import { parseFlatGeobufAreas } from './flatgeobuf';

// belfast-itm.fgb written by GDAL (test/fixtures/formats/make-format-fixtures.sh) in EPSG:2157.
const asFile = (name: string, bytes: Uint8Array): InputFile => ({ name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
const collection = (features: FeatureCollection['features']): FeatureCollection => ({ type: 'FeatureCollection', features });

describe('parseFlatGeobufAreas', () => {
  it('reads the GDAL-written file in Irish Transverse Mercator from its header, within 5 cm of the source', async () => {
    const result = await parseFlatGeobufAreas(fixtureFile('formats/belfast-itm.fgb'));
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.format, result.value.crs.source, result.value.crs.name, result.value.crs.detectedBy]).toEqual(['flatgeobuf', 'projected', 'IRENET95 / Irish Transverse Mercator', 'file-header']);
    // GDAL writes the spatial index, so features come in Hilbert order, not input order.
    expect(result.value.features.map((feature) => feature.properties.code).sort()).toEqual(['N21000001', 'N21000002']);
    expect(largestGapM(positionsOf(result.value), positionsOf(sourceSquares('belfast')))).toBeLessThan(0.05);
  });

  it('refuses a truncated file as damaged and another file as not FlatGeobuf', async () => {
    const cut = await parseFlatGeobufAreas(truncated(fixtureFile('formats/belfast-itm.fgb'), 0.5));
    const other = await parseFlatGeobufAreas({ name: 'wards.fgb', bytes: new ArrayBuffer(16) });
    expect([cut, other].map((result) => (result.ok ? null : [result.error.code, result.error.detail]))).toEqual([['parse-failed', 'damaged-file'], ['parse-failed', 'not-flatgeobuf']]);
  });

  it('says wrong-geometry for points and refuses an EPSG code it cannot read', async () => {
    const points = serialize(collection([{ type: 'Feature', properties: { code: 'a' }, geometry: { type: 'Point', coordinates: [-3.18, 51.48] } }]), 4326);
    const square = collection([{ type: 'Feature', properties: { code: 'a' }, geometry: { type: 'Polygon', coordinates: [[[0, 0], [1, 0], [1, 1], [0, 0]]] } }]);
    const results = [await parseFlatGeobufAreas(asFile('stops.fgb', points)), await parseFlatGeobufAreas(asFile('site.fgb', serialize(square, 999999)))];
    expect(results.map((result) => (result.ok ? null : [result.error.code, result.error.params.crs ?? result.error.params.found]))).toEqual([['wrong-geometry', 'Point (1)'], ['unsupported-crs', 'EPSG:999999']]);
  });

  it('says empty for a file with a header and no features', async () => {
    const result = await parseFlatGeobufAreas(fixtureFile('formats/empty.fgb'));
    expect(result.ok ? null : [result.error.code, result.error.detail]).toEqual(['empty', 'no-features']);
  });
});
