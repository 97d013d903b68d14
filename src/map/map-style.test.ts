import { describe, expect, it } from 'vitest';
import { BACKGROUND_COLOR, buildBaseStyle, isTileTemplate, resolveMapStyle } from './map-style';

describe('map style', () => {
  it('is a plain background with nothing remote by default', () => {
    expect(resolveMapStyle('')).toEqual({ version: 8, sources: {}, layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }] });
  });
  it('puts a raster tile template under the data as a basemap', () => {
    const url = 'https://tiles.example.org/{z}/{x}/{y}.png';
    expect(isTileTemplate(url)).toBe(true);
    expect(resolveMapStyle(url)).toEqual(buildBaseStyle(url));
    expect(buildBaseStyle(url).layers.map((l) => l.id)).toEqual(['background', 'basemap']);
  });
  it('hands a style document URL to MapLibre as it is', () => {
    expect(resolveMapStyle('https://styles.example.org/style.json')).toBe('https://styles.example.org/style.json');
  });
});
