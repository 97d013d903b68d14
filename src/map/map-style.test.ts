import { describe, expect, it } from 'vitest';
import type { LocalBasemap } from '../types';
import { BACKGROUND_COLOR, buildBaseStyle, isTileTemplate, resolveMapStyle } from './map-style';
import { BASEMAP_COLORS, buildBasemapLabelLayers, buildVectorBasemapLayers } from './basemap-vector-style';

const local = (tileKind: 'vector' | 'raster', vectorLayers: string[] = []): LocalBasemap => ({
  fileName: 'zoomstack.pmtiles', tileKind, minZoom: 4, maxZoom: 14, bounds: [-8, 49, 2, 61], vectorLayers,
});

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
  it('asks a WMS address for 256-pixel Web Mercator tiles through the same raster basemap', () => {
    const style = resolveMapStyle('http://127.0.0.1:9000/wms?SERVICE=WMS&LAYERS=roads');
    expect(typeof style !== 'string' && style.sources.basemap).toEqual({
      type: 'raster', tileSize: 256,
      tiles: ['http://127.0.0.1:9000/wms?LAYERS=roads&VERSION=1.3.0&FORMAT=image/png&STYLES=&SERVICE=WMS&REQUEST=GetMap&CRS=EPSG:3857&WIDTH=256&HEIGHT=256&BBOX={bbox-epsg-3857}'],
    });
  });
  it('draws nothing remote for an address the settings would refuse', () => {
    expect([resolveMapStyle('ftp://tiles.example.org/{z}/{x}/{y}.png'), resolveMapStyle('https://a.gov.uk/wms?SERVICE=WMS')]).toEqual([buildBaseStyle(), buildBaseStyle()]);
  });
  it('hands a style document URL to MapLibre as it is', () => {
    expect(resolveMapStyle('https://styles.example.org/style.json')).toBe('https://styles.example.org/style.json');
  });
  it('draws a local raster PMTiles file from its pmtiles:// tiles, within its zooms and extent, before any typed address', () => {
    const style = resolveMapStyle('https://tiles.example.org/{z}/{x}/{y}.png', { basemap: local('raster'), tilesUrl: 'pmtiles://local-basemap-1/{z}/{x}/{y}' });
    expect(typeof style !== 'string' && [style.sources.basemap, style.layers.map((l) => l.id)]).toEqual([
      { type: 'raster', tileSize: 256, tiles: ['pmtiles://local-basemap-1/{z}/{x}/{y}'], minzoom: 4, maxzoom: 14, bounds: [-8, 49, 2, 61] },
      ['background', 'basemap'],
    ]);
  });
  it('styles a local vector PMTiles file with the layers its tiles have, place names kept for over the data', () => {
    const style = resolveMapStyle('', { basemap: local('vector', ['sea', 'roads', 'names', 'contours']), tilesUrl: 'pmtiles://local-basemap-2/{z}/{x}/{y}' });
    expect(typeof style !== 'string' && style.layers.map((l) => l.id)).toEqual(['background', 'basemap-sea', 'basemap-roads-casing', 'basemap-roads', 'basemap-names']);
  });
});

describe('vector basemap style', () => {
  it('draws OS Open Zoomstack’s layers in drawing order: land under water under roads under boundaries', () => {
    const zoomstack = ['boundaries', 'buildings', 'contours', 'etl', 'foreshore', 'greenspaces', 'names', 'national_parks', 'rail', 'roads', 'sea', 'sites', 'surfacewater', 'urban_areas', 'waterlines', 'woodland'];
    expect(buildVectorBasemapLayers(zoomstack, 'en').map((l) => l.id)).toEqual([
      'basemap-urban_areas', 'basemap-sites', 'basemap-national_parks', 'basemap-greenspaces', 'basemap-woodland',
      'basemap-sea', 'basemap-surfacewater', 'basemap-foreshore', 'basemap-waterlines', 'basemap-buildings', 'basemap-rail',
      'basemap-roads-casing', 'basemap-roads', 'basemap-boundaries',
    ]);
    expect(buildBasemapLabelLayers(zoomstack, 'en').map((l) => l.id)).toEqual(['basemap-names']);
  });
  it('falls back to the OpenMapTiles and Protomaps layer names', () => {
    expect(buildVectorBasemapLayers(['water', 'transportation', 'place', 'boundary'], 'en').map((l) => l.id)).toEqual(['basemap-water', 'basemap-transportation-casing', 'basemap-transportation', 'basemap-boundary']);
    expect(buildVectorBasemapLayers(['earth', 'water', 'roads', 'places'], 'en').map((l) => l.id)).toEqual(['basemap-earth', 'basemap-water', 'basemap-roads-casing', 'basemap-roads']);
  });
  it('outlines every layer thinly when it knows none of their names, so an unusual archive still shows', () => {
    expect(buildVectorBasemapLayers(['parcels'], 'en')).toEqual([{ id: 'basemap-parcels', type: 'line', source: 'basemap', 'source-layer': 'parcels', paint: { 'line-color': BASEMAP_COLORS.boundary, 'line-width': 0.75 } }]);
  });
  it('words place names in Welsh where the tiles have them, with a halo and the browser’s own fonts', () => {
    const [label] = buildBasemapLabelLayers(['place'], 'cy');
    expect(label.type === 'symbol' && [label.layout?.['text-field'], label.paint?.['text-halo-width']]).toEqual([
      ['coalesce', ['get', 'name:cy'], ['get', 'name_cy'], ['coalesce', ['get', 'name1'], ['get', 'name:en'], ['get', 'name_en'], ['get', 'name'], '']],
      1.5,
    ]);
  });
});
