import { describe, expect, it } from 'vitest';
import type { AreaGeometry } from '../types';
import { squareRing } from '../../test/fixtures/boundaries/areas';
import { areaDistanceM, boundaryBand, startBoundaryBand } from './boundary-band';

const square = (x: number, y: number, size = 0.01): AreaGeometry => ({ type: 'Polygon', coordinates: [squareRing(x, y, size)] });
/** Metres in 0.01° of longitude at latitude 51.5. */
const CELL_M = 0.01 * (Math.PI / 180) * 6_371_008.8 * Math.cos((51.505 * Math.PI) / 180);

// A row of five squares along a line of latitude: authority 0 (A) on the left, 1 (B) on the right.
//   A A | B B B      — the boundary lies between columns 1 and 2.
const row = [0, 1, 2, 3, 4].map((i) => square(-3 + i * 0.01, 51.5));
const owners = [0, 0, 1, 1, 1];

describe('areaDistanceM', () => {
  it('is 0 for areas sharing an edge and the gap in metres otherwise', () => {
    expect(areaDistanceM(row[0], row[1])).toBe(0);
    expect(areaDistanceM(row[0], row[2])).toBeCloseTo(CELL_M, -1);
    expect(areaDistanceM(row[0], row[3], 100)).toBe(Infinity);
  });
});

describe('boundaryBand', () => {
  it('with distance 0 keeps only the areas touching the other authority, on both sides', () => {
    const band = boundaryBand(row, owners, 0, 1, 0);
    expect(band.sideA).toEqual([{ index: 1, distanceM: 0 }]);
    expect(band.sideB).toEqual([{ index: 2, distanceM: 0 }]);
  });

  it('widens with the distance, nearest first', () => {
    const band = boundaryBand(row, owners, 0, 1, CELL_M * 1.1);
    expect(band.sideA.map((a) => a.index)).toEqual([1, 0]);
    expect(band.sideB.map((a) => a.index)).toEqual([2, 3]);
    expect(band.sideB[1].distanceM).toBeCloseTo(CELL_M, -1);
  });

  it('ignores areas of other authorities and areas without geometry', () => {
    const band = boundaryBand([...row, null], [0, 2, 1, 1, 1, 0], 0, 1, 0);
    expect(band.sideA).toEqual([]);
    expect(band.sideB).toEqual([]);
  });

  it('gives the same answer in small steps as in one go, reporting progress', () => {
    const job = startBoundaryBand(row, owners, 0, 1, CELL_M * 1.1);
    const progress: number[] = [];
    while (!job.step(1)) progress.push(job.progress());
    expect(progress).toEqual([0.2, 0.4, 0.6, 0.8]);
    expect(job.result()).toEqual(boundaryBand(row, owners, 0, 1, CELL_M * 1.1));
  });
});
