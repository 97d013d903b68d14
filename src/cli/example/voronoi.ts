/**
 * Voronoi cells with shared topology. Each cell is cut from a big square by the bisectors with its
 * neighbours; every vertex is then recomputed as the circumcentre of its three sites taken in sorted order,
 * so two cells that share a vertex hold bit-identical coordinates for it (no gaps, no slivers).
 */
import { circumcenter, distanceKm, type PlanePoint } from './plane';

/** One cell: its ring of vertex keys (counter-clockwise) and, for edge k (vertex k → k+1), the site across it. */
export interface VoronoiCell {
  site: number;
  vertexKeys: string[];
  neighbours: number[];
}

/** Cells for the first `cellCount` sites (the rest only shape them), and the positions of their vertices. */
export interface VoronoiTopology {
  cells: VoronoiCell[];
  vertices: Map<string, PlanePoint>;
}

const FRAME_HALF_SIZE_KM = 1000;

/**
 * Cells of sites[0 … cellCount-1]. Sites from cellCount on are outer sites: they bound the cells but get no
 * cell of their own. Throws if a wanted cell is unbounded or two cells disagree about a shared edge (which
 * would need four nearly cocircular sites; a different seed avoids it).
 */
export function buildVoronoiTopology(sites: PlanePoint[], cellCount: number): VoronoiTopology {
  const vertices = new Map<string, PlanePoint>();
  const cells: VoronoiCell[] = [];
  for (let site = 0; site < cellCount; site++) {
    const tags = clipCell(sites, site);
    if (tags.some((tag) => tag < 0)) throw new Error(`Voronoi cell ${site} is unbounded: add outer sites around it`);
    const vertexKeys = tags.map((tag, k) => {
      const key = vertexKey(site, tags[(k + tags.length - 1) % tags.length], tag);
      if (!vertices.has(key)) {
        const [a, b, c] = key.split(',').map(Number);
        vertices.set(key, circumcenter(sites[a], sites[b], sites[c]));
      }
      return key;
    });
    cells.push({ site, vertexKeys, neighbours: tags });
  }
  checkSharedEdges(cells);
  return { cells, vertices };
}

function vertexKey(a: number, b: number, c: number): string {
  return [a, b, c].sort((x, y) => x - y).join(',');
}

/** Tags of the cell's edges in order: the neighbouring site index, or -1 for the starting frame. */
function clipCell(sites: PlanePoint[], site: number): number[] {
  const origin = sites[site];
  const h = FRAME_HALF_SIZE_KM;
  let points: PlanePoint[] = [
    [origin[0] - h, origin[1] - h],
    [origin[0] + h, origin[1] - h],
    [origin[0] + h, origin[1] + h],
    [origin[0] - h, origin[1] + h],
  ];
  let tags = [-1, -1, -1, -1];
  const others = sites
    .map((point, index) => ({ index, distance: distanceKm(point, origin) }))
    .filter((other) => other.index !== site)
    .sort((a, b) => a.distance - b.distance || a.index - b.index);
  for (const other of others) {
    const reach = Math.max(...points.map((p) => distanceKm(p, origin)));
    if (other.distance > 2 * reach) break;
    const target = sites[other.index];
    const normal = [target[0] - origin[0], target[1] - origin[1]];
    const middle = [(target[0] + origin[0]) / 2, (target[1] + origin[1]) / 2];
    const side = (p: PlanePoint) => (p[0] - middle[0]) * normal[0] + (p[1] - middle[1]) * normal[1];
    const nextPoints: PlanePoint[] = [];
    const nextTags: number[] = [];
    points.forEach((p, k) => {
      const q = points[(k + 1) % points.length];
      const sp = side(p);
      const sq = side(q);
      const crossing = (): PlanePoint => {
        const t = sp / (sp - sq);
        return [p[0] + t * (q[0] - p[0]), p[1] + t * (q[1] - p[1])];
      };
      if (sp <= 0) {
        nextPoints.push(p);
        nextTags.push(tags[k]);
        if (sq > 0) {
          nextPoints.push(crossing());
          nextTags.push(other.index);
        }
      } else if (sq <= 0) {
        nextPoints.push(crossing());
        nextTags.push(tags[k]);
      }
    });
    points = nextPoints;
    tags = nextTags;
  }
  return tags;
}

function checkSharedEdges(cells: VoronoiCell[]): void {
  const edges = new Set<string>();
  for (const cell of cells) {
    cell.vertexKeys.forEach((key, k) => edges.add(`${key}>${cell.vertexKeys[(k + 1) % cell.vertexKeys.length]}`));
  }
  for (const cell of cells) {
    cell.neighbours.forEach((neighbour, k) => {
      if (neighbour >= cells.length) return;
      const reverse = `${cell.vertexKeys[(k + 1) % cell.vertexKeys.length]}>${cell.vertexKeys[k]}`;
      if (!edges.has(reverse)) throw new Error(`cells ${cell.site} and ${neighbour} disagree about their shared edge`);
    });
  }
}
