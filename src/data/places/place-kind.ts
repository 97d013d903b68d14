/**
 * What tells a file of places from incidents and indicator tables, for the file registry: a column (or
 * property) naming a place category, a position or postcode, and no date. A place file with dates would
 * be incidents; one without a category column is left to the incident importer, which says what it lacks.
 */
import type { InputFile } from '../../types';
import { detectIncidentColumns } from '../incidents/column-detection';
import { detectPlaceColumns, hasPlaceCategoryColumn, hasPlacePosition } from './place-columns';

/** GeoJSON larger than this is not parsed to find out whether it holds places (it holds incidents or areas). */
const MAX_SNIFFED_BYTES = 32 * 1024 * 1024;

/**
 * True for a table header that describes places: a category and a position or postcode by their names, as
 * the place importer reads them, and no date column by name or, given `sampleRows`, by its values ("Opened").
 */
export function isPlaceHeader(columns: readonly string[], sampleRows: readonly (readonly string[])[] = []): boolean {
  const places = detectPlaceColumns(columns);
  if (places.date !== -1 || places.category === -1 || !hasPlacePosition(places)) return false;
  return sampleRows.length === 0 || !detectIncidentColumns(columns, sampleRows, { positionFromGeometry: false }).mapping.date;
}

/** True for a GeoJSON FeatureCollection of (mostly) points whose properties name a place category and no date. */
export function isPlaceGeojson(file: InputFile): boolean {
  if (file.bytes.byteLength > MAX_SNIFFED_BYTES) return false;
  const text = new TextDecoder('utf-8').decode(file.bytes);
  if (!/"Point"/.test(text)) return false;
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return false;
  }
  const features = typeof json === 'object' && json !== null && Array.isArray((json as { features?: unknown }).features) ? ((json as { features: unknown[] }).features) : [];
  if (features.length === 0) return false;
  const keys = new Set<string>();
  let points = 0;
  for (const feature of features) {
    const { geometry, properties } = (feature ?? {}) as { geometry?: { type?: unknown } | null; properties?: unknown };
    if (geometry?.type === 'Point') points += 1;
    if (properties && typeof properties === 'object') for (const key of Object.keys(properties)) keys.add(key);
  }
  // Mostly points: the place importer rejects the odd other geometry by feature number; areas stay boundaries.
  if (points * 2 <= features.length) return false;
  const header = [...keys];
  return hasPlaceCategoryColumn(header) && !detectIncidentColumns(header, [], { positionFromGeometry: true }).mapping.date;
}
