/**
 * CSV with a WKT geometry column (QGIS "Save as CSV", GDAL `GEOMETRY=AS_WKT`, PostGIS `ST_AsText`): the
 * column is found by name (WKT, geom, geometry, the_geom, wkt_geom, shape) or by its first value looking
 * like WKT. Other columns become properties, numbers as numbers. The CRS comes from an EWKT `SRID=` prefix,
 * else from the coordinate range (BNG metres or degrees), as for a shapefile without its .prj.
 */
import Papa from 'papaparse';
import type { ImportResult, InputFile, ParsedAreas } from '../../types';
import { detectCrsFromName } from '../../geo/crs-detection';
import { parseWkt, WKT_START } from '../wkt';
import { decodeText } from './json-text';
import { toDeclaredFileCrs, type DeclaredFileCrs } from './crs-resolution';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { rawSetResult } from './raw-set';

const WKT_NAMES = /^(wkt|geom|geometry|the_geom|wkt_geom|shape|geometry_wkt)$/i;

/** The index of the WKT column of a header and its first rows, or -1. */
export function findWktColumn(header: readonly string[], rows: ReadonlyArray<readonly string[]>): number {
  const firstValue = (column: number) => rows.find((row) => (row[column] ?? '').trim() !== '')?.[column] ?? '';
  const named = header.findIndex((name, column) => WKT_NAMES.test(name.trim()) && WKT_START.test(firstValue(column)));
  return named >= 0 ? named : header.findIndex((_, column) => WKT_START.test(firstValue(column)));
}

/** True for a delimited table whose header and first rows have a WKT geometry column (looked at in its first 64 KB). */
export function hasWktColumn(file: InputFile): boolean {
  const head = decodeText(file.bytes.slice(0, 64 * 1024)).replace(/^\uFEFF/, '');
  const parsed = Papa.parse<string[]>(head, { preview: 20, skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  return header.length > 0 && findWktColumn(header, rows) >= 0;
}

function cellValue(text: string): string | number | null {
  const trimmed = text.trim();
  if (trimmed === '') return null;
  // Numbers as numbers, but not codes with leading zeros ("01234") or very long digit runs (UPRNs stay text).
  return /^-?(0|[1-9]\d{0,14})(\.\d+)?$/.test(trimmed) ? Number(trimmed) : text;
}

/** Reads a CSV with a WKT column as raw features (rows whose WKT is broken have no geometry, and are counted). */
export function readCsvWktFeatures(file: InputFile): ImportResult<RawFeatureSet> {
  const parsed = Papa.parse<string[]>(decodeText(file.bytes).replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' });
  const [header = [], ...rows] = parsed.data;
  if (rows.length === 0) return { ok: false, error: { code: 'empty', detail: 'header-only', file: file.name, params: { file: file.name, row: '1', expected: 'areas' } } };
  const column = findWktColumn(header, rows);
  if (column < 0) return { ok: false, error: { code: 'parse-failed', detail: 'no-wkt-column', file: file.name, params: { file: file.name, columns: header.map((name) => `"${name}"`).join(', ') } } };
  const srids = new Set<number>();
  let firstFailure: { row: number; reason: string } | null = null;
  const features: RawFeature[] = rows.map((row, index) => {
    const properties = Object.fromEntries(header.flatMap((name, at) => (at === column ? [] : [[name, cellValue(row[at] ?? '')]])));
    try {
      const { geometry, srid } = parseWkt(row[column] ?? '');
      if (srid !== null) srids.add(srid);
      return { geometry, properties };
    } catch (caught) {
      firstFailure ??= { row: index + 2, reason: caught instanceof Error ? caught.message : String(caught) };
      return { geometry: null, properties };
    }
  });
  const failure = firstFailure as { row: number; reason: string } | null;
  if (failure && features.every((feature) => feature.geometry === null)) {
    return { ok: false, error: { code: 'parse-failed', detail: 'bad-wkt', file: file.name, params: { file: file.name, column: header[column], row: String(failure.row), reason: failure.reason } } };
  }
  let declared: DeclaredFileCrs | null = null;
  if (srids.size === 1) {
    const name = `EPSG:${[...srids][0]}`;
    declared = toDeclaredFileCrs(detectCrsFromName(name), 'file-header', name);
    if (!declared) return { ok: false, error: { code: 'unsupported-crs', file: file.name, params: { file: file.name, crs: name } } };
  }
  return rawSetResult({ format: 'csv-wkt', file: file.name, declared, features });
}

/** Parses a CSV with WKT polygons into WGS84 areas. */
export function parseCsvWktAreas(file: InputFile): ImportResult<ParsedAreas> {
  const raw = readCsvWktFeatures(file);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
