import { describe, expect, it } from 'vitest';
import { robustBBox } from './robust-bbox';

describe('robustBBox', () => {
  it('ignores a stray point far away while keeping the cluster', () => {
    const lng = new Float64Array(1000).map((_, i) => -3.2 + (i % 100) * 0.001);
    const lat = new Float64Array(1000).map((_, i) => 51.6 + Math.floor(i / 100) * 0.001);
    lng[0] = 1.4;
    lat[0] = 55.1;
    const [minLng, minLat, maxLng, maxLat] = robustBBox(lng, lat);
    expect(maxLng).toBeLessThan(-3.09);
    expect(maxLat).toBeLessThan(51.61);
    expect(minLng).toBeCloseTo(-3.2, 2);
    expect(minLat).toBeCloseTo(51.6, 3);
  });
  it('is the full extent with no trimming', () => {
    expect(robustBBox(new Float64Array([0, 2, 1]), new Float64Array([5, 3, 4]), 0)).toEqual([0, 3, 2, 5]);
  });
});
