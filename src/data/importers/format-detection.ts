/** Recognising what kind of file an input is: by extension first, then by sniffing its first bytes. */
import type { InputFile } from '../../types';
import { SHP_FILE_CODE } from './shapefile';
import type { MoreFormat } from './more-formats';

/** The formats `detectFormat` can tell apart. */
export type DetectedFormat = 'geojson' | 'topojson' | 'shapefile-part' | 'zip' | 'csv' | MoreFormat | 'unknown';

/** Extensions of the formats added in issue 19. */
const MORE_EXTENSIONS: Readonly<Record<string, MoreFormat>> = { gpkg: 'geopackage', kml: 'kml', kmz: 'kml', fgb: 'flatgeobuf', parquet: 'geoparquet', geoparquet: 'geoparquet' };

/** The files of a shapefile set we read (`shx` only for completeness). */
export type ShapefilePartRole = 'shp' | 'dbf' | 'prj' | 'cpg' | 'shx';

const SHAPEFILE_PART_ROLES: ReadonlySet<string> = new Set(['shp', 'dbf', 'prj', 'cpg', 'shx']);
/** Index and metadata files that travel with shapefiles (ArcGIS, QGIS); grouped with their set and not read. */
const SHAPEFILE_SIDECARS: ReadonlySet<string> = new Set(['sbn', 'sbx', 'qix', 'fbn', 'fbx', 'ain', 'aih', 'atx', 'ixs', 'mxs', 'fix', 'qmd', 'qpj', 'cst', 'shp.xml']);
const SNIFF_BYTES = 64 * 1024;
const TOPOLOGY_PATTERN = /"type"\s*:\s*"Topology"/;
const GEOJSON_PATTERN = /"type"\s*:\s*"(FeatureCollection|Feature|Polygon|MultiPolygon|Point|MultiPoint|LineString|MultiLineString|GeometryCollection)"/;

/** The lower-cased extension, treating `.shp.xml` (ArcGIS metadata) as one extension. */
export function fileExtension(name: string): string {
  const lower = name.toLowerCase();
  if (lower.endsWith('.shp.xml')) return 'shp.xml';
  const base = lower.slice(lower.lastIndexOf('/') + 1);
  const dot = base.lastIndexOf('.');
  return dot > 0 ? base.slice(dot + 1) : '';
}

/** The name without its extension, lower-cased: shapefile parts with the same key belong together. */
export function shapefileGroupKey(name: string): string {
  const extension = fileExtension(name);
  return (extension ? name.slice(0, name.length - extension.length - 1) : name).toLowerCase();
}

/** Which part of a shapefile set this file is; null for sidecars we do not read. */
export function shapefilePartRole(file: InputFile): ShapefilePartRole | null {
  const extension = fileExtension(file.name);
  if (SHAPEFILE_PART_ROLES.has(extension)) return extension as ShapefilePartRole;
  return isShpHeader(file.bytes) ? 'shp' : null;
}

function isShpHeader(bytes: ArrayBuffer): boolean {
  return bytes.byteLength >= 100 && new DataView(bytes).getInt32(0, false) === SHP_FILE_CODE;
}

function isZipHeader(bytes: ArrayBuffer): boolean {
  if (bytes.byteLength < 4) return false;
  const head = new Uint8Array(bytes, 0, 4);
  // "PK\x03\x04" (a local file header) or "PK\x05\x06" (the end record of an empty archive).
  return head[0] === 0x50 && head[1] === 0x4b && ((head[2] === 3 && head[3] === 4) || (head[2] === 5 && head[3] === 6));
}

/** GeoPackage (SQLite), FlatGeobuf and Parquet by their magic bytes; KML by its root element. */
function sniffMore(bytes: ArrayBuffer): MoreFormat | null {
  const head = new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 16));
  const starts = (magic: number[]) => magic.every((byte, index) => head[index] === byte);
  if (starts([...'SQLite format 3'].map((char) => char.charCodeAt(0)))) return 'geopackage';
  if (starts([0x66, 0x67, 0x62, 0x03])) return 'flatgeobuf';
  if (starts([0x50, 0x41, 0x52, 0x31])) return 'geoparquet';
  const text = new TextDecoder('utf-8').decode(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, 1024)));
  return /^\s*(<\?xml[^>]*>\s*)?<kml[\s>]/.test(text) ? 'kml' : null;
}

function sniffJson(bytes: ArrayBuffer): 'geojson' | 'topojson' | null {
  const decoder = new TextDecoder('utf-8');
  const head = decoder.decode(new Uint8Array(bytes, 0, Math.min(bytes.byteLength, SNIFF_BYTES)));
  if (!head.trimStart().startsWith('{')) return null;
  // Writers put "type" first or last; look at both ends of the file.
  const tailStart = Math.max(0, bytes.byteLength - SNIFF_BYTES);
  const tail = tailStart > 0 ? decoder.decode(new Uint8Array(bytes, tailStart)) : '';
  if (TOPOLOGY_PATTERN.test(head) || TOPOLOGY_PATTERN.test(tail)) return 'topojson';
  return GEOJSON_PATTERN.test(head) || GEOJSON_PATTERN.test(tail) ? 'geojson' : null;
}

/**
 * Detects a file's format by extension (.geojson, .topojson, .shp/.dbf/.prj/.cpg/.shx, .zip, .csv, .gpkg,
 * .kml/.kmz, .fgb, .parquet; .json is sniffed), then by content: zip magic `PK\x03\x04`, `.shp` file code
 * 9994, SQLite, FlatGeobuf and Parquet magic, a `<kml>` root, `"type":"Topology"`.
 */
export function detectFormat(file: InputFile): DetectedFormat {
  const extension = fileExtension(file.name);
  if (extension === 'geojson') return 'geojson';
  if (extension === 'topojson') return 'topojson';
  if (extension === 'json') return sniffJson(file.bytes) === 'topojson' ? 'topojson' : 'geojson';
  if (SHAPEFILE_PART_ROLES.has(extension) || SHAPEFILE_SIDECARS.has(extension)) return 'shapefile-part';
  if (MORE_EXTENSIONS[extension]) return MORE_EXTENSIONS[extension];
  if (extension === 'zip') return 'zip';
  if (extension === 'csv' || extension === 'tsv') return 'csv';
  if (isZipHeader(file.bytes)) return 'zip';
  if (isShpHeader(file.bytes)) return 'shapefile-part';
  return sniffMore(file.bytes) ?? sniffJson(file.bytes) ?? 'unknown';
}
