import { describe, expect, it } from 'vitest';
import { signedRingAreaKm2, type PlanePoint } from './plane';
import { buildVoronoiTopology } from './voronoi';

// Three inner sites surrounded by a ring of eight outer sites.
const inner: PlanePoint[] = [
  [0, 0],
  [1.1, 0.2],
  [0.4, 1.0],
];
const outer: PlanePoint[] = Array.from({ length: 8 }, (_, i): PlanePoint => [5 * Math.cos((i * Math.PI) / 4), 5 * Math.sin((i * Math.PI) / 4)]);

describe('buildVoronoiTopology', () => {
  const topology = buildVoronoiTopology([...inner, ...outer], inner.length);

  it('gives one counter-clockwise cell per inner site, each touching the other two', () => {
    expect(topology.cells.map((cell) => cell.site)).toEqual([0, 1, 2]);
    for (const cell of topology.cells) {
      const ring = cell.vertexKeys.map((key) => topology.vertices.get(key) as PlanePoint);
      expect(signedRingAreaKm2(ring)).toBeGreaterThan(0);
      expect(cell.neighbours.filter((n) => n < inner.length).sort()).toEqual([0, 1, 2].filter((n) => n !== cell.site));
    }
  });

  it('shares the vertex where all three inner cells meet, at their circumcentre', () => {
    const shared = topology.cells.map((cell) => cell.vertexKeys.filter((key) => key === '0,1,2'));
    expect(shared).toEqual([['0,1,2'], ['0,1,2'], ['0,1,2']]);
    const centre = topology.vertices.get('0,1,2') as PlanePoint;
    const distances = inner.map((site) => Math.hypot(site[0] - centre[0], site[1] - centre[1]));
    expect(distances[1]).toBeCloseTo(distances[0], 12);
    expect(distances[2]).toBeCloseTo(distances[0], 12);
  });

  it('walks each shared edge in opposite directions in the two cells', () => {
    const directed = new Set(
      topology.cells.flatMap((cell) => cell.vertexKeys.map((key, k) => `${key}>${cell.vertexKeys[(k + 1) % cell.vertexKeys.length]}`)),
    );
    for (const cell of topology.cells) {
      cell.neighbours.forEach((neighbour, k) => {
        if (neighbour >= inner.length) return;
        expect(directed.has(`${cell.vertexKeys[(k + 1) % cell.vertexKeys.length]}>${cell.vertexKeys[k]}`)).toBe(true);
      });
    }
  });

  it('refuses a cell that no outer site closes off', () => {
    expect(() => buildVoronoiTopology(inner, inner.length)).toThrow('Voronoi cell 0 is unbounded');
  });
});
