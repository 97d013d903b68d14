import { describe, expect, it } from 'vitest';
import { HEATMAP_RAMP } from './overlay-styles';
import { classColors, listPalettes, MAX_CLASS_COUNT, MIN_CLASS_COUNT } from './palettes';

const rgb = (hex: string) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
const distance = (a: string, b: string) => Math.hypot(...rgb(a).map((v, i) => v - rgb(b)[i]));

describe('heatmap ramp', () => {
  it('shares no colour with any choropleth palette at any class count', () => {
    let nearest = Infinity;
    for (const palette of listPalettes()) {
      for (let count = MIN_CLASS_COUNT; count <= MAX_CLASS_COUNT; count++) {
        for (const colour of classColors(palette.id, count)) {
          for (const heat of HEATMAP_RAMP) nearest = Math.min(nearest, distance(heat, colour));
        }
      }
    }
    expect(nearest).toBeGreaterThanOrEqual(45);
  });

  it('runs from pale cyan to magenta', () => {
    expect(HEATMAP_RAMP[0]).toBe('#8ef6ff');
    expect(HEATMAP_RAMP[HEATMAP_RAMP.length - 1]).toBe('#ff3ec8');
  });
});
