/**
 * The base map style: a plain background (works offline, nothing remote); or, when the user has chosen one,
 * a basemap underneath: a local PMTiles file (vector with the default style, or raster), an XYZ raster
 * template, or a WMS address requested as tiles. A full style URL is passed to MapLibre as-is.
 */
import type { StyleSpecification } from 'maplibre-gl';
import type { LocalBasemap } from '../types';
import { readBasemapAddress } from '../analysis/basemap-address';
import { buildBasemapLabelLayers, buildVectorBasemapLayers } from './basemap-vector-style';

export { isTileTemplate } from '../analysis/basemap-address';

export const BACKGROUND_COLOR = '#eef1f4';

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

/** A local PMTiles basemap whose tiles MapLibre reads at `tilesUrl` (pmtiles://…/{z}/{x}/{y}, see pmtiles-protocol). */
export interface LocalBasemapSource {
  basemap: LocalBasemap;
  tilesUrl: string;
}

/** The style for a local PMTiles basemap: its tiles over the background, within the archive's zooms and extent. */
export function buildLocalBasemapStyle({ basemap, tilesUrl }: LocalBasemapSource, locale: string): StyleSpecification {
  const style = buildBaseStyle();
  const extent = { tiles: [tilesUrl], minzoom: basemap.minZoom, maxzoom: basemap.maxZoom, bounds: basemap.bounds, ...(basemap.attribution ? { attribution: basemap.attribution } : {}) };
  if (basemap.tileKind === 'raster') {
    style.sources.basemap = { type: 'raster', tileSize: 256, ...extent };
    style.layers.push({ id: 'basemap', type: 'raster', source: 'basemap' });
  } else {
    style.sources.basemap = { type: 'vector', ...extent };
    // Place names come last; the map keeps them over the data layers it adds (see basemap-labels).
    style.layers.push(...buildVectorBasemapLayers(basemap.vectorLayers, locale), ...buildBasemapLabelLayers(basemap.vectorLayers, locale));
  }
  return style;
}

/**
 * What to hand to MapLibre's `mapStyle`: a local PMTiles basemap when one is chosen, else the typed address
 * (an XYZ or WMS tile template under the data, or a style document), else the offline background. An
 * address the settings form would refuse draws nothing remote.
 */
export function resolveMapStyle(basemapUrl: string, local?: LocalBasemapSource | null, locale = 'en'): StyleSpecification | string {
  if (local) return buildLocalBasemapStyle(local, locale);
  const address = readBasemapAddress(basemapUrl);
  switch (address.kind) {
    case 'xyz':
    case 'wms':
      return buildBaseStyle(address.template);
    case 'style':
      return address.url;
    case 'none':
    case 'invalid':
      return buildBaseStyle();
  }
}
