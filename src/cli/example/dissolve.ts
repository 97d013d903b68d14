/**
 * Merges Voronoi cells into larger areas (LSOAs into wards, wards into authorities) using the shared
 * topology rather than polygon clipping: an area's boundary is exactly the cell edges that have a cell of
 * another area (or the outside) across them, so merged boundaries reuse the cells' vertices unchanged.
 */
import type { VoronoiCell } from './voronoi';

/**
 * For each group, its boundary as rings of vertex keys, following the cells' counter-clockwise order (so
 * outer rings come out counter-clockwise and holes clockwise). `groupOf(cellIndex)` names a cell's group.
 */
export function traceGroupRings(cells: VoronoiCell[], groupOf: (cellIndex: number) => string): Map<string, string[][]> {
  const nextByGroup = new Map<string, Map<string, string>>();
  cells.forEach((cell, index) => {
    const group = groupOf(index);
    if (!nextByGroup.has(group)) nextByGroup.set(group, new Map());
    const next = nextByGroup.get(group) as Map<string, string>;
    cell.neighbours.forEach((neighbour, k) => {
      if (neighbour < cells.length && groupOf(neighbour) === group) return;
      const fromKey = cell.vertexKeys[k];
      if (next.has(fromKey)) throw new Error(`group ${group} touches itself at vertex ${fromKey}`);
      next.set(fromKey, cell.vertexKeys[(k + 1) % cell.vertexKeys.length]);
    });
  });
  const ringsByGroup = new Map<string, string[][]>();
  for (const [group, next] of nextByGroup) {
    const rings: string[][] = [];
    const used = new Set<string>();
    for (const start of next.keys()) {
      if (used.has(start)) continue;
      const ring: string[] = [];
      let key = start;
      do {
        ring.push(key);
        used.add(key);
        key = next.get(key) as string;
      } while (key !== start);
      rings.push(ring);
    }
    ringsByGroup.set(group, rings);
  }
  return ringsByGroup;
}

/** The cells of each group split into edge-connected pieces (a well-formed area has exactly one piece). */
export function findGroupPieces(cells: VoronoiCell[], groupOf: (cellIndex: number) => string): Map<string, number[][]> {
  const pieces = new Map<string, number[][]>();
  const seen = new Set<number>();
  cells.forEach((_, start) => {
    if (seen.has(start)) return;
    const group = groupOf(start);
    const piece: number[] = [];
    const queue = [start];
    seen.add(start);
    while (queue.length > 0) {
      const index = queue.shift() as number;
      piece.push(index);
      for (const neighbour of cells[index].neighbours) {
        if (neighbour < cells.length && !seen.has(neighbour) && groupOf(neighbour) === group) {
          seen.add(neighbour);
          queue.push(neighbour);
        }
      }
    }
    pieces.set(group, [...(pieces.get(group) ?? []), piece]);
  });
  return pieces;
}
