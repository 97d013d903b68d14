import { describe, expect, it } from 'vitest';
import { peerAverage, peerGroup } from './peer-groups';

const z = (...values: number[]) => Float64Array.from(values);

describe('peerGroup', () => {
  it('finds the nearest areas over the z-scores the area has, skipping areas missing one, nearest first', () => {
    const components = [z(0, 0.1, 3, -0.2, 0, NaN), z(0, 0, 3, 0, 1, 0)];
    // Distances from area 0: area 1 = 0.1, area 2 = √18 ≈ 4.24, area 3 = 0.2, area 4 = 1; area 5 has no first value.
    const group = peerGroup(components, 0, 3);
    expect(group.peers).toEqual([1, 3, 4]);
    expect(group.distances.map((d) => Number(d.toFixed(3)))).toEqual([0.1, 0.2, 1]);
  });

  it('uses only the indicators the area has, and gives no peers to an area with none', () => {
    const components = [z(NaN, 1, 2), z(0, 5, 0.5)];
    expect(peerGroup(components, 0, 5).peers).toEqual([2, 1]);
    expect(peerGroup([z(NaN, 1)], 0)).toEqual({ peers: [], distances: [] });
  });
});

describe('peerAverage', () => {
  it('averages the peers that have a value', () => {
    expect([peerAverage([10, 20, NaN, 40], [1, 2, 3]), peerAverage([1, NaN], [1])]).toEqual([30, Number.NaN]);
  });
});
