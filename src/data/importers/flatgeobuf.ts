/**
 * FlatGeobuf importer (.fgb), read with the flatgeobuf package (the format's reference implementation,
 * maintained by its authors), loaded on first use. The CRS comes from the header (EPSG code, or WKT).
 */
import type { HeaderMeta } from 'flatgeobuf';
import type { ImportResult, InputFile, ParsedAreas } from '../../types';
import { detectCrsFromName, detectCrsFromPrj } from '../../geo/crs-detection';
import { toDeclaredFileCrs, type DeclaredFileCrs } from './crs-resolution';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { rawSetResult, readerFailure } from './raw-set';

/** The magic bytes "fgb" + version 3 every FlatGeobuf file starts with. */
export const FLATGEOBUF_MAGIC = [0x66, 0x67, 0x62, 0x03];

/** The header's CRS as a declaration; null when it has none (code 0 and no WKT); undefined when unsupported. */
function declaredFromHeader(header: HeaderMeta | null): { declared: DeclaredFileCrs | null; unsupported?: string } {
  const crs = header?.crs;
  if (!crs || (!crs.code && !crs.wkt)) return { declared: null };
  const organisation = (crs.org ?? 'EPSG').toUpperCase();
  const text = crs.code && organisation === 'EPSG' ? `EPSG:${crs.code}` : crs.wkt ?? `${organisation}:${crs.code}`;
  const detected = text.startsWith('EPSG:') ? detectCrsFromName(text) : detectCrsFromPrj(text);
  const declared = toDeclaredFileCrs(detected, 'file-header', text);
  return declared ? { declared } : { declared: null, unsupported: crs.name ?? text };
}

/** Reads a FlatGeobuf file as raw features in its own coordinates. */
export async function readFlatGeobufFeatures(file: InputFile): Promise<ImportResult<RawFeatureSet>> {
  const bytes = new Uint8Array(file.bytes);
  if (!FLATGEOBUF_MAGIC.every((byte, index) => bytes[index] === byte)) return readerFailure(file.name, 'not-flatgeobuf');
  const { deserialize } = await import('flatgeobuf/lib/mjs/geojson.js');
  let header: HeaderMeta | null = null;
  const features: RawFeature[] = [];
  try {
    for await (const feature of deserialize(bytes, { headerMetaFn: (meta) => { header = meta; } })) {
      features.push({ geometry: feature.geometry, properties: feature.properties ?? {} });
    }
  } catch (caught) {
    return readerFailure(file.name, 'damaged-file', caught);
  }
  const crs = declaredFromHeader(header);
  if (crs.unsupported !== undefined) return { ok: false, error: { code: 'unsupported-crs', file: file.name, params: { file: file.name, crs: crs.unsupported } } };
  return rawSetResult({ format: 'flatgeobuf', file: file.name, declared: crs.declared, features });
}

/** Parses a FlatGeobuf file into WGS84 areas. */
export async function parseFlatGeobufAreas(file: InputFile): Promise<ImportResult<ParsedAreas>> {
  const raw = await readFlatGeobufFeatures(file);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
