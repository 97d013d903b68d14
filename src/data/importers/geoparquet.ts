/**
 * GeoParquet importer (.parquet, GeoParquet 1.0/1.1 with WKB geometry), read with hyparquet (pure
 * JavaScript, no WebAssembly, actively maintained; it decodes the WKB column to GeoJSON itself), loaded on
 * first use. The CRS comes from the `geo` metadata: absent means OGC:CRS84 (WGS84), PROJJSON otherwise.
 * Snappy and uncompressed files are read; other codecs are refused by hyparquet with its reason.
 */
import type { ImportResult, InputFile, ParsedAreas } from '../../types';
import { detectCrsFromName, type DeclaredCrs } from '../../geo/crs-detection';
import { epsgCodeOf, readCrs } from '../../geo/crs-proj4';
import { toDeclaredFileCrs, type DeclaredFileCrs } from './crs-resolution';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { rawSetResult, readerFailure } from './raw-set';

/** "PAR1", at both ends of every Parquet file. */
export const PARQUET_MAGIC = [0x50, 0x41, 0x52, 0x31];

interface GeoMetadata {
  primary_column?: string;
  columns?: Record<string, { encoding?: string; crs?: unknown }>;
}

/** The CRS of the primary column: CRS84 when the key is absent, none (guess) when null, else its PROJJSON. */
function declaredFromGeo(crs: unknown): { declared: DeclaredFileCrs | null; unsupported?: string } {
  if (crs === undefined) return { declared: toDeclaredFileCrs({ kind: 'wgs84' }, 'file-header', 'OGC:CRS84') };
  if (crs === null) return { declared: null };
  const text = typeof crs === 'string' ? crs : JSON.stringify(crs);
  const code = epsgCodeOf(text);
  const name = (crs as { name?: unknown }).name;
  let detected: DeclaredCrs;
  if (code === 4326 || code === 27700) detected = detectCrsFromName(`EPSG:${code}`);
  else {
    const readable = readCrs(text, typeof name === 'string' ? name : undefined);
    detected = readable ? { kind: 'projected', crs: readable } : { kind: 'unsupported', name: typeof name === 'string' ? name : text.slice(0, 80) };
  }
  const declared = toDeclaredFileCrs(detected, 'file-header', text);
  return declared ? { declared } : { declared: null, unsupported: detected.kind === 'unsupported' ? detected.name : text };
}

const plain = (value: unknown): unknown => (typeof value === 'bigint' ? Number(value) : value);

/** Reads a GeoParquet file's rows as raw features (geometry from its primary column). */
export async function readGeoParquetFeatures(file: InputFile): Promise<ImportResult<RawFeatureSet>> {
  const bytes = new Uint8Array(file.bytes);
  const tail = bytes.subarray(Math.max(0, bytes.length - 4));
  if (bytes.length < 4 || !PARQUET_MAGIC.every((byte, index) => bytes[index] === byte)) return readerFailure(file.name, 'not-parquet');
  if (bytes.length < 12 || !PARQUET_MAGIC.every((byte, index) => tail[index] === byte)) return readerFailure(file.name, 'damaged-file', new Error('the file ends before its footer (cut short?)'));
  const { parquetMetadata, parquetReadObjects } = await import('hyparquet');
  try {
    const metadata = parquetMetadata(file.bytes);
    const geoText = metadata.key_value_metadata?.find((entry) => entry.key === 'geo')?.value;
    const geo = (geoText ? JSON.parse(geoText) : {}) as GeoMetadata;
    const column = geo.primary_column;
    if (!column || !geo.columns?.[column]) return readerFailure(file.name, 'not-parquet');
    const crs = declaredFromGeo(geo.columns[column].crs);
    if (crs.unsupported !== undefined) return { ok: false, error: { code: 'unsupported-crs', file: file.name, params: { file: file.name, crs: crs.unsupported } } };
    const rows = await parquetReadObjects({ file: file.bytes, metadata });
    const features: RawFeature[] = rows.map((row) => {
      const properties: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) if (key !== column) properties[key] = plain(value);
      return { geometry: row[column] ?? null, properties };
    });
    return rawSetResult({ format: 'geoparquet', file: file.name, declared: crs.declared, features });
  } catch (caught) {
    return readerFailure(file.name, 'damaged-file', caught);
  }
}

/** Parses a GeoParquet file into WGS84 areas. */
export async function parseGeoParquetAreas(file: InputFile): Promise<ImportResult<ParsedAreas>> {
  const raw = await readGeoParquetFeatures(file);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
