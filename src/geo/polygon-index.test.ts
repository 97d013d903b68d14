import { describe, expect, it } from 'vitest';
import { rectangleRing } from '../../test/fixtures/join/areas';
import type { AreaGeometry } from '../types';
import { buildPolygonIndex, polygonIndexBuffers } from './polygon-index';

const triangle: AreaGeometry = { type: 'Polygon', coordinates: [[[0, 0], [2, 0], [0, 2]]] };
const squareWithHole: AreaGeometry = { type: 'Polygon', coordinates: [rectangleRing(2, 0, 4, 2), rectangleRing(2.5, 0.5, 3.5, 1.5)] };

describe('buildPolygonIndex', () => {
  it('flattens rings (closing open ones), bands edges by latitude and grids parts by bbox', () => {
    const index = buildPolygonIndex([triangle, null, squareWithHole], { cellsPerPart: 2, edgesPerBand: 2, minBandedEdges: 1 });
    expect(index).toEqual({
      areaCount: 3,
      coords: Float64Array.from([0, 0, 2, 0, 0, 2, 0, 0, 2, 0, 4, 0, 4, 2, 2, 2, 2, 0, 2.5, 0.5, 3.5, 0.5, 3.5, 1.5, 2.5, 1.5, 2.5, 0.5]),
      ringStart: Uint32Array.from([0, 4, 9, 14]),
      partRingStart: Uint32Array.from([0, 1, 3]),
      areaPartStart: Uint32Array.from([0, 1, 1, 2]),
      partArea: Int32Array.from([0, 2]),
      partBbox: Float64Array.from([0, 0, 2, 2, 2, 0, 4, 2]),
      // Triangle: 3 edges → 2 bands of 1°; square with hole: 8 edges → 4 bands of 0.5°.
      partBandStart: Uint32Array.from([0, 2, 6]),
      partBandScale: Float64Array.from([1, 2]),
      bandEdgeStart: Uint32Array.from([0, 2, 4, 6, 10, 14, 18]),
      // Edges are named by their first vertex; horizontal ones (0, 4, 6, 9, 11) are left out; the hole's
      // sides (10, 12) span lat 0.5–1.5, so bands 1–3 (a band boundary counts for both bands).
      bandEdges: Uint32Array.from([1, 2, 1, 2, 5, 7, 5, 7, 10, 12, 5, 7, 10, 12, 5, 7, 10, 12]),
      bbox: [0, 0, 4, 2],
      // 2 parts × 2 cells per part → 3 × 2 cells of 4/3° × 1°; both parts meet the middle column.
      gridColumns: 3,
      gridRows: 2,
      gridScaleLng: 0.75,
      gridScaleLat: 1,
      cellStart: Uint32Array.from([0, 1, 3, 4, 5, 7, 8]),
      cellParts: Uint32Array.from([0, 0, 1, 1, 0, 0, 1, 1]),
    });
  });

  it('leaves parts with fewer than minBandedEdges edges unbanded', () => {
    const index = buildPolygonIndex([triangle, squareWithHole], { edgesPerBand: 2, minBandedEdges: 5 });
    expect([index.partBandStart, index.partBandScale, index.bandEdgeStart]).toEqual([Uint32Array.from([0, 0, 4]), Float64Array.from([0, 2]), Uint32Array.from([0, 2, 6, 10, 14])]);
  });

  it('exposes every buffer for transfer to or from a worker', () => {
    const index = buildPolygonIndex([triangle]);
    expect(polygonIndexBuffers(index).map((buffer) => buffer instanceof ArrayBuffer)).toEqual(Array(12).fill(true));
  });
});
