import { describe, expect, it } from 'vitest';
import type { AreaFeature } from '../types';
import { areaKm2Values } from './area-size';
import { deepFreeze } from '../../test/helpers/freeze';

describe('areaKm2Values', () => {
  it('measures a 0.01° square at the equator as about 1.236 km² and a hole as excluded', () => {
    const square: AreaFeature = deepFreeze({
      type: 'Feature', id: 0, properties: {},
      geometry: { type: 'Polygon', coordinates: [[[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]]] },
    });
    const withHole: AreaFeature = deepFreeze({
      type: 'Feature', id: 1, properties: {},
      geometry: { type: 'Polygon', coordinates: [
        [[0, 0], [0.01, 0], [0.01, 0.01], [0, 0.01], [0, 0]],
        [[0.0025, 0.0025], [0.0025, 0.0075], [0.0075, 0.0075], [0.0075, 0.0025], [0.0025, 0.0025]],
      ] },
    });
    const [full, holed] = areaKm2Values([square, withHole]);
    // 0.01° of arc on turf's sphere (R = 6,371,008.8 m) is 1,111.95 m.
    expect(full).toBeCloseTo(1.2364, 3);
    expect(holed).toBeCloseTo(full * 0.75, 3);
  });
});
