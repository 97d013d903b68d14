import { describe, expect, it } from 'vitest';
import type { AreaGeometry, LngLat } from '../types';
import { deepFreeze } from '../../test/helpers/freeze';
import { areasUnderShape } from './shape-cover';

/** Four unit squares in a row along the equator: [0,1], [1,2], [2,3], [3,4] degrees of longitude. */
const SQUARES: AreaGeometry[] = deepFreeze([0, 1, 2, 3].map((x) => ({ type: 'Polygon', coordinates: [[[x, 0], [x + 1, 0], [x + 1, 1], [x, 1], [x, 0]]] })));

describe('areas under a drawn shape', () => {
  it('covers the areas whose label point lies inside the shape, not one it only overlaps', () => {
    // Over the first two squares' centres (0.5, 0.5) and (1.5, 0.5), and over part of the third, whose centre
    // (2.5, 0.5) is outside; every corner lies outside all the squares.
    const ring: LngLat[] = [[0.3, -1], [2.3, -1], [2.3, 2], [0.3, 2]];
    expect(areasUnderShape(ring, SQUARES)).toEqual([0, 1]);
  });

  it('covers an area holding a corner of the shape', () => {
    expect(areasUnderShape([[0.3, -1], [2.3, -1], [2.6, 0.5], [0.3, 2]], SQUARES)).toEqual([0, 1, 2]);
  });

  it('names the one area a small shape is drawn inside, though no label point is in it', () => {
    expect(areasUnderShape([[3.1, 0.1], [3.2, 0.1], [3.15, 0.2]], SQUARES)).toEqual([3]);
  });

  it('covers nothing away from the areas, and nothing for fewer than three corners', () => {
    expect(areasUnderShape([[10, 10], [11, 10], [11, 11]], SQUARES)).toEqual([]);
    expect(areasUnderShape([[0.2, 0.1], [2.1, 0.1]], SQUARES)).toEqual([]);
  });

  it('reads a multi-part area by any of its parts', () => {
    const split: AreaGeometry = { type: 'MultiPolygon', coordinates: [[[[5, 5], [6, 5], [6, 6], [5, 6], [5, 5]]], [[[0, 2], [1, 2], [1, 3], [0, 3], [0, 2]]]] };
    expect(areasUnderShape([[0.1, 2.1], [0.3, 2.1], [0.2, 2.3]], [...SQUARES, split])).toEqual([4]);
  });
});
