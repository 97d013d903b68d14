/**
 * Places the generator's Voronoi sites: ward seeds spread by a density-weighted Lloyd relaxation, LSOA sites
 * inside each ward's catchment, and "mirror" sites outside the outline that make the region's outer edge
 * follow the outline without clipping any polygon.
 */
import { distanceKm, isPointInRing, nearestPointOnRing, type PlanePoint } from './plane';
import { randomBetween, type Random } from './random';
import { relativeWardAreaAt } from './region';

/** Grid sample points inside the outline, each standing for spacingKm² of land. */
export function sampleOutline(outline: PlanePoint[], spacingKm: number): PlanePoint[] {
  const xs = outline.map((p) => p[0]);
  const ys = outline.map((p) => p[1]);
  const samples: PlanePoint[] = [];
  for (let y = Math.min(...ys) + spacingKm / 2; y < Math.max(...ys); y += spacingKm) {
    for (let x = Math.min(...xs) + spacingKm / 2; x < Math.max(...xs); x += spacingKm) {
      if (isPointInRing([x, y], outline)) samples.push([x, y]);
    }
  }
  return samples;
}

/** For each point, the index of its nearest seed (the seed's Voronoi cell). */
export function assignToNearest(points: PlanePoint[], seeds: PlanePoint[]): number[] {
  return points.map((point) => {
    let best = 0;
    let bestDistance = Infinity;
    seeds.forEach((seed, index) => {
      const d = (seed[0] - point[0]) ** 2 + (seed[1] - point[1]) ** 2;
      if (d < bestDistance) {
        bestDistance = d;
        best = index;
      }
    });
    return best;
  });
}

/**
 * `count` points spread over the samples by Lloyd relaxation weighted by weightOf. Starts from weighted
 * random picks; few iterations leave the pattern irregular, many make it near-hexagonal.
 */
export function relaxSites(samples: PlanePoint[], count: number, iterations: number, random: Random, weightOf: (p: PlanePoint) => number): PlanePoint[] {
  const weights = samples.map(weightOf);
  const total = weights.reduce((a, b) => a + b, 0);
  const picked = new Set<number>();
  while (picked.size < Math.min(count, samples.length)) {
    let target = random() * total;
    let index = 0;
    while (index < samples.length - 1 && target >= weights[index]) target -= weights[index++];
    picked.add(index);
  }
  let sites = [...picked].map((index) => samples[index]);
  for (let iteration = 0; iteration < iterations; iteration++) {
    const owner = assignToNearest(samples, sites);
    const sums = sites.map(() => [0, 0, 0]);
    samples.forEach((sample, index) => {
      const sum = sums[owner[index]];
      sum[0] += sample[0] * weights[index];
      sum[1] += sample[1] * weights[index];
      sum[2] += weights[index];
    });
    sites = sites.map((site, index) => (sums[index][2] > 0 ? [sums[index][0] / sums[index][2], sums[index][1] / sums[index][2]] : site));
  }
  return sites;
}

/** Ward seeds: density-weighted centroidal relaxation, so wards are compact and small where people are many. */
export function placeWardSeeds(samples: PlanePoint[], wardCount: number, random: Random): PlanePoint[] {
  // A centroidal pattern puts points at density ∝ sqrt(weight), so weight 1/area² gives ward area ∝ area.
  return relaxSites(samples, wardCount, 40, random, (p) => relativeWardAreaAt(p) ** -2);
}

/** An LSOA site with the ward whose catchment it was placed in. */
export interface LsoaSite {
  point: PlanePoint;
  ward: number;
  /** Typical distance to neighbouring LSOA sites, in km. */
  spacingKm: number;
}

/**
 * `lsoaCounts[w]` sites inside ward w's catchment (the samples nearest its seed), lightly relaxed and then
 * jittered so the LSOAs are irregular; a jitter that would leave the catchment is not applied.
 */
export function placeLsoaSites(
  samples: PlanePoint[],
  sampleAreaKm2: number,
  outline: PlanePoint[],
  wardSeeds: PlanePoint[],
  lsoaCounts: number[],
  random: Random,
): LsoaSite[] {
  const owner = assignToNearest(samples, wardSeeds);
  const sites: LsoaSite[] = [];
  wardSeeds.forEach((_, ward) => {
    const wardSamples = samples.filter((_, index) => owner[index] === ward);
    const spacingKm = Math.sqrt((wardSamples.length * sampleAreaKm2) / lsoaCounts[ward]);
    for (const point of relaxSites(wardSamples, lsoaCounts[ward], 2, random, (p) => relativeWardAreaAt(p) ** -2)) {
      const angle = randomBetween(random, 0, 2 * Math.PI);
      const shift = randomBetween(random, 0, 0.35 * spacingKm);
      const jittered: PlanePoint = [point[0] + shift * Math.cos(angle), point[1] + shift * Math.sin(angle)];
      const stays = isPointInRing(jittered, outline) && assignToNearest([jittered], wardSeeds)[0] === ward;
      sites.push({ point: stays ? jittered : point, ward, spacingKm });
    }
  });
  return sites;
}

/**
 * Sites outside the outline: each LSOA site near the edge is reflected across it, so the bisector between
 * the two runs roughly along the outline; a far ring closes everything off so every LSOA cell is bounded.
 */
export function placeOuterSites(sites: LsoaSite[], outline: PlanePoint[]): PlanePoint[] {
  const outer: PlanePoint[] = [];
  for (const site of sites) {
    const edgePoint = nearestPointOnRing(site.point, outline);
    const depth = distanceKm(site.point, edgePoint);
    if (depth > 1.3 * site.spacingKm || depth === 0) continue;
    const outward = [(edgePoint[0] - site.point[0]) / depth, (edgePoint[1] - site.point[1]) / depth];
    const gap = Math.max(depth, 0.3 * site.spacingKm);
    const mirror: PlanePoint = [edgePoint[0] + outward[0] * gap, edgePoint[1] + outward[1] * gap];
    const crowded = (p: PlanePoint) => distanceKm(p, mirror) < 0.45 * site.spacingKm;
    if (isPointInRing(mirror, outline) || sites.some((s) => crowded(s.point)) || outer.some(crowded)) continue;
    outer.push(mirror);
  }
  for (let i = 0; i < 24; i++) {
    const angle = (2 * Math.PI * i) / 24;
    outer.push([80 * Math.cos(angle), 80 * Math.sin(angle)]);
  }
  return outer;
}
