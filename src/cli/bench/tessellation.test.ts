import { describe, expect, it } from 'vitest';
import { isPointInRings } from '../../geo/point-in-polygon';
import type { AreaGeometry } from '../../types';
import { createRandom } from '../example/random';
import { generateTessellation } from './tessellation';

const polygonsOf = (geometry: AreaGeometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates);

describe('generateTessellation', () => {
  const { geometries, bbox } = generateTessellation({ count: 250, seed: 3, bbox: [-4, 51, -3, 52] });

  it('makes the requested number of areas, about 59 vertices each, with holes holding a neighbour\'s island', () => {
    const vertices = geometries.flatMap(polygonsOf).flat().reduce((sum, ring) => sum + ring.length, 0);
    expect({
      areas: geometries.length,
      verticesPerArea: Math.round(vertices / geometries.length),
      withHole: geometries.filter((geometry) => geometry.type === 'Polygon' && geometry.coordinates.length === 2).length,
      multiPolygons: geometries.filter((geometry) => geometry.type === 'MultiPolygon').length,
      bbox,
    }).toEqual({ areas: 250, verticesPerArea: 60, withHole: 9, multiPolygons: 9, bbox: [expect.closeTo(-4, 1), expect.closeTo(51, 1), expect.closeTo(-3, 1), expect.closeTo(52, 1)] });
  });

  it('tiles without gaps or overlaps: random points away from its ragged edge are in exactly one area', () => {
    const random = createRandom(11);
    // 250 cells in 16 columns: rows 0–14 are full, so the bottom 15/16 of the box is covered (warped rows
    // make "15/16" approximate, hence the margin); the outer edges are wiggled too, hence 0.02° in from them.
    const holders = Array.from({ length: 400 }, () => {
      const x = -3.98 + random() * 0.96;
      const y = 51.02 + random() * 0.78;
      return geometries.filter((geometry) => polygonsOf(geometry).some((rings) => isPointInRings(rings, x, y))).length;
    });
    expect(new Set(holders)).toEqual(new Set([1]));
  });

  it('is the same for the same seed', () => {
    expect(generateTessellation({ count: 20, seed: 3, bbox: [-4, 51, -3, 52] })).toEqual(generateTessellation({ count: 20, seed: 3, bbox: [-4, 51, -3, 52] }));
  });
});
