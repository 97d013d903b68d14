/**
 * A quiet default style for a vector basemap from a local PMTiles file: land, water, green space, built-up
 * areas, roads, rail, boundaries and place names, in pale greys, blues and greens under the choropleth, so
 * the data keeps every strong colour. Layers are drawn only for the tile layers the archive has: OS Open
 * Zoomstack's names first (sea, surfacewater, roads, names…), then the generic OpenMapTiles and Protomaps
 * names (water, transportation, place; earth, roads, places). Labels use the browser's own fonts (no glyphs
 * URL: MapLibre then draws text locally), so the style works offline.
 */
import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';

export const BASEMAP_COLORS = {
  land: '#f4f3ef',
  water: '#c9dbe8',
  green: '#e2ebdc',
  urban: '#e8e6e1',
  building: '#dcd9d3',
  road: '#ffffff',
  roadCasing: '#cfccc5',
  rail: '#b9b6b0',
  boundary: '#a6a3a9',
  label: '#4a4d52',
  labelHalo: '#ffffff',
} as const;

type Kind = 'land' | 'water' | 'waterline' | 'green' | 'urban' | 'building' | 'road' | 'rail' | 'boundary' | 'place';

/** Tile layer names by what they hold, in drawing order. Zoomstack's first, then OpenMapTiles', then Protomaps'. */
const LAYER_KINDS: [Kind, string[]][] = [
  ['land', ['land', 'earth']],
  ['urban', ['urban_areas', 'landuse', 'sites']],
  ['green', ['national_parks', 'greenspace', 'greenspaces', 'woodland', 'landcover', 'park', 'natural']],
  ['water', ['sea', 'surfacewater', 'foreshore', 'water']],
  ['waterline', ['waterlines', 'waterway']],
  ['building', ['buildings', 'local_buildings', 'building']],
  ['rail', ['rail', 'railway']],
  ['road', ['roads', 'transportation']],
  ['boundary', ['boundaries', 'boundary']],
  ['place', ['names', 'place', 'places']],
];

/** The place name in the interface language where the tiles carry one (OpenMapTiles' name:cy), else the name. */
function placeName(locale: string): ExpressionSpecification {
  const english: ExpressionSpecification = ['coalesce', ['get', 'name1'], ['get', 'name:en'], ['get', 'name_en'], ['get', 'name'], ''];
  return locale === 'cy' ? ['coalesce', ['get', 'name:cy'], ['get', 'name_cy'], english] : english;
}

function layersOf(kind: Kind, sourceLayer: string, locale: string): LayerSpecification[] {
  const id = `basemap-${sourceLayer}`;
  const base = { source: 'basemap', 'source-layer': sourceLayer } as const;
  const polygons: ExpressionSpecification = ['==', ['geometry-type'], 'Polygon'];
  const lines: ExpressionSpecification = ['==', ['geometry-type'], 'LineString'];
  switch (kind) {
    case 'land':
    case 'urban':
    case 'green':
    case 'water':
    case 'building': {
      const color = BASEMAP_COLORS[kind];
      return [{ id, type: 'fill', ...base, filter: polygons, ...(kind === 'building' ? { minzoom: 14 } : {}), paint: { 'fill-color': color } }];
    }
    case 'waterline':
      return [{ id, type: 'line', ...base, filter: lines, paint: { 'line-color': BASEMAP_COLORS.water, 'line-width': ['interpolate', ['linear'], ['zoom'], 8, 0.5, 14, 2] } }];
    case 'rail':
      return [{ id, type: 'line', ...base, filter: lines, minzoom: 9, paint: { 'line-color': BASEMAP_COLORS.rail, 'line-width': 1, 'line-dasharray': [3, 2] } }];
    case 'road': {
      const width: ExpressionSpecification = ['interpolate', ['exponential', 1.6], ['zoom'], 7, 0.5, 12, 2, 16, 8];
      return [
        { id: `${id}-casing`, type: 'line', ...base, filter: lines, minzoom: 9, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLORS.roadCasing, 'line-width': ['+', width, 1.5] } },
        { id, type: 'line', ...base, filter: lines, layout: { 'line-join': 'round', 'line-cap': 'round' }, paint: { 'line-color': BASEMAP_COLORS.road, 'line-width': width } },
      ];
    }
    case 'boundary':
      return [{ id, type: 'line', ...base, filter: lines, paint: { 'line-color': BASEMAP_COLORS.boundary, 'line-width': 1, 'line-dasharray': [4, 2] } }];
    case 'place':
      return [{
        id, type: 'symbol', ...base, filter: ['==', ['geometry-type'], 'Point'],
        layout: {
          'text-field': placeName(locale),
          'text-font': ['Liberation Sans', 'Arial', 'sans-serif'],
          'text-size': ['interpolate', ['linear'], ['zoom'], 8, 11, 14, 15],
          'text-max-width': 8,
          'text-padding': 4,
        },
        paint: { 'text-color': BASEMAP_COLORS.label, 'text-halo-color': BASEMAP_COLORS.labelHalo, 'text-halo-width': 1.5 },
      }];
  }
}

function knownLayers(vectorLayers: readonly string[]): (readonly [Kind, string])[] {
  return LAYER_KINDS.flatMap(([kind, names]) => names.filter((name) => vectorLayers.includes(name)).map((name) => [kind, name] as const));
}

/**
 * The style layers under the data for a vector basemap whose tiles hold `vectorLayers`, reading the source
 * `basemap` (place names apart: see buildBasemapLabelLayers). An archive with none of the known layer names
 * gets a thin outline of every layer, so it still shows something.
 */
export function buildVectorBasemapLayers(vectorLayers: readonly string[], locale: string): LayerSpecification[] {
  const known = knownLayers(vectorLayers);
  if (!known.length) {
    return vectorLayers.map((name) => ({ id: `basemap-${name}`, type: 'line', source: 'basemap', 'source-layer': name, paint: { 'line-color': BASEMAP_COLORS.boundary, 'line-width': 0.75 } }));
  }
  return known.filter(([kind]) => kind !== 'place').flatMap(([kind, name]) => layersOf(kind, name, locale));
}

/** The basemap's place-name layers, drawn over the choropleth (a name under a coloured fill is hard to read). */
export function buildBasemapLabelLayers(vectorLayers: readonly string[], locale: string): LayerSpecification[] {
  return knownLayers(vectorLayers).filter(([kind]) => kind === 'place').flatMap(([kind, name]) => layersOf(kind, name, locale));
}
