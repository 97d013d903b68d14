/**
 * What the example tables know about each example LSOA: its boundary-file figures and where it sits on the
 * generator's km plane, so the tables reuse the same centre–edge gradient and smooth noise as the boundary
 * figures and neighbouring LSOAs get similar values.
 */
import type { Position } from 'geojson';
import type { LngLat } from '../../types';
import type { ExampleBoundaries, ExampleLsoaProperties, ExampleWardProperties } from './example-borough';
import type { PlanePoint } from './plane';
import { centralityAt, REGION_ORIGIN } from './region';

/** The same equirectangular constants as plane.ts, which only converts the other way. */
const KM_PER_DEGREE_LAT = 110.574;
const KM_PER_DEGREE_LNG_AT_EQUATOR = 111.32;

/** One LSOA with its centroid (km on the plane) and centrality (1 at the borough's town centre, ~0 in open country). */
export interface ExampleLsoaContext {
  code: string;
  name: string;
  wardCode: string;
  authorityCode: string;
  point: PlanePoint;
  centrality: number;
  properties: ExampleLsoaProperties;
}

/** One ward with its LSOAs' mean centrality. */
export interface ExampleWardContext {
  code: string;
  name: string;
  authorityCode: string;
  centrality: number;
  properties: ExampleWardProperties;
}

/** Converts WGS84 [lng, lat] back to the plane around `origin` (the inverse of `planeToLngLat`). */
export function lngLatToPlane([lng, lat]: LngLat, origin: LngLat): PlanePoint {
  const kmPerDegreeLng = KM_PER_DEGREE_LNG_AT_EQUATOR * Math.cos((origin[1] * Math.PI) / 180);
  return [(lng - origin[0]) * kmPerDegreeLng, (lat - origin[1]) * KM_PER_DEGREE_LAT];
}

/** Mean of a closed ring's vertices (the closing vertex counted once): inside these compact cells. */
function ringCentre(ring: Position[]): LngLat {
  const open = ring.slice(0, -1);
  const sum = open.reduce((total, [lng, lat]) => [total[0] + lng, total[1] + lat], [0, 0]);
  return [sum[0] / open.length, sum[1] / open.length];
}

/** Every LSOA of the example boundaries, in code order. */
export function describeExampleLsoas(boundaries: ExampleBoundaries): ExampleLsoaContext[] {
  return boundaries.lsoas.map(({ geometry, properties }) => {
    const point = lngLatToPlane(ringCentre(geometry.coordinates[0]), REGION_ORIGIN);
    return {
      code: properties.LSOA_CODE,
      name: properties.LSOA_NAME,
      wardCode: properties.WARD_CODE,
      authorityCode: properties.LAD_CODE,
      point,
      centrality: centralityAt(point),
      properties,
    };
  });
}

/** Every ward of the example boundaries, in code order, with the mean centrality of its LSOAs. */
export function describeExampleWards(boundaries: ExampleBoundaries, lsoas: readonly ExampleLsoaContext[]): ExampleWardContext[] {
  return boundaries.wards.map(({ properties }) => {
    const members = lsoas.filter((lsoa) => lsoa.wardCode === properties.WARD_CODE);
    return {
      code: properties.WARD_CODE,
      name: properties.WARD_NAME,
      authorityCode: properties.LAD_CODE,
      centrality: members.reduce((sum, lsoa) => sum + lsoa.centrality, 0) / members.length,
      properties,
    };
  });
}
