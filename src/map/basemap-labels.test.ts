import { describe, expect, it } from 'vitest';
import { layersToRaise } from './basemap-labels';

describe('basemap place names over the data', () => {
  it('raises the label layers when data layers were added after them, in their own order', () => {
    expect(layersToRaise(['background', 'basemap-sea', 'basemap-names', 'basemap-place', 'lsoas-fill', 'lsoas-line'], ['basemap-names', 'basemap-place'])).toEqual(['basemap-names', 'basemap-place']);
  });
  it('leaves them when they already end the order, or are not in the style', () => {
    expect([
      layersToRaise(['background', 'lsoas-fill', 'basemap-names', 'basemap-place'], ['basemap-names', 'basemap-place']),
      layersToRaise(['background', 'lsoas-fill'], ['basemap-names']),
      layersToRaise(['background', 'basemap-names', 'lsoas-fill'], []),
    ]).toEqual([[], [], []]);
  });
});
