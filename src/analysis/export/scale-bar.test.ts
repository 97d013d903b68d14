import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { metresPerCssPixel, niceScaleBar } from './scale-bar';

describe('metresPerCssPixel', () => {
  it('matches MapLibre 512 px tiles at several latitudes and zooms', () => {
    expect(metresPerCssPixel(0, 0)).toBeCloseTo(78271.517, 3);
    expect(metresPerCssPixel(60, 10)).toBeCloseTo(38.2185, 4);
    expect(metresPerCssPixel(51.5, 12)).toBeCloseTo(11.8958, 4);
    expect(metresPerCssPixel(53.5, 5.2)).toBeCloseTo(1266.588, 3);
    // Each zoom step halves the ground distance of a pixel.
    expect(metresPerCssPixel(51.5, 13)).toBeCloseTo(metresPerCssPixel(51.5, 12) / 2, 9);
  });
});

describe('niceScaleBar', () => {
  it('picks the longest 1/2/5 × 10ⁿ length that fits, in km from 1000 m', () => {
    // Equator, zoom 0, 100 px: 7 827 km fit, so 5 000 km.
    expect(niceScaleBar(metresPerCssPixel(0, 0), 100)).toEqual({ lengthM: 5_000_000, lengthPx: expect.closeTo(63.88, 2), value: 5000, unit: 'km' });
    // 60° N, zoom 10, 150 px: 5 733 m fit, so 5 km.
    expect(niceScaleBar(metresPerCssPixel(60, 10), 150)).toEqual({ lengthM: 5000, lengthPx: expect.closeTo(130.83, 2), value: 5, unit: 'km' });
    // 51.5° N, zoom 12, 150 px: 1 784 m fit, so 1 km.
    expect(niceScaleBar(metresPerCssPixel(51.5, 12), 150)).toEqual({ lengthM: 1000, lengthPx: expect.closeTo(84.06, 2), value: 1, unit: 'km' });
    // 51.6° N, zoom 14.5, 200 px: 420 m fit, so 200 m.
    expect(niceScaleBar(metresPerCssPixel(51.6, 14.5), 200)).toEqual({ lengthM: 200, lengthPx: expect.closeTo(95.32, 2), value: 200, unit: 'm' });
  });

  it('at a print resolution the same ground length takes proportionally more device pixels', () => {
    const screen = niceScaleBar(metresPerCssPixel(53.5, 11), 150);
    const print = niceScaleBar(metresPerCssPixel(53.5, 11) / 3.125, 150 * 3.125);
    expect(print?.lengthM).toBe(screen?.lengthM);
    expect(print?.lengthPx).toBeCloseTo((screen?.lengthPx ?? 0) * 3.125, 6);
  });

  it('refuses nonsense inputs', () => {
    expect(niceScaleBar(0, 100)).toBeNull();
    expect(niceScaleBar(10, 0)).toBeNull();
    expect(niceScaleBar(Number.NaN, 100)).toBeNull();
    expect(niceScaleBar(1e-6, 100)).toBeNull();
  });

  it('property: the bar fits, is a round number and is more than a third of the space', () => {
    fc.assert(fc.property(fc.double({ min: -80, max: 80, noNaN: true }), fc.double({ min: 0, max: 20, noNaN: true }), fc.double({ min: 40, max: 2000, noNaN: true }), (lat, zoom, maxPx) => {
      const bar = niceScaleBar(metresPerCssPixel(lat, zoom), maxPx);
      if (!bar) return;
      expect(bar.lengthPx).toBeLessThanOrEqual(maxPx * (1 + 1e-9));
      expect(bar.lengthPx).toBeGreaterThan(maxPx / 2.5 - 1e-9);
      const mantissa = bar.lengthM / 10 ** Math.floor(Math.log10(bar.lengthM) + 1e-12);
      expect([1, 2, 5].some((m) => Math.abs(mantissa - m) < 1e-9)).toBe(true);
    }));
  });
});
