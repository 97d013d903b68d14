/**
 * Turns straight Voronoi edges into natural-looking boundaries by seeded midpoint displacement. Each edge's
 * wiggle is drawn from a stream seeded by its two end vertices, once, and both neighbours use that same
 * polyline (one forwards, one reversed), so shared boundaries stay identical.
 */
import { cross, distanceKm, type PlanePoint } from './plane';
import { createRandom, hashSeed, randomBetween, type Random } from './random';
import type { VoronoiTopology } from './voronoi';

/** Longest straight piece left after subdividing, in km: short enough to look hand-drawn at ward zoom. */
const TARGET_SEGMENT_KM = 0.06;
const MAX_LEVELS = 6;
/** First displacement as a share of the edge length, and how much of it each further level keeps. */
const FIRST_AMPLITUDE = 0.1;
const AMPLITUDE_DECAY = 0.65;
/** How far into its bounding triangle (towards the site) a wiggle may reach. */
const REACH = 0.5;

/**
 * A wiggled polyline from `from` to `to` (both kept exactly). It moves only sideways and stays inside the two
 * triangles formed by the edge and the sites either side of it. Those triangles of all edges tile the plane
 * without overlapping, so wiggled edges can never cross each other or themselves.
 */
export function wiggleEdge(from: PlanePoint, to: PlanePoint, sideSites: [PlanePoint, PlanePoint], random: Random): PlanePoint[] {
  const lengthKm = distanceKm(from, to);
  const levels = lengthKm <= TARGET_SEGMENT_KM ? 0 : Math.min(MAX_LEVELS, Math.ceil(Math.log2(lengthKm / TARGET_SEGMENT_KM)));
  const along = [(to[0] - from[0]) / lengthKm, (to[1] - from[1]) / lengthKm];
  const left = [-along[1], along[0]];
  const [leftSite, rightSite] = cross(from, to, sideSites[0]) > 0 ? sideSites : [sideSites[1], sideSites[0]];
  const leftLimit = triangleHeight(from, along, left, lengthKm, leftSite);
  const rightLimit = triangleHeight(from, along, left, lengthKm, rightSite);
  let offsets = [
    { t: 0, d: 0 },
    { t: 1, d: 0 },
  ];
  for (let level = 0; level < levels; level++) {
    const amplitude = FIRST_AMPLITUDE * lengthKm * AMPLITUDE_DECAY ** level;
    const next = [offsets[0]];
    for (let k = 1; k < offsets.length; k++) {
      const a = offsets[k - 1];
      const b = offsets[k];
      // An off-centre split point makes bends asymmetric, less like a smooth bulge.
      const share = randomBetween(random, 0.3, 0.7);
      const t = a.t + share * (b.t - a.t);
      const d = a.d + share * (b.d - a.d) + randomBetween(random, -amplitude, amplitude);
      next.push({ t, d: Math.max(-REACH * rightLimit(t), Math.min(REACH * leftLimit(t), d)) }, b);
    }
    offsets = next;
  }
  return offsets.map(({ t, d }, k): PlanePoint => {
    if (k === 0) return from;
    if (k === offsets.length - 1) return to;
    return [from[0] + t * lengthKm * along[0] + d * left[0], from[1] + t * lengthKm * along[1] + d * left[1]];
  });
}

/** Height (km) at position t ∈ [0, 1] along the edge of the triangle edge + site, measured towards the site. */
function triangleHeight(from: PlanePoint, along: number[], left: number[], lengthKm: number, site: PlanePoint): (t: number) => number {
  const offset = [site[0] - from[0], site[1] - from[1]];
  const siteT = (offset[0] * along[0] + offset[1] * along[1]) / lengthKm;
  const height = Math.abs(offset[0] * left[0] + offset[1] * left[1]);
  return (t) => Math.min(siteT > 0 ? (height * t) / siteT : Infinity, siteT < 1 ? (height * (1 - t)) / (1 - siteT) : Infinity);
}

/** Looks up the wiggled path between two adjacent vertices of the topology, in the direction asked. */
export type EdgePaths = (fromKey: string, toKey: string) => PlanePoint[];

/** Wiggles every edge of the topology once (seeded by `seed` and the edge's end vertices). */
export function createEdgePaths(topology: VoronoiTopology, sites: PlanePoint[], seed: number): EdgePaths {
  const paths = new Map<string, PlanePoint[]>();
  for (const cell of topology.cells) {
    cell.vertexKeys.forEach((fromKey, k) => {
      const toKey = cell.vertexKeys[(k + 1) % cell.vertexKeys.length];
      const [first, second] = fromKey < toKey ? [fromKey, toKey] : [toKey, fromKey];
      const id = `${first}>${second}`;
      if (paths.has(id)) return;
      const random = createRandom(hashSeed(seed, 'edge', id));
      const vertex = (key: string) => topology.vertices.get(key) as PlanePoint;
      paths.set(id, wiggleEdge(vertex(first), vertex(second), [sites[cell.site], sites[cell.neighbours[k]]], random));
    });
  }
  return (fromKey, toKey) => {
    const forward = paths.get(`${fromKey}>${toKey}`);
    if (forward) return forward;
    const backward = paths.get(`${toKey}>${fromKey}`);
    if (!backward) throw new Error(`no edge between vertices ${fromKey} and ${toKey}`);
    return [...backward].reverse();
  };
}
