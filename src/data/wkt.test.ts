import { describe, expect, it } from 'vitest';
import { parseWkt, WktError } from './wkt';

describe('parseWkt', () => {
  it.each([
    ['POINT (-3.18 51.48)', { type: 'Point', coordinates: [-3.18, 51.48] }],
    ['POINT Z (1 2 3)', { type: 'Point', coordinates: [1, 2] }],
    ['LINESTRING(0 0,1 1)', { type: 'LineString', coordinates: [[0, 0], [1, 1]] }],
    ['POLYGON ((0 0, 4 0, 4 4, 0 0), (1 1, 2 1, 2 2, 1 1))', { type: 'Polygon', coordinates: [[[0, 0], [4, 0], [4, 4], [0, 0]], [[1, 1], [2, 1], [2, 2], [1, 1]]] }],
    ['MULTIPOINT ((1 2), (3 4))', { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] }],
    ['MULTIPOINT (1 2, 3 4)', { type: 'MultiPoint', coordinates: [[1, 2], [3, 4]] }],
    ['multipolygon (((0 0, 1 0, 1 1, 0 0)), ((5 5, 6 5, 6 6, 5 5)))', { type: 'MultiPolygon', coordinates: [[[[0, 0], [1, 0], [1, 1], [0, 0]]], [[[5, 5], [6, 5], [6, 6], [5, 5]]]] }],
    ['GEOMETRYCOLLECTION (POINT (1 2), LINESTRING (0 0, 1 1))', { type: 'GeometryCollection', geometries: [{ type: 'Point', coordinates: [1, 2] }, { type: 'LineString', coordinates: [[0, 0], [1, 1]] }] }],
    ['POLYGON EMPTY', { type: 'Polygon', coordinates: [] }],
    ['POINT EMPTY', { type: 'MultiPoint', coordinates: [] }],
  ])('reads %s', (text, geometry) => {
    expect(parseWkt(text)).toEqual({ geometry, srid: null });
  });

  it('reads the EWKT SRID prefix', () => {
    expect(parseWkt('SRID=27700;POINT (318000 176000)')).toEqual({ geometry: { type: 'Point', coordinates: [318000, 176000] }, srid: 27700 });
  });

  it.each([
    ['POLYGON ((0 0, 1 0, 1 1, 0 0)', 'expected ")" at character 30'],
    ['POINT (1)', 'expected coordinates at character 8'],
    ['CIRCLE (1 2)', 'unknown geometry type at character 6'],
    ['POINT (1 2) trailing', 'unexpected text at character 13'],
  ])('refuses %s with where it broke', (text, message) => {
    expect(() => parseWkt(text)).toThrow(new WktError(message));
  });
});
