import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { hilbertCode, hilbertCodes, sortByKey } from './hilbert';

describe('hilbertCode', () => {
  it('walks the lower-left 64 × 64 block as one unbroken path of codes 0 … 4095', () => {
    const cells: { code: number; x: number; y: number }[] = [];
    for (let x = 0; x < 64; x++) for (let y = 0; y < 64; y++) cells.push({ code: hilbertCode(x, y), x, y });
    cells.sort((a, b) => a.code - b.code);
    expect(cells.map((cell) => cell.code)).toEqual(Array.from({ length: 4096 }, (_, i) => i));
    const steps = cells.slice(1).map((cell, i) => Math.abs(cell.x - cells[i].x) + Math.abs(cell.y - cells[i].y));
    expect(new Set(steps)).toEqual(new Set([1]));
  });

  it('gives distinct unsigned 32-bit codes to distinct cells of the full grid', () => {
    fc.assert(fc.property(fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }), fc.integer({ min: 0, max: 65535 }), (x1, y1, x2, y2) => {
      const a = hilbertCode(x1, y1);
      const b = hilbertCode(x2, y2);
      expect(a >= 0 && a <= 0xffffffff).toBe(true);
      expect(a === b).toBe(x1 === x2 && y1 === y2);
    }));
  });
});

describe('sortByKey', () => {
  it('returns a stable ascending order of any unsigned 32-bit keys, with keys and coordinates in that order', () => {
    fc.assert(fc.property(fc.array(fc.integer({ min: 0, max: 0xffffffff }), { maxLength: 300 }), (values) => {
      const expected = values.map((key, index) => ({ key, index })).sort((a, b) => a.key - b.key || a.index - b.index);
      const keys = Uint32Array.from(values);
      const lng = Float64Array.from(values, (_, index) => index / 2);
      const lat = Float64Array.from(values, (_, index) => -index);
      const sorted = sortByKey(keys, lng, lat);
      expect({ ...sorted, unchanged: Array.from(keys) }).toEqual({
        order: Uint32Array.from(expected.map((item) => item.index)),
        sortedKeys: Uint32Array.from(expected.map((item) => item.key)),
        sortedLng: Float64Array.from(expected.map((item) => item.index / 2)),
        sortedLat: Float64Array.from(expected.map((item) => -item.index)),
        unchanged: values,
      });
    }));
  });
});

describe('hilbertCodes', () => {
  it('lays the curve over the bbox, clamping points outside it and NaN to the minimum', () => {
    const lng = Float64Array.from([0, 0, 1, 1, -5, 1e300, NaN]);
    const lat = Float64Array.from([0, 1, 1, 0, 0.5, 0, 1]);
    expect(Array.from(hilbertCodes(lng, lat, [0, 0, 1, 1]))).toEqual([
      hilbertCode(0, 0), hilbertCode(0, 65535), hilbertCode(65535, 65535), hilbertCode(65535, 0),
      hilbertCode(0, 32767), hilbertCode(65535, 0), hilbertCode(0, 65535),
    ]);
    // The curve starts at the south-west corner and ends at the south-east one.
    expect([hilbertCode(0, 0), hilbertCode(65535, 0)]).toEqual([0, 0xffffffff]);
  });
});
