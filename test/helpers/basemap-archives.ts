/**
 * Small PMTiles basemaps for tests, made at test time (nothing binary is committed): a vector archive cut
 * from GeoJSON layers with geojson-vt and encoded with vt-pbf, and a raster archive of flat-colour PNG tiles.
 */
import GeoJSONVT from 'geojson-vt';
import { fromGeojsonVt } from 'vt-pbf';
import { PNG } from 'pngjs';
import type { FeatureCollection } from 'geojson';
import { writePmtiles, type WrittenTile } from './pmtiles-writer';

type Bounds = [number, number, number, number];

/** The tile column and row holding a WGS84 position at zoom z (Web Mercator, XYZ scheme). */
export function tileOf(lng: number, lat: number, z: number): [number, number] {
  const n = 2 ** z;
  const x = Math.floor(((lng + 180) / 360) * n);
  const rad = (lat * Math.PI) / 180;
  const y = Math.floor(((1 - Math.log(Math.tan(rad) + 1 / Math.cos(rad)) / Math.PI) / 2) * n);
  return [Math.min(n - 1, Math.max(0, x)), Math.min(n - 1, Math.max(0, y))];
}

/** Every tile over `bounds` for each zoom from minZoom to maxZoom. */
function tilesOver(bounds: Bounds, minZoom: number, maxZoom: number): [number, number, number][] {
  const out: [number, number, number][] = [];
  for (let z = minZoom; z <= maxZoom; z++) {
    const [minX, minY] = tileOf(bounds[0], bounds[3], z);
    const [maxX, maxY] = tileOf(bounds[2], bounds[1], z);
    for (let x = minX; x <= maxX; x++) for (let y = minY; y <= maxY; y++) out.push([z, x, y]);
  }
  return out;
}

/** The WGS84 extent of some feature collections. */
export function boundsOf(collections: FeatureCollection[]): Bounds {
  const bounds: Bounds = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (value: unknown): void => {
    if (Array.isArray(value) && typeof value[0] === 'number') {
      const [lng, lat] = value as number[];
      bounds[0] = Math.min(bounds[0], lng);
      bounds[1] = Math.min(bounds[1], lat);
      bounds[2] = Math.max(bounds[2], lng);
      bounds[3] = Math.max(bounds[3], lat);
    } else if (Array.isArray(value)) value.forEach(visit);
  };
  for (const collection of collections) for (const feature of collection.features) if (feature.geometry && 'coordinates' in feature.geometry) visit(feature.geometry.coordinates);
  return bounds;
}

/** A vector PMTiles archive with one tile layer per entry of `layers`, zooms minZoom–maxZoom. */
export function vectorArchive(layers: Record<string, FeatureCollection>, minZoom: number, maxZoom: number): Uint8Array<ArrayBuffer> {
  const indexes = Object.entries(layers).map(([name, data]) => [name, new GeoJSONVT(data, { maxZoom, indexMaxZoom: maxZoom, tolerance: 3, buffer: 64 })] as const);
  const bounds = boundsOf(Object.values(layers));
  const tiles: WrittenTile[] = [];
  for (const [z, x, y] of tilesOver(bounds, minZoom, maxZoom)) {
    const found = Object.fromEntries(indexes.flatMap(([name, index]) => {
      const tile = index.getTile(z, x, y);
      return tile && tile.features.length ? [[name, tile]] : [];
    }));
    if (Object.keys(found).length) tiles.push({ z, x, y, bytes: fromGeojsonVt(found, { version: 2 }) });
  }
  const metadata = { name: 'test basemap', attribution: 'Test tiles', vector_layers: Object.keys(layers).map((id) => ({ id, fields: {}, minzoom: minZoom, maxzoom: maxZoom })) };
  return writePmtiles(tiles, { tileType: 1, bounds, metadata });
}

/** A 256-pixel PNG of one colour. */
export function flatPng([r, g, b]: [number, number, number]): Uint8Array {
  const png = new PNG({ width: 256, height: 256 });
  for (let i = 0; i < png.data.length; i += 4) png.data.set([r, g, b, 255], i);
  return new Uint8Array(PNG.sync.write(png));
}

/** A raster PMTiles archive of flat-colour PNG tiles over `bounds`, zooms minZoom–maxZoom. */
export function rasterArchive(bounds: Bounds, colour: [number, number, number], minZoom: number, maxZoom: number): Uint8Array<ArrayBuffer> {
  const bytes = flatPng(colour);
  const tiles = tilesOver(bounds, minZoom, maxZoom).map(([z, x, y]) => ({ z, x, y, bytes }));
  return writePmtiles(tiles, { tileType: 2, bounds, metadata: { name: 'test raster basemap' } });
}
