import { describe, expect, it } from 'vitest';
import { joinAreas, joinPoints, rectangleRing } from '../../test/fixtures/join/areas';
import { isPointInPart, isPointInRings } from './point-in-polygon';
import { buildPolygonIndex } from './polygon-index';

function ringsOf(area: number): number[][][][] {
  const geometry = joinAreas.geometries[area];
  return geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates;
}

/** Which fixture areas hold the point by plain ray casting (before the lowest-index rule). */
function areasHolding(lng: number, lat: number): number[] {
  return joinAreas.geometries.flatMap((_geometry, area) => (ringsOf(area).some((rings) => isPointInRings(rings, lng, lat)) ? [area] : []));
}

describe('isPointInRings', () => {
  it('puts each fixture point in exactly the expected areas (overlaps hold two)', () => {
    const found = Object.fromEntries(joinPoints.map((point) => [point.name, areasHolding(point.lng, point.lat)]));
    expect(found).toEqual({
      'inside A': [0],
      'inside C': [2],
      'on the A|B edge: the +lng side (B)': [1],
      'on the A/C edge: the +lat side (C)': [2],
      'on the vertex shared by A, B, C, D: up-right (D)': [3],
      'on the west outer edge of A: inside': [0],
      'on the south outer edge of A: inside': [0],
      'on the east outer edge of B: outside': [],
      'on the north outer edge of C: outside': [],
      'in the hole of D, off the island': [],
      'on the island in the hole of D (E part 1)': [4],
      'in the second part of E': [4],
      'inside D outside its hole': [3],
      'in the A∩F overlap: lowest index (A)': [0, 5],
      'in the B∩F overlap: lowest index (B)': [1, 5],
      'in F only': [5],
      'far away': [],
      'between the areas': [],
    });
  });

  it('treats open and closed rings alike, in either direction', () => {
    const closed = rectangleRing(0, 0, 2, 2);
    const open = closed.slice(0, 4);
    const probes = [[1, 1], [0, 1], [2, 1], [1, 0], [1, 2], [0, 0], [3, 1]];
    const results = [closed, open, [...closed].reverse(), [...open].reverse()].map((ring) => probes.map(([x, y]) => isPointInRings([ring], x, y)));
    const expected = [true, true, false, true, false, true, false];
    expect(results).toEqual([expected, expected, expected, expected]);
  });

  it('gives a point on a shared diagonal edge to the +lng side only', () => {
    const lower = [[0, 0], [4, 0], [4, 4], [0, 0]];
    const upper = [[0, 0], [4, 4], [0, 4], [0, 0]];
    expect([isPointInRings([lower], 2, 2), isPointInRings([upper], 2, 2)]).toEqual([true, false]);
  });
});

describe('isPointInPart', () => {
  it('agrees with isPointInRings on every fixture point, banded (any band size) or scanned whole', () => {
    for (const options of [{ edgesPerBand: 1, minBandedEdges: 1 }, { edgesPerBand: 2, minBandedEdges: 1 }, { edgesPerBand: 1000, minBandedEdges: 1 }, { minBandedEdges: 1000 }]) {
      const index = buildPolygonIndex(joinAreas.geometries, options);
      const byPart = joinPoints.map((point) => {
        const parts: number[] = [];
        for (let part = 0; part < index.partArea.length; part++) {
          const b = part * 4;
          const inBox = point.lng >= index.partBbox[b] && point.lng <= index.partBbox[b + 2] && point.lat >= index.partBbox[b + 1] && point.lat <= index.partBbox[b + 3];
          if (inBox && isPointInPart(index, part, point.lng, point.lat)) parts.push(index.partArea[part]);
        }
        return parts;
      });
      expect(byPart).toEqual(joinPoints.map((point) => areasHolding(point.lng, point.lat)));
    }
  });
});
