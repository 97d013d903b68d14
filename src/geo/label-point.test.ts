import { describe, expect, it } from 'vitest';
import { booleanPointInPolygon } from '@turf/turf';
import type { MultiPolygon } from 'geojson';
import { labelPoint } from './label-point';

describe('labelPoint', () => {
  it('puts the label inside a C-shaped area, not at its (outside) centroid', () => {
    const cShape = { type: 'Polygon' as const, coordinates: [[[0, 0], [3, 0], [3, 1], [1, 1], [1, 2], [3, 2], [3, 3], [0, 3], [0, 0]]] };
    const point = labelPoint(cShape, 0.001);
    expect(booleanPointInPolygon(point, cShape)).toBe(true);
  });

  it('uses the largest part of a multipolygon', () => {
    const geometry: MultiPolygon = { type: 'MultiPolygon', coordinates: [
      [[[10, 10], [10.1, 10], [10.1, 10.1], [10, 10.1], [10, 10]]],
      [[[0, 0], [2, 0], [2, 2], [0, 2], [0, 0]]],
    ] };
    const [lng, lat] = labelPoint(geometry, 0.001);
    expect(lng).toBeCloseTo(1, 1);
    expect(lat).toBeCloseTo(1, 1);
  });
});
