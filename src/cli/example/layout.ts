/**
 * Lays out the invented region before any polygon exists: the outline, ward seeds, which authority each
 * ward belongs to, how many LSOAs each ward has, and every Voronoi site.
 */
import type { PlanePoint } from './plane';
import { createRandom, hashSeed, randomBetween, randomInteger } from './random';
import { centralityAt, createRegionOutline } from './region';
import { placeLsoaSites, placeOuterSites, placeWardSeeds, sampleOutline, type LsoaSite } from './sites';

/** Wards in the whole region and in the example borough (the rest form the neighbouring authority). */
export const REGION_WARD_COUNT = 32;
export const BOROUGH_WARD_COUNT = 20;
const SAMPLE_SPACING_KM = 0.1;

/** Everything placed on the plane (km) before the Voronoi step. */
export interface ExampleLayout {
  outline: PlanePoint[];
  wardSeeds: PlanePoint[];
  /** Per ward: 0 for the example borough, 1 for the neighbouring authority. */
  wardAuthority: number[];
  lsoaSites: LsoaSite[];
  /** Sites outside the outline that bound the edge LSOAs; they become no area. */
  outerSites: PlanePoint[];
}

/** Places the whole region from a seed; the same seed always gives the same layout. */
export function layoutExampleRegion(seed: number): ExampleLayout {
  const outline = createRegionOutline(createRandom(hashSeed(seed, 'outline')));
  const samples = sampleOutline(outline, SAMPLE_SPACING_KM);
  const wardSeeds = placeWardSeeds(samples, REGION_WARD_COUNT, createRandom(hashSeed(seed, 'ward-seeds')));
  const wardAuthority = splitAuthorities(wardSeeds, seed);
  const countRandom = createRandom(hashSeed(seed, 'lsoa-counts'));
  const lsoaCounts = wardSeeds.map((point) => {
    const centrality = centralityAt(point);
    if (centrality > 0.5) return randomInteger(countRandom, 6, 10);
    return centrality > 0.2 ? randomInteger(countRandom, 5, 9) : randomInteger(countRandom, 5, 8);
  });
  const lsoaSites = placeLsoaSites(samples, SAMPLE_SPACING_KM ** 2, outline, wardSeeds, lsoaCounts, createRandom(hashSeed(seed, 'lsoa-sites')));
  return { outline, wardSeeds, wardAuthority, lsoaSites, outerSites: placeOuterSites(lsoaSites, outline) };
}

/**
 * The BOROUGH_WARD_COUNT wards furthest east (on a gently wavy line, so the border is not a straight
 * north–south cut) form the example borough; the rest the neighbouring authority.
 */
function splitAuthorities(wardSeeds: PlanePoint[], seed: number): number[] {
  const random = createRandom(hashSeed(seed, 'authority-split'));
  const phase = randomBetween(random, 0, 2 * Math.PI);
  const score = wardSeeds.map(([x, y]) => x + 2 * Math.sin(y / 3.5 + phase));
  const ranked = score.map((value, ward) => ({ value, ward })).sort((a, b) => b.value - a.value || a.ward - b.ward);
  const authority = wardSeeds.map(() => 1);
  for (const { ward } of ranked.slice(0, BOROUGH_WARD_COUNT)) authority[ward] = 0;
  return authority;
}
