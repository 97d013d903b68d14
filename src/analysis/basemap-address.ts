/**
 * What a basemap address the user typed is, and the tile URL MapLibre asks for: an XYZ template, a MapLibre
 * style document, or a WMS GetMap address (OGC WMS 1.1.1/1.3.0), requested as 256-pixel tiles in Web
 * Mercator with MapLibre's `{bbox-epsg-3857}` placeholder. Pure, so the settings form and the map agree.
 */

/** The kinds of basemap address, and why one is refused. */
export type BasemapAddress =
  | { kind: 'none' }
  | { kind: 'xyz'; template: string }
  | { kind: 'wms'; template: string }
  | { kind: 'style'; url: string }
  | { kind: 'invalid'; reason: 'not-http' | 'wms-no-layers' };

/** True when `url` is a raster tile template ({z}/{x}/{y}) rather than a style document. */
export function isTileTemplate(url: string): boolean {
  return /\{z\}/.test(url) && /\{x\}/.test(url) && /\{y\}/.test(url);
}

/** Query parameters in the order written, names as written (WMS names are case-insensitive). */
function queryPairs(query: string): [string, string][] {
  return query.split('&').filter(Boolean).map((pair) => {
    const at = pair.indexOf('=');
    return at < 0 ? [pair, ''] : [pair.slice(0, at), pair.slice(at + 1)];
  });
}

/** True when the address names a WMS: a SERVICE=WMS or REQUEST=GetMap parameter, or the bbox placeholder. */
export function isWmsAddress(url: string): boolean {
  if (url.includes('{bbox-epsg-3857}')) return true;
  const query = url.split('?')[1] ?? '';
  return queryPairs(query).some(([name, value]) => (name.toUpperCase() === 'SERVICE' && value.toUpperCase() === 'WMS') || (name.toUpperCase() === 'REQUEST' && value.toUpperCase() === 'GETMAP'));
}

/** The parameters every tile request fixes: the tile grid is MapLibre's, whatever the address said. */
const TILE_PARAMETERS = ['SERVICE', 'REQUEST', 'WIDTH', 'HEIGHT', 'BBOX', 'CRS', 'SRS'];

/**
 * A GetMap tile template from a WMS address with at least LAYERS: keeps the server's own parameters
 * (LAYERS, STYLES, FORMAT, VERSION, TRANSPARENT, keys), defaults VERSION 1.3.0, FORMAT image/png and
 * empty STYLES, and sets the grid (EPSG:3857, 256×256, `{bbox-epsg-3857}`). Null when LAYERS is missing.
 * In 1.3.0 EPSG:3857 keeps x,y axis order, so the same bbox serves both versions.
 */
export function wmsTileTemplate(url: string): string | null {
  const [base, query = ''] = url.split('?', 2);
  const kept = queryPairs(query).filter(([name]) => !TILE_PARAMETERS.includes(name.toUpperCase()));
  const value = (name: string) => kept.find(([key]) => key.toUpperCase() === name)?.[1];
  if (!value('LAYERS')) return null;
  const version = value('VERSION') ?? '1.3.0';
  const added: [string, string][] = [];
  if (value('VERSION') === undefined) added.push(['VERSION', version]);
  if (value('FORMAT') === undefined) added.push(['FORMAT', 'image/png']);
  if (value('STYLES') === undefined) added.push(['STYLES', '']);
  const grid: [string, string][] = [
    ['SERVICE', 'WMS'], ['REQUEST', 'GetMap'], [version.startsWith('1.3') ? 'CRS' : 'SRS', 'EPSG:3857'],
    ['WIDTH', '256'], ['HEIGHT', '256'], ['BBOX', '{bbox-epsg-3857}'],
  ];
  return `${base}?${[...kept, ...added, ...grid].map(([name, v]) => `${name}=${v}`).join('&')}`;
}

/** Reads a typed basemap address: empty is none; anything else must be http(s). */
export function readBasemapAddress(typed: string): BasemapAddress {
  const url = typed.trim();
  if (!url) return { kind: 'none' };
  if (!/^https?:\/\//i.test(url)) return { kind: 'invalid', reason: 'not-http' };
  if (isWmsAddress(url)) {
    const template = wmsTileTemplate(url);
    return template ? { kind: 'wms', template } : { kind: 'invalid', reason: 'wms-no-layers' };
  }
  return isTileTemplate(url) ? { kind: 'xyz', template: url } : { kind: 'style', url };
}
