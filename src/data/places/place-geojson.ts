/**
 * Places from a GeoJSON FeatureCollection of points (WGS84, as RFC 7946 requires): the category and name
 * from each feature's properties, found by the same header words as a table's columns. A feature that is
 * not a point, or whose point fails the coordinate checks, is rejected with its feature number.
 */
import type { ImportError, InputFile } from '../../types';
import { parseJsonFile } from '../importers/json-text';
import { detectPlaceColumns } from './place-columns';
import { readPlaceCategoryCell, readPlacePosition, type PlaceFieldNames, type PlaceImport } from './place-rows';

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null && !Array.isArray(value);

const textOf = (value: unknown): string => (value === null || value === undefined ? '' : String(value));

const POINT_FIELDS: PlaceFieldNames = { lng: 'geometry', lat: '', easting: '', northing: '', postcode: '' };

/** Adds the features of a GeoJSON place file to `into`; returns the error that refuses the whole file, else null. */
export function readPlaceFeatures(file: InputFile, into: PlaceImport): ImportError | null {
  const parsed = parseJsonFile(file, 'place-table');
  if (!parsed.ok) return parsed.error;
  const features = isRecord(parsed.json) && Array.isArray(parsed.json.features) ? (parsed.json.features as unknown[]) : null;
  if (!features) return { code: 'parse-failed', detail: 'not-geojson', file: file.name, params: { file: file.name, expected: 'place-table' } };
  if (features.length === 0) return { code: 'empty', detail: 'no-features', file: file.name, params: { file: file.name, expected: 'place-table' } };
  const keys = [...new Set(features.flatMap((feature) => (isRecord(feature) && isRecord(feature.properties) ? Object.keys(feature.properties) : [])))];
  const columns = detectPlaceColumns(keys);
  if (columns.category === -1) return { code: 'mapping-column-missing', detail: 'place-category', file: file.name, params: { file: file.name, header: keys.map((key) => `"${key}"`).join(', ') } };
  const categoryKey = keys[columns.category];
  const nameKey = columns.name === -1 ? null : keys[columns.name];
  const counts = { name: file.name, rowsRead: 0, rowsKept: 0 };
  features.forEach((feature, index) => {
    counts.rowsRead += 1;
    const row = index + 1;
    const properties = isRecord(feature) && isRecord(feature.properties) ? feature.properties : {};
    const category = readPlaceCategoryCell(textOf(properties[categoryKey]), categoryKey);
    if (!category.ok) {
      into.report.rejected.push({ file: file.name, row, field: category.field, reason: category.reason, value: category.value });
      return;
    }
    const geometry = isRecord(feature) && isRecord(feature.geometry) ? feature.geometry : null;
    const coordinates = geometry?.type === 'Point' && Array.isArray(geometry.coordinates) ? geometry.coordinates : null;
    if (!coordinates) {
      into.report.rejected.push({ file: file.name, row, field: 'geometry', reason: geometry ? 'bad-coordinates' : 'no-position', value: textOf(geometry?.type) });
      return;
    }
    const position = readPlacePosition({ lng: textOf(coordinates[0]), lat: textOf(coordinates[1]) }, { ...POINT_FIELDS, lat: 'geometry' }, null);
    if (!position.ok) {
      into.report.rejected.push({ file: file.name, row, field: 'geometry', reason: position.reason, value: position.value });
      return;
    }
    counts.rowsKept += 1;
    into.places.push({ name: nameKey ? textOf(properties[nameKey]).trim() : '', category: category.category, position: position.position, row: `${file.name}:${row}` });
  });
  into.report.files.push(counts);
  return null;
}
