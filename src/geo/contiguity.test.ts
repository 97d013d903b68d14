import { feature } from 'topojson-client';
import type { GeometryCollection, Topology } from 'topojson-specification';
import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../test/helpers/freeze';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import type { AreaGeometry } from '../types';
import { areaLabelPoints, distanceBandWeights, haversineDistanceM, queenContiguityWeights, type SpatialWeights } from './contiguity';

/** Square polygon with lower-left corner (x, y) and side `size` degrees, counter-clockwise. */
const square = (x: number, y: number, size = 0.01): AreaGeometry => ({
  type: 'Polygon',
  coordinates: [[[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]]],
});

/** Neighbour lists per area, for readable assertions. */
const lists = (weights: SpatialWeights): number[][] =>
  Array.from({ length: weights.areaCount }, (_, i) => Array.from(weights.neighbours.subarray(weights.offsets[i], weights.offsets[i + 1])));

/** 3 × 3 grid of 0.01° squares near Caerphilly, numbered row by row from the south-west. */
const grid = deepFreeze(Array.from({ length: 9 }, (_, i) => square(-3.2 + (i % 3) * 0.01, 51.5 + Math.floor(i / 3) * 0.01)));

describe('queenContiguityWeights', () => {
  it('links areas sharing an edge or only a corner, never an area to itself', () => {
    expect(lists(queenContiguityWeights(grid))).toEqual([
      [1, 3, 4], [0, 2, 3, 4, 5], [1, 4, 5],
      [0, 1, 4, 6, 7], [0, 1, 2, 3, 5, 6, 7, 8], [1, 2, 4, 7, 8],
      [3, 4, 7], [3, 4, 5, 6, 8], [4, 5, 7],
    ]);
  });

  it('returns compact CSR arrays', () => {
    const weights = queenContiguityWeights(grid.slice(0, 2));
    expect(weights).toEqual({ areaCount: 2, offsets: Int32Array.from([0, 1, 2]), neighbours: Int32Array.from([1, 0]) });
  });

  it('joins shared vertices that differ by less than the tolerance, and not those further apart', () => {
    const jittered = [square(0, 50), square(0.01 + 3e-8, 50 - 2e-8)];
    expect(lists(queenContiguityWeights(jittered))).toEqual([[1], [0]]);
    const gap = [square(0, 50), square(0.01 + 1e-5, 50)];
    expect(lists(queenContiguityWeights(gap))).toEqual([[], []]);
    expect(lists(queenContiguityWeights(gap, { toleranceDeg: 1e-4 }))).toEqual([[1], [0]]);
  });

  it('joins areas that touch along an edge without sharing any vertex (T-junctions)', () => {
    const wide: AreaGeometry = { type: 'Polygon', coordinates: [[[0, 50], [0.02, 50], [0.02, 50.01], [0, 50.01], [0, 50]]] };
    expect(lists(queenContiguityWeights([wide, square(0.005, 50.01)]))).toEqual([[1], [0]]);
  });

  it('joins slightly overlapping generalised polygons and reads every part of a MultiPolygon', () => {
    const overlapping = [square(0, 50), square(0.0099, 50.003)];
    expect(lists(queenContiguityWeights(overlapping))).toEqual([[1], [0]]);
    const islands: AreaGeometry = { type: 'MultiPolygon', coordinates: [square(0, 50).coordinates as number[][][], square(0.05, 50).coordinates as number[][][]] };
    expect(lists(queenContiguityWeights([islands, square(0.06, 50), null, square(0.5, 50)]))).toEqual([[1], [0], [], []]);
  });
});

describe('haversineDistanceM', () => {
  it('measures one degree of the equator and a step along a meridian (R × Δlat in radians)', () => {
    // 6,371,008.8 m × 0.009° × π/180 = 1000.7557 m.
    expect(haversineDistanceM(0, 0, 1, 0)).toBeCloseTo(111_195.08, 2);
    expect(haversineDistanceM(-3.2, 51.5, -3.2, 51.509)).toBeCloseTo(1000.7557, 3);
  });
});

describe('distanceBandWeights', () => {
  const lng = Float64Array.from([-3.2, -3.2, -3.2, NaN]);
  const lat = Float64Array.from([51.5, 51.509, 51.518, 51.5]);

  it('links points within the distance in British National Grid metres, inclusive, and leaves NaN positions alone', () => {
    // 0.009° of latitude at 3.2° W is 1,001.035 m on the grid (haversine on a sphere: 1,000.756 m).
    expect(lists(distanceBandWeights(lng, lat, 1001.03))).toEqual([[], [], [], []]);
    expect(lists(distanceBandWeights(lng, lat, 1001.04))).toEqual([[1], [0, 2], [1], []]);
    expect(lists(distanceBandWeights(lng, lat, 2002.07))).toEqual([[1], [0, 2], [1], []]);
    expect(lists(distanceBandWeights(lng, lat, 2002.08))).toEqual([[1, 2], [0, 2], [0, 1], []]);
  });

  it('no longer links a pair just beyond the band that haversine measured inside it (issue 19)', () => {
    expect([haversineDistanceM(-3.2, 51.5, -3.2, 51.509) <= 1001, lists(distanceBandWeights(lng, lat, 1001))]).toEqual([true, [[], [], [], []]]);
  });

  it('refuses a negative distance', () => {
    expect(() => distanceBandWeights(lng, lat, -1)).toThrow('distance must be ≥ 0 metres');
  });

  it('uses label points of the areas', () => {
    const points = areaLabelPoints([grid[0], null]);
    expect([points.lng[0], points.lat[0], points.lng[1]].map((v) => Math.round(v * 1000) / 1000)).toEqual([-3.195, 51.505, NaN]);
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly';
const WALES = 'boundaries/wales/lsoa21_wales_and_border.geojson';
const readJson = (path: string): unknown => JSON.parse(new TextDecoder().decode(readSharedBytes(path)));
type Collection = { features: { geometry: AreaGeometry; properties: Record<string, string> }[] };

/** True when j lists i whenever i lists j. */
function isSymmetric(weights: SpatialWeights): boolean {
  const rows = lists(weights);
  return rows.every((row, i) => row.every((j) => rows[j].includes(i)));
}

describeWithSharedData('queenContiguityWeights on real LSOA boundaries', [`${CAERPHILLY}.geojson`, `${CAERPHILLY}.topojson`, WALES], () => {
  it('gives the same 293 neighbour pairs for Caerphilly from GeoJSON and from TopoJSON (exactly shared arcs)', () => {
    const geojson = readJson(`${CAERPHILLY}.geojson`) as Collection;
    const topology = readJson(`${CAERPHILLY}.topojson`) as Topology<{ W06000018: GeometryCollection }>;
    const fromTopology = feature(topology, topology.objects.W06000018).features;
    expect(fromTopology.map((f) => (f.properties as Record<string, string>).LSOA11CD)).toEqual(geojson.features.map((f) => f.properties.LSOA11CD));
    const fromGeoJson = queenContiguityWeights(geojson.features.map((f) => f.geometry));
    expect(queenContiguityWeights(fromTopology.map((f) => f.geometry as AreaGeometry))).toEqual(fromGeoJson);
    expect([fromGeoJson.neighbours.length / 2, isSymmetric(fromGeoJson)]).toEqual([293, true]);
  });

  it('links all 2,696 Welsh and border LSOA 2021 areas but three English ones cut off by the selection', () => {
    const wales = readJson(WALES) as Collection;
    const weights = queenContiguityWeights(wales.features.map((f) => f.geometry));
    const isolated = lists(weights).flatMap((row, i) => (row.length === 0 ? [wales.features[i].properties.LSOA21NM] : []));
    expect({ pairs: weights.neighbours.length / 2, isolated, symmetric: isSymmetric(weights) }).toEqual({
      pairs: 7653,
      isolated: ['Bristol 008E', 'North Somerset 018A', 'Stroud 012A'],
      symmetric: true,
    });
  });
});
