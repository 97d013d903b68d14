import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { joinAreas, joinPoints } from '../../test/fixtures/join/areas';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import type { AreaGeometry } from '../types';
import { isPointInRings } from './point-in-polygon';
import { buildPolygonIndex, type PolygonIndexOptions } from './polygon-index';
import { locatePoint, locatePoints, locatePointsCounted } from './polygon-index-locate';

/** Brute force: every area's every part by plain ray casting, lowest area index first. */
function bruteForceArea(geometries: ReadonlyArray<AreaGeometry>, lng: number, lat: number): number {
  return geometries.findIndex((geometry) => (geometry.type === 'Polygon' ? [geometry.coordinates] : geometry.coordinates).some((rings) => isPointInRings(rings, lng, lat)));
}

describe('locatePoint', () => {
  it('joins every fixture point to its expected area (edges, vertex, hole, second part, overlaps)', () => {
    const index = buildPolygonIndex(joinAreas.geometries);
    const found = joinPoints.map((point) => ({ name: point.name, area: locatePoint(index, point.lng, point.lat) }));
    expect(found).toEqual(joinPoints.map((point) => ({ name: point.name, area: point.area })));
  });

  it('returns -1 for NaN coordinates', () => {
    const index = buildPolygonIndex(joinAreas.geometries);
    expect([locatePoint(index, NaN, 51.2), locatePoint(index, -2.8, NaN)]).toEqual([-1, -1]);
  });

  it('finds nothing in an index of no areas', () => {
    const index = buildPolygonIndex([]);
    expect(Array.from(locatePoints(index, Float64Array.from([0, -3]), Float64Array.from([0, 51])))).toEqual([-1, -1]);
  });
});

describe('locatePoints', () => {
  it('gives repeated and shuffled points the same answers as locatePoint', () => {
    const index = buildPolygonIndex(joinAreas.geometries);
    const points = [...joinPoints, ...[...joinPoints].reverse(), joinPoints[2], joinPoints[2]];
    const lng = Float64Array.from([...points.map((point) => point.lng), NaN]);
    const lat = Float64Array.from([...points.map((point) => point.lat), 51]);
    expect(Array.from(locatePoints(index, lng, lat))).toEqual([...points.map((point) => point.area), -1]);
  });
});

interface TilingShape {
  widths: number[];
  heights: number[];
  cuts: number[];
  reverse: boolean[];
  rotate: number[];
}

/** A random tiling of a rectangle on the integer lattice, some cells cut along a diagonal. */
const tiling: fc.Arbitrary<TilingShape> = fc.record({
  widths: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
  heights: fc.array(fc.integer({ min: 1, max: 3 }), { minLength: 1, maxLength: 4 }),
  cuts: fc.array(fc.integer({ min: 0, max: 2 }), { minLength: 16, maxLength: 16 }),
  reverse: fc.array(fc.boolean(), { minLength: 32, maxLength: 32 }),
  rotate: fc.array(fc.integer({ min: 0, max: 3 }), { minLength: 32, maxLength: 32 }),
});

/** The tiles as areas, each ring starting at a random vertex and running in a random direction. */
function buildTiling({ widths, heights, cuts, reverse, rotate }: TilingShape): AreaGeometry[] {
  const xs = widths.reduce((edges, width) => [...edges, edges[edges.length - 1] + width], [0]);
  const ys = heights.reduce((edges, height) => [...edges, edges[edges.length - 1] + height], [0]);
  const rings: number[][][] = [];
  for (let row = 0; row < heights.length; row++) {
    for (let column = 0; column < widths.length; column++) {
      const [w, s, e, n] = [xs[column], ys[row], xs[column + 1], ys[row + 1]];
      const cut = cuts[(row * widths.length + column) % cuts.length];
      if (cut === 0) rings.push([[w, s], [e, s], [e, n], [w, n]]);
      else if (cut === 1) rings.push([[w, s], [e, s], [e, n]], [[w, s], [e, n], [w, n]]);
      else rings.push([[w, s], [e, s], [w, n]], [[e, s], [e, n], [w, n]]);
    }
  }
  return rings.map((ring, k) => {
    const turned = [...ring.slice(rotate[k % 32] % ring.length), ...ring.slice(0, rotate[k % 32] % ring.length)];
    const oriented = reverse[k % 32] ? turned.reverse() : turned;
    return { type: 'Polygon', coordinates: [[...oriented, oriented[0]]] };
  });
}

describe('locatePoints on random tilings (property)', () => {
  it('puts every lattice and half-lattice point of the tiled rectangle in exactly one area, as brute force does', () => {
    fc.assert(fc.property(tiling, fc.record({ cellsPerPart: fc.integer({ min: 1, max: 8 }), edgesPerBand: fc.integer({ min: 1, max: 4 }), minBandedEdges: fc.constantFrom(1, 4, 64) }), (shape, options: PolygonIndexOptions) => {
      const geometries = buildTiling(shape);
      const width = shape.widths.reduce((a, b) => a + b);
      const height = shape.heights.reduce((a, b) => a + b);
      const lng: number[] = [];
      const lat: number[] = [];
      for (let x = -1; x <= 2 * width + 1; x++) for (let y = -1; y <= 2 * height + 1; y++) { lng.push(x / 2); lat.push(y / 2); }
      const found = locatePoints(buildPolygonIndex(geometries, options), Float64Array.from(lng), Float64Array.from(lat));
      lng.forEach((x, i) => {
        const holders = geometries.filter((geometry) => geometry.type === 'Polygon' && isPointInRings(geometry.coordinates, x, lat[i])).length;
        const inRectangle = x >= 0 && x < width && lat[i] >= 0 && lat[i] < height;
        expect({ x, y: lat[i], holders, area: found[i] }).toEqual({ x, y: lat[i], holders: inRectangle ? 1 : 0, area: bruteForceArea(geometries, x, lat[i]) });
      });
    }));
  });
});

const coordinate = fc.record({ lng: fc.double({ min: -3.5, max: -2.5, noNaN: true }), lat: fc.double({ min: 51, max: 52, noNaN: true }) });
const ring = fc.array(coordinate, { minLength: 3, maxLength: 12 }).map((points) => points.map(({ lng, lat }) => [lng, lat]));
const geometry: fc.Arbitrary<AreaGeometry> = fc.oneof(
  fc.array(ring, { minLength: 1, maxLength: 2 }).map((rings) => ({ type: 'Polygon' as const, coordinates: rings })),
  fc.array(fc.array(ring, { minLength: 1, maxLength: 2 }), { minLength: 1, maxLength: 3 }).map((polygons) => ({ type: 'MultiPolygon' as const, coordinates: polygons })),
);

describe('locatePoints on random polygons (property)', () => {
  it('matches brute-force ray casting with the lowest area index winning', () => {
    fc.assert(fc.property(fc.array(geometry, { minLength: 1, maxLength: 8 }), fc.array(coordinate, { minLength: 1, maxLength: 60 }), fc.integer({ min: 1, max: 6 }), fc.constantFrom(1, 6, 64), (geometries, points, edgesPerBand, minBandedEdges) => {
      // Repeat some points, as snapped incident data does.
      const all = [...points, ...points.slice(0, 10)];
      const found = locatePoints(buildPolygonIndex(geometries, { edgesPerBand, minBandedEdges }), Float64Array.from(all.map((p) => p.lng)), Float64Array.from(all.map((p) => p.lat)));
      expect(Array.from(found)).toEqual(all.map((p) => bruteForceArea(geometries, p.lng, p.lat)));
    }));
  });
});

describe('locatePointsCounted', () => {
  it('looks up each distinct location once, however often and in whatever order it repeats', () => {
    const index = buildPolygonIndex(joinAreas.geometries);
    const points = [...joinPoints, ...[...joinPoints].reverse(), ...joinPoints.slice(0, 5)];
    const located = locatePointsCounted(index, Float64Array.from(points.map((p) => p.lng)), Float64Array.from(points.map((p) => p.lat)));
    expect({ areas: Array.from(located.areaIndex), lookups: located.lookups }).toEqual({ areas: points.map((p) => p.area), lookups: joinPoints.length });
  });

  it('still answers correctly when more distinct locations share one Hilbert cell than it remembers', () => {
    // 20 distinct points within a billionth of a degree: one Hilbert cell, more than the 8 remembered.
    const lng = Float64Array.from({ length: 60 }, (_, i) => -2.875 + (i % 20) * 1e-11);
    const lat = Float64Array.from({ length: 60 }, () => 51.375);
    const located = locatePointsCounted(buildPolygonIndex(joinAreas.geometries), lng, lat);
    expect(Array.from(located.areaIndex)).toEqual(Array(60).fill(0));
    expect(located.lookups).toBeGreaterThanOrEqual(20);
  });
});

const LSOA21 = 'boundaries/wales/lsoa21_wales_and_border.geojson';
const LSOA21_CENTROIDS = 'boundaries/wales/lsoa21_wales_and_border_centroids.geojson';

describeWithSharedData('locatePoints on the Welsh and border LSOA 2021 boundaries', [LSOA21, LSOA21_CENTROIDS], () => {
  it('matches brute force for all 2,696 population-weighted centroids; 2,636 fall in their own super-generalised LSOA', () => {
    type Features<G> = { features: { geometry: G; properties: { LSOA21CD: string } }[] };
    const read = <G>(path: string) => (JSON.parse(new TextDecoder().decode(readSharedBytes(path))) as Features<G>).features;
    const areas = read<AreaGeometry>(LSOA21);
    const centroids = read<{ coordinates: number[] }>(LSOA21_CENTROIDS);
    const geometries = areas.map((area) => area.geometry);
    const lng = Float64Array.from(centroids, (centroid) => centroid.geometry.coordinates[0]);
    const lat = Float64Array.from(centroids, (centroid) => centroid.geometry.coordinates[1]);
    const found = Array.from(locatePoints(buildPolygonIndex(geometries), lng, lat));
    expect(found).toEqual(centroids.map((_, i) => bruteForceArea(geometries, lng[i], lat[i])));
    const own = found.filter((area, i) => area >= 0 && areas[area].properties.LSOA21CD === centroids[i].properties.LSOA21CD).length;
    expect({ centroids: centroids.length, own, outside: found.filter((area) => area === -1).length }).toEqual({ centroids: 2696, own: 2636, outside: 1 });
  });
});
