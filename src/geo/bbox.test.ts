import { describe, expect, it } from 'vitest';
import type { Geometry } from 'geojson';
import { deepFreeze } from '../../test/helpers/freeze';
import { EMPTY_BBOX, bboxOfGeometries, isNonEmptyBbox, unionBBox } from './bbox';

describe('bboxOfGeometries', () => {
  it('covers polygons, multipolygons, points and collections, skipping nulls', () => {
    const geometries: (Geometry | null)[] = deepFreeze([
      { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [2, 1], [0, 0]]] },
      null,
      { type: 'MultiPolygon', coordinates: [[[[5, 5], [6, 5], [6, 7], [5, 5]]]] },
      { type: 'Point', coordinates: [-1, 3] },
      { type: 'GeometryCollection', geometries: [{ type: 'LineString', coordinates: [[1, -4], [1, 1]] }] },
    ]);
    expect(bboxOfGeometries(geometries)).toEqual([-1, -4, 6, 7]);
  });

  it('gives the empty box when there are no positions', () => {
    const box = bboxOfGeometries([null, { type: 'MultiPoint', coordinates: [] }]);
    expect(box).toEqual([...EMPTY_BBOX]);
    expect(isNonEmptyBbox(box)).toBe(false);
    expect(isNonEmptyBbox([1, 1, 1, 1])).toBe(true);
  });
});

describe('unionBBox', () => {
  it('holds every box given, and gives the empty box for none', () => {
    expect(unionBBox([[-3.2, 51.4, -3.1, 51.5], [-3.3, 51.45, -3.15, 51.6]])).toEqual([-3.3, 51.4, -3.1, 51.6]);
    expect(isNonEmptyBbox(unionBBox([]))).toBe(false);
  });
});
