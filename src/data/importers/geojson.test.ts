import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { textFile } from '../../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { bngSquares, duplicateCodes, holeAndMultiPolygon, twoPoints, wgs84Squares, withNullGeometries } from '../../../test/fixtures/boundaries/areas';
import { bngToWgs84 } from '../../geo/projection';
import { bboxOfGeometries } from '../../geo/bbox';
import { summariseFields } from '../field-detection';
import { parseGeoJsonAreas } from './geojson';

const json = (name: string, value: unknown) => textFile(name, JSON.stringify(value));

describe('parseGeoJsonAreas', () => {
  it('reads a WGS84 FeatureCollection into numbered areas with normalised properties', async () => {
    const result = await parseGeoJsonAreas(json('squares.geojson', wgs84Squares));
    const features = wgs84Squares.features.map((feature, index) => ({ type: 'Feature', id: index, geometry: feature.geometry, properties: feature.properties }));
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: 'geojson',
        files: ['squares.geojson'],
        crs: { source: 'wgs84', detectedBy: 'assumed' },
        features,
        fields: summariseFields(features as never),
        bbox: bboxOfGeometries(wgs84Squares.features.map((feature) => feature.geometry)),
      },
    });
  });

  it('keeps polygon holes and multipolygon parts as they are', async () => {
    const result = await parseGeoJsonAreas(json('holes.geojson', holeAndMultiPolygon));
    expect(result.ok && result.value.features.map((feature) => feature.geometry)).toEqual(holeAndMultiPolygon.features.map((feature) => feature.geometry));
  });

  it('reads a single Feature and a bare geometry', async () => {
    const single = await parseGeoJsonAreas(json('one.geojson', wgs84Squares.features[0]));
    expect(single.ok && single.value.features).toEqual([{ type: 'Feature', id: 0, geometry: wgs84Squares.features[0].geometry, properties: wgs84Squares.features[0].properties }]);
    const bare = await parseGeoJsonAreas(json('bare.geojson', wgs84Squares.features[1].geometry));
    expect(bare.ok && bare.value.features).toEqual([{ type: 'Feature', id: 0, geometry: wgs84Squares.features[1].geometry, properties: {} }]);
  });

  it('guesses British National Grid from the coordinate range, reprojects and warns', async () => {
    const result = await parseGeoJsonAreas(json('bng.geojson', bngSquares));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const expectedGeometries = bngSquares.features.map((feature) => ({
      type: 'Polygon',
      coordinates: (feature.geometry as { coordinates: Position[][] }).coordinates.map((ring) => ring.map(([x, y]) => bngToWgs84(x, y))),
    }));
    expect(result.value.features.map((feature) => feature.geometry)).toEqual(expectedGeometries);
    expect(result.value.crs).toEqual({ source: 'bng', detectedBy: 'coordinate-range' });
    expect(result.value.bbox).toEqual(bboxOfGeometries(expectedGeometries as never));
    expect(result.warnings.map((warning) => [warning.code, warning.file])).toEqual([['crs-from-coordinate-range', 'bng.geojson']]);
  });

  it('honours a legacy crs member naming EPSG:27700', async () => {
    const result = await parseGeoJsonAreas(json('bng-crs.geojson', { ...bngSquares, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:EPSG::27700' } } }));
    expect(result.ok && result.value.crs).toEqual({ source: 'bng', detectedBy: 'geojson-crs', declared: 'urn:ogc:def:crs:EPSG::27700' });
    expect(result.ok && result.warnings.map((warning) => warning.code)).toEqual(['reprojected-from-bng']);
  });

  it('skips and counts features without geometry', async () => {
    const result = await parseGeoJsonAreas(json('gaps.geojson', withNullGeometries));
    expect(result.ok && result.value.features.map((feature) => [feature.id, feature.properties.code])).toEqual([[0, 'X01000001'], [1, 'X01000003']]);
    expect(result.ok && result.warnings).toEqual([
      { code: 'features-skipped-no-geometry', file: 'gaps.geojson', count: 2, examples: ['2', '4'], params: { file: 'gaps.geojson', count: 2, features: '2, 4' } },
    ]);
  });

  it('skips points mixed in with areas, saying which', async () => {
    const mixed = { type: 'FeatureCollection', features: [...wgs84Squares.features, twoPoints.features[0]] };
    const result = await parseGeoJsonAreas(json('mixed.geojson', mixed));
    expect(result.ok && result.value.features).toHaveLength(3);
    expect(result.ok && result.warnings.map((warning) => [warning.code, warning.count, warning.examples])).toEqual([['features-skipped-wrong-geometry', 1, ['4']]]);
  });

  it.each([
    ['invalid JSON', textFile('broken.geojson', '{"type": "FeatureCollection", "features": [}'), 'parse-failed'],
    ['an empty file', textFile('blank.geojson', '  \n'), 'empty'],
    ['an empty FeatureCollection', json('empty.geojson', { type: 'FeatureCollection', features: [] }), 'empty'],
    ['a JSON array', json('array.geojson', [1, 2]), 'parse-failed'],
    ['a TopoJSON file', json('topo.geojson', { type: 'Topology', objects: {}, arcs: [] }), 'parse-failed'],
    ['points', json('points.geojson', twoPoints), 'wrong-geometry'],
    ['only null geometries', json('nulls.geojson', { type: 'FeatureCollection', features: [{ type: 'Feature', geometry: null, properties: {} }] }), 'no-coordinates'],
    ['a crs member proj4 cannot read', json('local.geojson', { ...bngSquares, crs: { type: 'name', properties: { name: 'EPSG:123456' } } }), 'unsupported-crs'],
  ])('rejects %s', async (_label, file, code) => {
    const result = await parseGeoJsonAreas(file);
    expect(result.ok ? null : { code: result.error.code, file: result.error.file }).toEqual({ code, file: file.name });
  });

  it('says where invalid JSON broke when the parser gives a position', async () => {
    const result = await parseGeoJsonAreas(textFile('broken.geojson', '{\n  "type" "FeatureCollection"}'));
    expect(result.ok ? null : [result.error.code, result.error.detail, result.error.params.line, result.error.params.column]).toEqual(['parse-failed', 'at-position', 2, 10]);
  });

  it('reports a truncated file', async () => {
    const result = await parseGeoJsonAreas(textFile('cut.geojson', '{"type": "FeatureCollection", "features": ['));
    expect(result.ok ? null : result.error).toEqual({
      code: 'parse-failed',
      file: 'cut.geojson',
      params: { file: 'cut.geojson', reason: 'Unexpected end of JSON input', expected: 'geojson-areas' },
    });
  });

  it('says what it found instead of areas', async () => {
    const result = await parseGeoJsonAreas(json('points.geojson', twoPoints));
    expect(result.ok ? null : [result.error.code, result.error.params]).toEqual(['wrong-geometry', { file: 'points.geojson', found: 'Point (2)', expected: 'areas' }]);
  });

  it('rejects coordinates that are neither degrees nor British National Grid, with a hint', async () => {
    const utmLike = { type: 'FeatureCollection', features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[480000, 5700000], [481000, 5700000], [481000, 5701000], [480000, 5700000]]] } }] };
    const result = await parseGeoJsonAreas(json('utm.geojson', utmLike));
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'coordinates-out-of-range',
        file: 'utm.geojson',
        params: { file: 'utm.geojson', xMin: 480000, xMax: 481000, yMin: 5700000, yMax: 5701000 },
      },
    });
  });

  it('rejects BNG metres declared as CRS84 with the BNG hint', async () => {
    const result = await parseGeoJsonAreas(json('liar.geojson', { ...bngSquares, crs: { type: 'name', properties: { name: 'urn:ogc:def:crs:OGC:1.3:CRS84' } } }));
    expect(result.ok ? null : [result.error.code, result.error.detail]).toEqual(['coordinates-out-of-range', 'bng']);
  });

  it('keeps duplicate codes for buildAreaDataset to judge', async () => {
    const result = await parseGeoJsonAreas(json('dupes.geojson', duplicateCodes));
    expect(result.ok && result.value.features.map((feature) => feature.properties.LSOA21CD)).toEqual(['W01001694', 'W01001694', 'W01001695']);
  });
});

describeWithSharedData(
  'parseGeoJsonAreas on real Welsh LSOA 2021 files',
  ['boundaries/wales/lsoa21_wales_and_border.geojson', 'boundaries/wales/lsoa21_wales_and_border_centroids.geojson'],
  () => {
    it('reads all 2,696 LSOA 2021 multipolygons, declared CRS84', async () => {
      const result = await parseGeoJsonAreas({ name: 'lsoa21.geojson', bytes: readSharedBytes('boundaries/wales/lsoa21_wales_and_border.geojson') });
      expect(result.ok && [result.value.features.length, result.value.crs, result.warnings]).toEqual([
        2696,
        { source: 'wgs84', detectedBy: 'geojson-crs', declared: 'urn:ogc:def:crs:OGC:1.3:CRS84' },
        [],
      ]);
    });

    it('rejects the centroid points file as wrong-geometry', async () => {
      const result = await parseGeoJsonAreas({ name: 'centroids.geojson', bytes: readSharedBytes('boundaries/wales/lsoa21_wales_and_border_centroids.geojson') });
      expect(result).toEqual({
        ok: false,
        error: {
          code: 'wrong-geometry',
          file: 'centroids.geojson',
          params: { file: 'centroids.geojson', found: 'Point (2,696)', expected: 'areas' },
          foundPoints: true,
        },
      });
    });
  },
);
