/**
 * The invented region's layout: where it sits, its irregular outline, and its two town centres. The
 * "centrality" field (1 in a town centre, falling to 0 in the countryside) drives area sizes, population
 * and the synthetic indicators, so dense small areas, deprivation and diversity cluster together.
 */
import type { LngLat } from '../../types';
import { distanceKm, type PlanePoint } from './plane';
import { randomBetween, type Random } from './random';

/** Where the plane's origin sits: inland England, chosen for a realistic scale only (there is no basemap). */
export const REGION_ORIGIN: LngLat = [-1.9, 53.25];

/** The example borough's town centre (east) and the neighbouring authority's smaller town (west), in km. */
export const BOROUGH_TOWN_CENTRE: PlanePoint = [5.5, 0.6];
export const NEIGHBOUR_TOWN_CENTRE: PlanePoint = [-9.5, -1.8];

const OUTLINE_HALF_WIDTH_KM = 14.5;
const OUTLINE_HALF_HEIGHT_KM = 8.5;
const OUTLINE_VERTEX_COUNT = 360;

/**
 * An irregular closed outline (counter-clockwise) around both authorities: an ellipse whose radius is
 * modulated by a few seeded harmonics, so it has bays and lobes rather than a smooth oval.
 */
export function createRegionOutline(random: Random): PlanePoint[] {
  const harmonics = [2, 3, 5, 7, 11].map((order, index) => ({
    order,
    amplitude: [0.1, 0.08, 0.05, 0.03, 0.015][index],
    phase: randomBetween(random, 0, 2 * Math.PI),
  }));
  const outline: PlanePoint[] = [];
  for (let i = 0; i < OUTLINE_VERTEX_COUNT; i++) {
    const angle = (2 * Math.PI * i) / OUTLINE_VERTEX_COUNT;
    const radius = 1 + harmonics.reduce((sum, h) => sum + h.amplitude * Math.sin(h.order * angle + h.phase), 0);
    outline.push([OUTLINE_HALF_WIDTH_KM * radius * Math.cos(angle), OUTLINE_HALF_HEIGHT_KM * radius * Math.sin(angle)]);
  }
  return outline;
}

/** How urban a place is, from 1 at the borough's town centre to ~0 in open country (the smaller town peaks at 0.7). */
export function centralityAt(point: PlanePoint): number {
  const borough = Math.exp(-(distanceKm(point, BOROUGH_TOWN_CENTRE) ** 2) / (2 * 3.2 ** 2));
  const neighbour = 0.7 * Math.exp(-(distanceKm(point, NEIGHBOUR_TOWN_CENTRE) ** 2) / (2 * 2.2 ** 2));
  return Math.max(borough, neighbour);
}

/**
 * Relative ward size wanted at a place: wards hold similar numbers of people, so they are small where
 * housing is dense. The ratio between the two ends (~1:6) gives LSOAs under 1 km² centrally and a few km² at
 * the rural edge once the region is shared out.
 */
export function relativeWardAreaAt(point: PlanePoint): number {
  return 1 + 5 * (1 - centralityAt(point)) ** 1.5;
}
