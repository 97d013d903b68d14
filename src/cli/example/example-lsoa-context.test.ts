import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lngLatToPlane } from './example-lsoa-context';
import { planeToLngLat } from './plane';
import { REGION_ORIGIN } from './region';

describe('lngLatToPlane', () => {
  it('undoes planeToLngLat to within its 6-decimal rounding (~0.1 m)', () => {
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -12, max: 12, noNaN: true }), (x, y) => {
        const [backX, backY] = lngLatToPlane(planeToLngLat([x, y], REGION_ORIGIN), REGION_ORIGIN);
        return Math.abs(backX - x) < 1e-4 && Math.abs(backY - y) < 1e-4;
      }),
    );
  });

  it('puts the origin at 0, 0', () => {
    expect(lngLatToPlane(REGION_ORIGIN, REGION_ORIGIN)).toEqual([0, 0]);
  });
});
