import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cross, type PlanePoint } from './plane';
import { createRandom } from './random';
import { buildVoronoiTopology } from './voronoi';
import { createEdgePaths, wiggleEdge } from './wiggle';

const point = fc.tuple(fc.double({ min: -5, max: 5, noNaN: true }), fc.double({ min: -5, max: 5, noNaN: true }));

/** True when p lies inside (or on) triangle a, b, c. */
function isInTriangle(p: PlanePoint, a: PlanePoint, b: PlanePoint, c: PlanePoint): boolean {
  const sides = [cross(a, b, p), cross(b, c, p), cross(c, a, p)];
  const tolerance = 1e-9;
  return sides.every((s) => s >= -tolerance) || sides.every((s) => s <= tolerance);
}

describe('wiggleEdge', () => {
  it('keeps both end points exactly and subdivides a 1 km edge into 32 pieces', () => {
    const from: PlanePoint = [0, 0];
    const to: PlanePoint = [1, 0];
    const path = wiggleEdge(from, to, [[0.5, 0.8], [0.5, -0.8]], createRandom(3));
    expect(path.length).toBe(33);
    expect(path[0]).toBe(from);
    expect(path[path.length - 1]).toBe(to);
  });

  it('moves forward along the edge and stays inside the triangles towards both sites', () => {
    fc.assert(
      fc.property(point, point, fc.integer({ min: 0, max: 1e6 }), (siteA, siteB, seed) => {
        // The Voronoi edge between two sites lies on their bisector; take a piece of it around the midpoint.
        const middle: PlanePoint = [(siteA[0] + siteB[0]) / 2, (siteA[1] + siteB[1]) / 2];
        const direction: PlanePoint = [-(siteB[1] - siteA[1]), siteB[0] - siteA[0]];
        if (Math.hypot(...direction) < 0.05) return true;
        const from: PlanePoint = [middle[0] - 0.4 * direction[0], middle[1] - 0.4 * direction[1]];
        const to: PlanePoint = [middle[0] + 0.3 * direction[0], middle[1] + 0.3 * direction[1]];
        const path = wiggleEdge(from, to, [siteA, siteB], createRandom(seed));
        const along = path.map((p) => (p[0] - from[0]) * direction[0] + (p[1] - from[1]) * direction[1]);
        const forward = along.every((value, k) => k === 0 || value > along[k - 1]);
        const contained = path.every((p) => isInTriangle(p, from, to, siteA) || isInTriangle(p, from, to, siteB));
        return forward && contained;
      }),
    );
  });
});

describe('createEdgePaths', () => {
  const sites: PlanePoint[] = [
    [0, 0],
    [1.2, 0.3],
    ...Array.from({ length: 8 }, (_, i): PlanePoint => [6 * Math.cos((i * Math.PI) / 4), 6 * Math.sin((i * Math.PI) / 4)]),
  ];
  const topology = buildVoronoiTopology(sites, 2);

  it('gives the shared edge to both cells as the same points, reversed', () => {
    const paths = createEdgePaths(topology, sites, 11);
    const [first, second] = topology.cells;
    const k = first.neighbours.indexOf(1);
    const fromKey = first.vertexKeys[k];
    const toKey = first.vertexKeys[(k + 1) % first.vertexKeys.length];
    const j = second.neighbours.indexOf(0);
    expect([second.vertexKeys[j], second.vertexKeys[(j + 1) % second.vertexKeys.length]]).toEqual([toKey, fromKey]);
    expect(paths(toKey, fromKey)).toEqual([...paths(fromKey, toKey)].reverse());
    expect(paths(fromKey, toKey).length).toBeGreaterThan(2);
  });

  it('is deterministic for a seed and changes with it', () => {
    const [cell] = topology.cells;
    const edge = (seed: number) => createEdgePaths(topology, sites, seed)(cell.vertexKeys[0], cell.vertexKeys[1]);
    expect(edge(5)).toEqual(edge(5));
    expect(edge(5)).not.toEqual(edge(6));
  });

  it('refuses vertices that share no edge', () => {
    const paths = createEdgePaths(topology, sites, 1);
    expect(() => paths('x', 'y')).toThrow('no edge between vertices x and y');
  });
});
