import { describe, expect, it } from 'vitest';
import { findGroupPieces, traceGroupRings } from './dissolve';
import type { VoronoiCell } from './voronoi';

// A 3 × 1 strip of square cells (vertex keys are their corners "x:y"); neighbour 9 means "outside".
//   0:1 — 1:1 — 2:1 — 3:1
//    | c0  | c1  | c2  |
//   0:0 — 1:0 — 2:0 — 3:0
const OUTSIDE = 9;
const cells: VoronoiCell[] = [0, 1, 2].map((x) => ({
  site: x,
  vertexKeys: [`${x}:0`, `${x + 1}:0`, `${x + 1}:1`, `${x}:1`],
  neighbours: [OUTSIDE, x < 2 ? x + 1 : OUTSIDE, OUTSIDE, x > 0 ? x - 1 : OUTSIDE],
}));

describe('traceGroupRings', () => {
  it('merges adjacent cells of one group into one counter-clockwise ring without the inner edge', () => {
    const rings = traceGroupRings(cells, (index) => (index < 2 ? 'west' : 'east'));
    expect(Object.fromEntries(rings)).toEqual({
      west: [['0:0', '1:0', '2:0', '2:1', '1:1', '0:1']],
      east: [['2:0', '3:0', '3:1', '2:1']],
    });
  });
});

describe('findGroupPieces', () => {
  it('finds a group split by another group as two pieces', () => {
    const pieces = findGroupPieces(cells, (index) => (index === 1 ? 'middle' : 'ends'));
    expect(Object.fromEntries(pieces)).toEqual({ ends: [[0], [2]], middle: [[1]] });
  });
});
