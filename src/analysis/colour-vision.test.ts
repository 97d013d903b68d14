import { describe, expect, it } from 'vitest';
import { closestPair, deltaE, labAsSeen } from './colour-vision';
import { DEFAULT_DIVERGING_PALETTE, DEFAULT_SEQUENTIAL_PALETTE, paletteColors } from './palettes';

const DEFICIENCIES = ['protanopia', 'deuteranopia', 'tritanopia'] as const;

describe('colour vision', () => {
  it('gives white and black their CIELAB lightness, and greys unchanged by any simulation', () => {
    expect(labAsSeen('#ffffff')[0]).toBeCloseTo(100, 1);
    expect(labAsSeen('#000000')[0]).toBeCloseTo(0, 5);
    for (const vision of DEFICIENCIES) expect(deltaE('#808080', '#808080', vision)).toBeCloseTo(0, 5);
    for (const vision of DEFICIENCIES) expect(labAsSeen('#aaaaaa', vision)[0]).toBeCloseTo(labAsSeen('#aaaaaa')[0], 0);
  });
  it('shows the classic red–green confusion: far apart normally, close with deuteranopia', () => {
    expect(deltaE('#d7301f', '#4daf4a')).toBeGreaterThan(80);
    expect(deltaE('#d7301f', '#4daf4a', 'deuteranopia')).toBeLessThan(deltaE('#d7301f', '#4daf4a') / 2);
  });
  it('keeps the default palettes\' classes apart for every colour vision (ΔE ≥ 10 at 5 classes)', () => {
    for (const id of [DEFAULT_SEQUENTIAL_PALETTE, DEFAULT_DIVERGING_PALETTE]) {
      for (const vision of ['normal', ...DEFICIENCIES] as const) expect(closestPair(paletteColors(id, 5), vision), `${id} ${vision}`).toBeGreaterThanOrEqual(10);
    }
  });
});
