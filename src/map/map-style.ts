/**
 * The base map style: a plain background (works offline, nothing remote) or, when the user has given
 * one, their raster tile URL underneath. A full style URL is passed to MapLibre as-is.
 */
import type { StyleSpecification } from 'maplibre-gl';

export const BACKGROUND_COLOR = '#eef1f4';

/** True when `url` is a raster tile template ({z}/{x}/{y}) rather than a style document. */
export function isTileTemplate(url: string): boolean {
  return /\{z\}/.test(url) && /\{x\}/.test(url) && /\{y\}/.test(url);
}

/** A style object for a background-only map, optionally with a raster basemap from a tile template. */
export function buildBaseStyle(tileTemplate?: string): StyleSpecification {
  const style: StyleSpecification = {
    version: 8,
    sources: {},
    layers: [{ id: 'background', type: 'background', paint: { 'background-color': BACKGROUND_COLOR } }],
  };
  if (tileTemplate) {
    style.sources.basemap = { type: 'raster', tiles: [tileTemplate], tileSize: 256 };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  }
  return style;
}

/** What to hand to MapLibre's `mapStyle` for the user's basemap setting (empty = offline background). */
export function resolveMapStyle(basemapUrl: string): StyleSpecification | string {
  if (!basemapUrl) return buildBaseStyle();
  return isTileTemplate(basemapUrl) ? buildBaseStyle(basemapUrl) : basemapUrl;
}
