import { describe, expect, it } from 'vitest';
import { binFromPValue, binFromZScore, HOTSPOT_BINS, hotspotBinInfo, NO_RESULT_BIN } from './hotspot-bins';

describe('hot spot bins', () => {
  it('classes z-scores at the critical values, inclusive', () => {
    expect([2.576, 2.5, 1.96, 1.7, 1.645, 1.6, 0, -1.645, -1.96, -3, NaN].map(binFromZScore)).toEqual([3, 2, 2, 1, 1, 0, 0, -1, -2, -3, NO_RESULT_BIN]);
  });

  it('classes p-values by the sign of z', () => {
    expect([binFromPValue(0.01, 3), binFromPValue(0.05, -2), binFromPValue(0.1, 1), binFromPValue(0.11, 5), binFromPValue(NaN, 1)]).toEqual([3, -2, 1, 0, NO_RESULT_BIN]);
  });

  it('lists seven legend rows from hottest to coldest with the red-to-blue ramp', () => {
    expect(HOTSPOT_BINS.map((info) => [info.bin, info.color, info.label])).toEqual([
      [3, '#d62f27', 'Hot spot – 99% confidence'],
      [2, '#ed7551', 'Hot spot – 95% confidence'],
      [1, '#fab984', 'Hot spot – 90% confidence'],
      [0, '#f0f0f0', 'Not significant'],
      [-1, '#c0ccbe', 'Cold spot – 90% confidence'],
      [-2, '#849eba', 'Cold spot – 95% confidence'],
      [-3, '#4575b5', 'Cold spot – 99% confidence'],
    ]);
    expect([hotspotBinInfo(-2)?.confidencePercent, hotspotBinInfo(NO_RESULT_BIN)]).toEqual([95, null]);
  });
});
