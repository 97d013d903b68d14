import { describe, expect, it } from 'vitest';
import {
  DEFAULT_DIVERGING_PALETTE,
  DEFAULT_SEQUENTIAL_PALETTE,
  NO_DATA_COLOR,
  classColors,
  clampClassCount,
  getPalette,
  isPaletteId,
  listPalettes,
  paletteColors,
} from './palettes';

const SEQUENTIAL = [
  'Blues', 'Greens', 'Greys', 'Oranges', 'Purples', 'Reds', 'BuGn', 'BuPu', 'GnBu', 'OrRd', 'PuBu', 'PuBuGn',
  'PuRd', 'RdPu', 'YlGn', 'YlGnBu', 'YlOrBr', 'YlOrRd', 'Viridis', 'Cividis', 'Plasma',
];
const DIVERGING = ['RdBu', 'RdYlBu', 'PuOr', 'BrBG', 'PiYG', 'PRGn', 'RdYlGn', 'Spectral'];

function channels(hex: string): number[] {
  return [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
}

describe('palette registry', () => {
  it('lists every sequential and diverging palette in display order', () => {
    expect(listPalettes('sequential').map((p) => p.id)).toEqual(SEQUENTIAL);
    expect(listPalettes('diverging').map((p) => p.id)).toEqual(DIVERGING);
    expect(listPalettes().map((p) => p.id)).toEqual([...SEQUENTIAL, ...DIVERGING]);
  });

  it('flags only RdYlGn and Spectral as not colour-blind safe', () => {
    const unsafe = listPalettes().filter((p) => !p.colorBlindSafe).map((p) => p.id);
    expect(unsafe).toEqual(['RdYlGn', 'Spectral']);
  });

  it('has defaults that exist and are of the right kind', () => {
    expect([getPalette(DEFAULT_SEQUENTIAL_PALETTE).kind, getPalette(DEFAULT_DIVERGING_PALETTE).kind]).toEqual([
      'sequential',
      'diverging',
    ]);
    expect([isPaletteId('YlOrRd'), isPaletteId('Jet')]).toEqual([true, false]);
  });

  it('throws on an unknown palette id', () => {
    expect(() => getPalette('Jet')).toThrow(/Unknown palette id "Jet"/);
    expect(() => paletteColors('Jet', 5)).toThrow(/Unknown palette id/);
  });

  it('gives k distinct lowercase #rrggbb colours for every palette and k in 3..9', () => {
    for (const palette of listPalettes()) {
      for (let k = 3; k <= 9; k++) {
        const colors = palette.colors(k);
        expect(colors).toHaveLength(k);
        expect(new Set(colors).size).toBe(k);
        for (const color of colors) expect(color).toMatch(/^#[0-9a-f]{6}$/);
      }
    }
  });
});

describe('paletteColors', () => {
  it('returns the ColorBrewer scheme for k classes, low class first', () => {
    expect(paletteColors('Blues', 3)).toEqual(['#deebf7', '#9ecae1', '#3182bd']);
    expect(paletteColors('RdBu', 5)).toEqual(['#ca0020', '#f4a582', '#f7f7f7', '#92c5de', '#0571b0']);
  });

  it('reverses on request', () => {
    expect(paletteColors('Blues', 3, true)).toEqual(['#3182bd', '#9ecae1', '#deebf7']);
  });

  it('samples viridis-family interpolators evenly, oriented light (low) to dark (high)', () => {
    expect(paletteColors('Viridis', 3)).toEqual(['#fde725', '#21918c', '#440154']);
    expect(paletteColors('Cividis', 5)).toEqual(['#fdea45', '#bbaf71', '#7f7c75', '#3c4d6e', '#002051']);
  });

  it('clamps the class count to 3..9', () => {
    expect([2, 12, 4.6, Number.NaN].map((k) => paletteColors('Greens', k).length)).toEqual([3, 9, 5, 3]);
    expect([clampClassCount(0), clampClassCount(9.4), clampClassCount(Infinity)]).toEqual([3, 9, 3]);
  });

  it('returns a fresh array each call, so callers cannot corrupt the registry', () => {
    const first = paletteColors('Reds', 4);
    first.reverse();
    expect(paletteColors('Reds', 4)).toEqual(['#fee5d9', '#fcae91', '#fb6a4a', '#cb181d']);
  });
});

describe('classColors', () => {
  it('uses the ends or middle of the 3-class scheme for one or two classes', () => {
    expect(classColors('Blues', 0)).toEqual([]);
    expect(classColors('Blues', 1)).toEqual(['#9ecae1']);
    expect(classColors('Blues', 2)).toEqual(['#deebf7', '#3182bd']);
    expect(classColors('Blues', 2, true)).toEqual(['#3182bd', '#deebf7']);
    expect(classColors('Blues', 4)).toEqual(['#eff3ff', '#bdd7e7', '#6baed6', '#2171b5']);
  });
});

describe('NO_DATA_COLOR', () => {
  it('is a neutral grey more than 10 units per channel from every palette colour for 3..9 classes', () => {
    const [r, g, b] = channels(NO_DATA_COLOR);
    expect(r === g && g === b).toBe(true);
    const near: string[] = [];
    for (const palette of listPalettes()) {
      for (let k = 3; k <= 9; k++) {
        for (const color of palette.colors(k)) {
          const c = channels(color);
          if (Math.abs(c[0] - r) <= 10 && Math.abs(c[1] - g) <= 10 && Math.abs(c[2] - b) <= 10) near.push(`${palette.id}/${k}/${color}`);
        }
      }
    }
    expect(near).toEqual([]);
  });
});
