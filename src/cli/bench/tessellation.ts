/**
 * A synthetic stand-in for the national LSOA set, used by the benchmark when
 * ../shared/data/national/lsoa11_england_wales.topojson is absent: `count` areas tiling a region with
 * exactly shared, wiggled edges (about 59 vertices per area, as the real LSOAs have), cells that are small
 * in dense "urban" bands and large elsewhere, and some areas with a hole holding a neighbour's island (so
 * holes and multipolygons are exercised too).
 */
import { bboxOfGeometries } from '../../geo/bbox';
import type { AreaGeometry, BBox } from '../../types';
import { createRandom, hashSeed } from '../example/random';

/** What to generate. */
export interface TessellationOptions {
  count: number;
  seed: number;
  bbox: BBox;
  /** Mean intermediate vertices per cell side (default 13.5, giving about 59 vertices per area). */
  verticesPerSide?: number;
  /** One area in this many gets a hole with its next neighbour's island inside (default 30). */
  islandEvery?: number;
}

type Point = [number, number];

/**
 * A smooth increasing map of [0, 1] onto itself (derivative 1 + 0.7 cos(…) > 0) that squeezes cells
 * together in three bands: cell widths vary about sixfold, so cell areas vary about thirtyfold.
 */
function warp(t: number, phase: number): number {
  const k = 3;
  return t + (0.7 * (Math.sin(2 * Math.PI * k * t + phase) - Math.sin(phase))) / (2 * Math.PI * k);
}

/**
 * The areas' geometries (area i is cell i in row-major order) and their bbox. Lattice corners are
 * jittered by up to a quarter cell; each lattice edge gets its own wiggle, tapered to zero at its ends, and
 * both cells sharing it use the same points, so the tiling has no gaps or overlaps.
 */
export function generateTessellation(options: TessellationOptions): { geometries: AreaGeometry[]; bbox: BBox } {
  const { count, seed, bbox } = options;
  const verticesPerSide = options.verticesPerSide ?? 13.5;
  const islandEvery = options.islandEvery ?? 30;
  const [west, south, east, north] = bbox;
  const aspect = (east - west) / (north - south);
  const columns = Math.max(1, Math.round(Math.sqrt(count * aspect)));
  const rows = Math.ceil(count / columns);
  const random = createRandom(hashSeed(seed, 'corners'));
  const corner: Point[] = [];
  for (let j = 0; j <= rows; j++) {
    for (let i = 0; i <= columns; i++) {
      const jitterU = i === 0 || i === columns ? 0 : (random() - 0.5) * 0.5;
      const jitterV = j === 0 || j === rows ? 0 : (random() - 0.5) * 0.5;
      const u = warp((i + jitterU) / columns, 0.5);
      const v = warp((j + jitterV) / rows, 2);
      corner.push([west + u * (east - west), south + v * (north - south)]);
    }
  }
  const cornerAt = (i: number, j: number) => corner[j * (columns + 1) + i];
  const edgeCache = new Map<number, Point[]>();
  /**
   * The points along the lattice edge from corner (i, j) one step east (`vertical` false) or north, both
   * corners included: each edge is wiggled once and shared by the two cells on either side of it.
   */
  const side = (i: number, j: number, vertical: boolean): Point[] => {
    const id = (j * (columns + 1) + i) * 2 + (vertical ? 1 : 0);
    let points = edgeCache.get(id);
    if (!points) {
      const edgeRandom = createRandom(hashSeed(seed, id));
      const p = cornerAt(i, j);
      const q = vertical ? cornerAt(i, j + 1) : cornerAt(i + 1, j);
      const inner = Math.max(1, Math.round(verticesPerSide * (0.5 + edgeRandom())));
      const [dx, dy] = [q[0] - p[0], q[1] - p[1]];
      points = [p];
      for (let k = 1; k <= inner; k++) {
        const t = k / (inner + 1);
        // Sideways by up to 8% of the edge, tapered to nothing at the corners so cells stay simple.
        const offset = 0.16 * Math.sin(Math.PI * t) * (edgeRandom() - 0.5);
        points.push([p[0] + t * dx - offset * dy, p[1] + t * dy + offset * dx]);
      }
      points.push(q);
      edgeCache.set(id, points);
    }
    return points;
  };
  const rings: Point[][] = [];
  for (let cell = 0; cell < count; cell++) {
    const i = cell % columns;
    const j = Math.floor(cell / columns);
    // Anticlockwise: south side east-bound, east side north-bound, then north and west sides reversed.
    const path = [side(i, j, false), side(i + 1, j, true), [...side(i, j + 1, false)].reverse(), [...side(i, j, true)].reverse()];
    rings.push([...path.flatMap((points) => points.slice(0, -1)), cornerAt(i, j)]);
  }
  const geometries: AreaGeometry[] = rings.map((ring) => ({ type: 'Polygon', coordinates: [ring] }));
  for (let cell = 0; cell + 1 < count; cell += islandEvery) {
    const island = islandRing(rings[cell]);
    geometries[cell] = { type: 'Polygon', coordinates: [rings[cell], [...island].reverse()] };
    geometries[cell + 1] = { type: 'MultiPolygon', coordinates: [[rings[cell + 1]], [island]] };
  }
  return { geometries, bbox: bboxOfGeometries(geometries) };
}

/** A small square around the middle of a cell's bbox, a tenth of its size: always inside a near-square cell. */
function islandRing(ring: Point[]): Point[] {
  const xs = ring.map((point) => point[0]);
  const ys = ring.map((point) => point[1]);
  const [cx, cy] = [(Math.min(...xs) + Math.max(...xs)) / 2, (Math.min(...ys) + Math.max(...ys)) / 2];
  const [hx, hy] = [(Math.max(...xs) - Math.min(...xs)) / 20, (Math.max(...ys) - Math.min(...ys)) / 20];
  return [[cx - hx, cy - hy], [cx + hx, cy - hy], [cx + hx, cy + hy], [cx - hx, cy + hy], [cx - hx, cy - hy]];
}
