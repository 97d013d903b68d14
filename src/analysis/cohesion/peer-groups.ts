/**
 * Peer groups for benchmarking: the areas most like one area on the indicators chosen for the cohesion
 * index. Method: each indicator is already standardised (z-scores over the district, see composite-index);
 * the distance between two areas is the Euclidean distance over those z-scores, using only areas that have
 * every indicator the area itself has; the peers are the `size` nearest (ties by area order). Signs do not
 * matter here: similar profiles, not similar scores.
 */
import { hasValue } from './statistics';

/** An area's peers, nearest first, with their distances in z-score units. */
export interface PeerGroup {
  peers: number[];
  distances: number[];
}

/** Default number of peers: enough to average, few enough to stay alike. */
export const DEFAULT_PEER_GROUP_SIZE = 10;

/** The `size` areas nearest to `area` over the components' z-scores (see the module comment). */
export function peerGroup(zScores: readonly Float64Array[], area: number, size = DEFAULT_PEER_GROUP_SIZE): PeerGroup {
  const used = zScores.filter((z) => hasValue(z[area]));
  if (used.length === 0) return { peers: [], distances: [] };
  const areaCount = zScores[0].length;
  const found: { index: number; distance: number }[] = [];
  for (let other = 0; other < areaCount; other++) {
    if (other === area || !used.every((z) => hasValue(z[other]))) continue;
    let sum = 0;
    for (const z of used) sum += (z[other] - z[area]) ** 2;
    found.push({ index: other, distance: Math.sqrt(sum) });
  }
  found.sort((a, b) => a.distance - b.distance || a.index - b.index);
  const nearest = found.slice(0, Math.max(0, size));
  return { peers: nearest.map((p) => p.index), distances: nearest.map((p) => p.distance) };
}

/** The mean of `values` over the peers that have a value; NaN when none has. */
export function peerAverage(values: ArrayLike<number>, peers: readonly number[]): number {
  const present = peers.map((i) => values[i]).filter(hasValue);
  return present.length ? present.reduce((a, b) => a + b, 0) / present.length : Number.NaN;
}
