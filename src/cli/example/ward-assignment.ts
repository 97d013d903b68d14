/**
 * Assigns LSOA cells to wards by nearest ward seed, then makes sure every ward is one piece: a stray
 * fragment (cut off by a neighbouring ward's LSOA) joins the adjacent ward it shares most edges with.
 */
import { findGroupPieces } from './dissolve';
import type { PlanePoint } from './plane';
import { assignToNearest } from './sites';
import type { VoronoiCell } from './voronoi';

/** The ward index of each cell; every ward's cells form one edge-connected piece. */
export function assignCellsToWards(cells: VoronoiCell[], cellSites: PlanePoint[], wardSeeds: PlanePoint[]): number[] {
  const ward = assignToNearest(cellSites, wardSeeds);
  for (let round = 0; round < 10; round++) {
    let moved = false;
    for (const [group, pieces] of findGroupPieces(cells, (index) => String(ward[index]))) {
      const strays = [...pieces].sort((a, b) => b.length - a.length || a[0] - b[0]).slice(1);
      for (const stray of strays) {
        const sharedEdges = new Map<number, number>();
        for (const index of stray) {
          for (const neighbour of cells[index].neighbours) {
            if (neighbour < cells.length && String(ward[neighbour]) !== group) {
              sharedEdges.set(ward[neighbour], (sharedEdges.get(ward[neighbour]) ?? 0) + 1);
            }
          }
        }
        const target = [...sharedEdges].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
        if (!target) throw new Error(`ward ${group} has a fragment with no neighbouring ward`);
        for (const index of stray) ward[index] = target[0];
        moved = true;
      }
    }
    if (!moved) return ward;
  }
  throw new Error('could not make every ward one piece');
}
