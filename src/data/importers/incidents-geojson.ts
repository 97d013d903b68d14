/**
 * Incident points from GeoJSON: Point and MultiPoint features (each position of a MultiPoint is one
 * incident), with date, category, id, weight and area code detected among the properties as for tables.
 * Row references use the 1-based feature number in place of a line number ("incidents.geojson:17").
 * Points with no date property at all fail with `no-date-column` (incidents need a date for the time
 * slider; nothing is invented); a feature whose date property is empty is rejected as `no-date`.
 */
import type { Position } from 'geojson';
import type { CrsInfo, ExpectedContent, FieldValue, FoundContent, ImportResult, IncidentDataset, InputFile } from '../../types';
import { bngToWgs84 } from '../../geo/projection';
import { converterToWgs84 } from '../../geo/crs-proj4';
import { runIncidentImport, type IncidentFormatReader, type LoadIncidentOptions, type OpenedIncidentFile } from '../incidents/incident-import';
import { checkEastingNorthing, isDegrees } from '../incidents/coordinate-checks';
import { readPointRow, rejectPointRow, type RowReader } from '../incidents/row-reader';
import { declaredCrsFromMember, resolveCrs } from './crs-resolution';
import { classifyGeometry, describeGeometryTypes, normaliseProperties, type RawFeature } from './feature-set';
import { parseJsonFile } from './json-text';

const EXPECTED: ExpectedContent = 'geojson-incidents';
const SAMPLE_ROWS = 500;

/** A GeoJSON file parsed, with its property names, sample rows and resolved CRS. */
interface OpenedGeoJson extends OpenedIncidentFile {
  features: RawFeature[];
  crs: CrsInfo;
}

function readFeatures(file: InputFile): ImportResult<{ features: RawFeature[]; holder: unknown }> {
  const parsed = parseJsonFile(file, EXPECTED);
  if (!parsed.ok) return parsed;
  const object = parsed.json as { type?: unknown; features?: unknown; geometry?: unknown; properties?: unknown; id?: unknown } | null;
  if (object && object.type === 'FeatureCollection' && Array.isArray(object.features)) {
    const features = object.features.map((feature: unknown) => {
      const { geometry, properties, id } = (feature ?? {}) as RawFeature;
      return { geometry, properties, id };
    });
    return { ok: true, value: { features, holder: object }, warnings: [] };
  }
  if (object && object.type === 'Feature') return { ok: true, value: { features: [{ geometry: object.geometry, properties: object.properties, id: object.id }], holder: object }, warnings: [] };
  const found: FoundContent = object === null ? 'json-null' : Array.isArray(object) ? 'json-array' : typeof object !== 'object' ? 'json-scalar' : typeof object.type === 'string' ? 'object-of-type' : 'object-without-type';
  const type = object && typeof object === 'object' && typeof object.type === 'string' ? object.type : '';
  return { ok: false, error: { code: 'parse-failed', detail: 'not-geojson', file: file.name, params: { file: file.name, expected: EXPECTED, found, type } } };
}

function cellText(value: FieldValue | undefined): string {
  return value === null || value === undefined ? '' : String(value);
}

/** Property names in first-seen order, over all features. */
function propertyNames(features: readonly RawFeature[]): string[] {
  const names = new Set<string>();
  for (const feature of features) for (const name of Object.keys(normaliseProperties(feature.properties, feature.id))) names.add(name);
  return [...names];
}

function propertyCells(feature: RawFeature, columns: readonly string[]): string[] {
  const properties = normaliseProperties(feature.properties, feature.id);
  return columns.map((name) => cellText(properties[name]));
}

function pointPositions(geometry: unknown): Position[] {
  const { type, coordinates } = geometry as { type: string; coordinates: Position | Position[] };
  return type === 'Point' ? [coordinates as Position] : (coordinates as Position[]);
}

/**
 * The extent of the points that agree with most of them: those in degrees, or those in metres. One BNG
 * point among 95 in degrees once made the whole file be read as BNG and put the 95 in the sea (issue 13);
 * the odd points are rejected one by one instead (`readGeoJsonRows`), each with its reason and number.
 */
function majorityBbox(features: readonly RawFeature[]): [number, number, number, number] {
  const boxes = { degrees: [Infinity, Infinity, -Infinity, -Infinity], other: [Infinity, Infinity, -Infinity, -Infinity] };
  const counts = { degrees: 0, other: 0 };
  for (const feature of features) {
    if (classifyGeometry(feature.geometry).kind !== 'point') continue;
    for (const [x, y] of pointPositions(feature.geometry)) {
      const group = isDegrees(x, y) ? 'degrees' : 'other';
      const box = boxes[group];
      counts[group] += 1;
      [box[0], box[1], box[2], box[3]] = [Math.min(box[0], x), Math.min(box[1], y), Math.max(box[2], x), Math.max(box[3], y)];
    }
  }
  return (counts.degrees >= counts.other ? boxes.degrees : boxes.other) as [number, number, number, number];
}

function openGeoJson(file: InputFile): ImportResult<OpenedGeoJson> {
  const read = readFeatures(file);
  if (!read.ok) return read;
  const { features, holder } = read.value;
  if (features.length === 0) return { ok: false, error: { code: 'empty', detail: 'no-features', file: file.name, params: { file: file.name, expected: EXPECTED } } };
  if (!features.some((feature) => classifyGeometry(feature.geometry).kind === 'point')) {
    const found = describeGeometryTypes(features) || 'no-geometry';
    return { ok: false, error: { code: 'wrong-geometry', file: file.name, params: { file: file.name, found, expected: 'points' } } };
  }
  const declared = declaredCrsFromMember(file.name, holder);
  if (!declared.ok) return declared;
  const resolved = resolveCrs({ file: file.name, declared: declared.value }, majorityBbox(features));
  if (!resolved.ok) return { ok: false, error: resolved.error };
  const columns = propertyNames(features);
  const sampleRows = features.slice(0, SAMPLE_ROWS).map((feature) => propertyCells(feature, columns));
  return { ok: true, value: { name: file.name, columns, sampleRows, features, crs: resolved.crs }, warnings: resolved.warnings };
}

function readGeoJsonRows(opened: OpenedGeoJson, reader: RowReader, onProgress: (fraction: number) => void): ImportResult<null> {
  const { features, columns, crs } = opened;
  features.forEach((feature, index) => {
    const number = index + 1;
    const { kind, type } = classifyGeometry(feature.geometry);
    if (kind === 'point') {
      const cells = propertyCells(feature, columns);
      for (const [x, y] of pointPositions(feature.geometry)) {
        if (crs.source === 'projected' && crs.definition) {
          readPointRow(reader, cells, ...converterToWgs84(crs.definition)(x, y), number);
          continue;
        }
        if (crs.source !== 'bng') {
          readPointRow(reader, cells, x, y, number);
          continue;
        }
        // Each point is checked as metres before reprojecting: degrees among BNG points are rejected, not moved.
        const check = checkEastingNorthing(x, y);
        if (check === 'ok') readPointRow(reader, cells, ...bngToWgs84(x, y), number);
        else rejectPointRow(reader, check, number, { code: check === 'bad-coordinates' ? 'grid-degrees' : 'outside-grid', params: { xName: 'x', yName: 'y', x: String(x), y: String(y) } });
      }
    } else if (feature.geometry === null || feature.geometry === undefined) {
      rejectPointRow(reader, 'no-coordinates', number, { code: 'null-geometry', params: {} });
    } else if (kind === 'none') {
      rejectPointRow(reader, 'bad-coordinates', number, { code: 'point-without-coordinates', params: { type } });
    } else {
      rejectPointRow(reader, 'malformed-row', number, { code: 'not-point', params: { type } });
    }
    if (number % 4096 === 0) onProgress(number / features.length);
  });
  onProgress(1);
  return { ok: true, value: null, warnings: [] };
}

/** The GeoJSON side of an incident import, for `runIncidentImport`. */
export const geoJsonIncidentReader: IncidentFormatReader<OpenedGeoJson> = {
  positionFromGeometry: true,
  columnWord: 'property',
  formatOf: () => 'geojson',
  open: openGeoJson,
  readRows: readGeoJsonRows,
};

/**
 * Reads one or more GeoJSON files of incident points into one dataset. Coordinates are WGS84, or British
 * National Grid when a `crs` member names EPSG:27700 or the coordinate range shows it (reprojected, with a warning).
 */
export async function parseIncidentGeoJsonFiles(files: readonly InputFile[], options: LoadIncidentOptions): Promise<ImportResult<IncidentDataset>> {
  return runIncidentImport(geoJsonIncidentReader, files, options);
}
