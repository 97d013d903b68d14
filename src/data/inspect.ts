/**
 * A quick report on files without loading them into the app: what format and kind each dataset is, how many
 * features or rows, its CRS, its WGS84 bounding box and the detected code/name columns (for `atlas inspect`).
 */
import Papa from 'papaparse';
import type { BBox, BoundaryFormat, CrsInfo, FieldValue, ImportError, ImportResult, ImportWarning, InputFile, RejectedRows } from '../types';
import { bboxOfGeometries } from '../geo/bbox';
import { buildAreaDataset } from './area-dataset';
import { detectAreaFields, summariseFields } from './field-detection';
import { classifyGeometry, normaliseProperties, toParsedAreas, toWgs84Points, type RawFeatureSet } from './importers/feature-set';
import { fileExtension } from './importers/format-detection';
import { parseIncidentCsvFiles } from './importers/incidents-csv';
import { readGeoJsonFeatures } from './importers/geojson';
import { groupInputFiles, type InputSource } from './importers/input-grouping';
import { decodeText } from './importers/json-text';
import { readShapefileFeatures } from './importers/shapefile';
import { readTopoJsonFeatures } from './importers/topojson';
import { readMoreFormat } from './importers/more-formats';

/** What `inspectFiles` reports for one dataset. `kind` is 'unknown' when the file could not be read. */
export interface InspectedDataset {
  file: string;
  format: BoundaryFormat | 'csv' | 'zip' | 'unknown';
  kind: 'areas' | 'points' | 'table' | 'unknown';
  features: number;
  crs: string | null;
  bboxWgs84: BBox | null;
  codeField: string | null;
  nameField: string | null;
  warnings: ImportWarning[];
  errors: ImportError[];
  /** A table of incidents only: the rows the incident import rejects, by reason with their first lines. */
  rejectedRows?: RejectedRows[];
}

/** "EPSG:27700 (from .prj)", "EPSG:4326", "TM75 / Irish Grid (from crs member)", "EPSG:27700 (guessed from coordinate range)"… */
export function describeCrs(crs: CrsInfo): string {
  const code = crs.source === 'projected' ? (crs.name ?? 'projected') : crs.source === 'bng' ? 'EPSG:27700' : 'EPSG:4326';
  const how = { prj: ' (from .prj)', 'geojson-crs': ' (from crs member)', 'file-header': ' (from the file header)', 'coordinate-range': ' (guessed from coordinate range)', assumed: '' }[crs.detectedBy];
  return code + how;
}

function failed(file: string, format: InspectedDataset['format'], error: ImportError, kind: InspectedDataset['kind'] = 'unknown'): InspectedDataset {
  return { file, format, kind, features: 0, crs: null, bboxWgs84: null, codeField: null, nameField: null, warnings: [], errors: [error] };
}

function inspectCsv(file: InputFile): InspectedDataset {
  const parsed = Papa.parse<Record<string, string>>(decodeText(file.bytes), { header: true, skipEmptyLines: 'greedy' });
  const rows = parsed.data.map((row) => ({ properties: row as Record<string, FieldValue> }));
  const detection = detectAreaFields(rows, summariseFields(rows));
  const badRows = new Set(parsed.errors.map((error) => error.row));
  const warnings: ImportWarning[] = badRows.size > 0 ? [{ code: 'rows-do-not-match-header', file: file.name, count: badRows.size, params: { file: file.name, count: badRows.size, reason: parsed.errors[0].message } }] : [];
  return { file: file.name, format: 'csv', kind: 'table', features: rows.length, crs: null, bboxWgs84: null, codeField: detection.codeField, nameField: detection.nameField, warnings, errors: [] };
}

/**
 * A table read as incidents, as the app would load it: its rejected rows and the import's warnings; or
 * the error that would refuse it. Nothing for a table without position or date columns (not incidents).
 */
async function withIncidentRows(dataset: InspectedDataset, file: InputFile): Promise<InspectedDataset> {
  const result = await parseIncidentCsvFiles([file], { id: 'inspect' });
  if (result.ok) return { ...dataset, warnings: [...dataset.warnings, ...result.value.report.warnings], rejectedRows: result.value.report.rejected };
  if (result.error.code === 'no-position-columns' || result.error.code === 'no-date-column') return dataset;
  return { ...dataset, errors: [...dataset.errors, result.error] };
}

function inspectRawSet(set: RawFeatureSet, file: string): InspectedDataset {
  const format = set.format;
  const kinds = new Set(set.features.map((feature) => classifyGeometry(feature.geometry).kind));
  if (!kinds.has('area') && kinds.has('point')) {
    const points = toWgs84Points(set);
    if (!points.ok) return failed(file, format, points.error, 'points');
    const properties = set.features.map((feature) => ({ properties: normaliseProperties(feature.properties, feature.id) }));
    const detection = detectAreaFields(properties, summariseFields(properties));
    return {
      file, format, kind: 'points', features: points.value.geometries.length, crs: describeCrs(points.value.crs),
      bboxWgs84: bboxOfGeometries(points.value.geometries), codeField: detection.codeField, nameField: detection.nameField,
      warnings: points.warnings, errors: [],
    };
  }
  const areas = toParsedAreas(set);
  if (!areas.ok) return failed(file, format, areas.error, 'areas');
  const dataset = buildAreaDataset(areas.value, { id: file, label: file });
  const base = { file, format, kind: 'areas' as const, features: areas.value.features.length, crs: describeCrs(areas.value.crs), bboxWgs84: areas.value.bbox };
  if (!dataset.ok) return { ...base, codeField: null, nameField: null, warnings: areas.warnings, errors: [dataset.error] };
  return { ...base, codeField: dataset.value.codeField, nameField: dataset.value.nameField, warnings: [...areas.warnings, ...dataset.warnings], errors: [] };
}

function withSourceWarnings(dataset: InspectedDataset, warnings: ImportWarning[]): InspectedDataset {
  return warnings.length > 0 ? { ...dataset, warnings: [...dataset.warnings, ...warnings] } : dataset;
}

async function inspectSource(source: InputSource): Promise<InspectedDataset[]> {
  switch (source.kind) {
    case 'error':
      return [failed(source.name, fileExtension(source.name) === 'zip' ? 'zip' : 'unknown', source.error)];
    case 'csv':
      return [await withIncidentRows(withSourceWarnings(inspectCsv(source.file), source.warnings), source.file)];
    case 'geojson':
      return [fromRaw(readGeoJsonFeatures(source.file), source.name, 'geojson', source.warnings)];
    case 'shapefile':
      return [fromRaw(await readShapefileFeatures(source.parts), source.name, 'shapefile', source.warnings)];
    case 'more':
      return [fromRaw(await readMoreFormat(source.format, source.file), source.name, source.format, source.warnings)];
    case 'topojson': {
      const raw = readTopoJsonFeatures(source.file);
      if (raw.ok || raw.error.code !== 'ambiguous-topojson-object') return [fromRaw(raw, source.name, 'topojson', source.warnings)];
      // Several objects of areas: report each one rather than stopping at the question.
      return (raw.error.choices ?? []).map((objectName) =>
        fromRaw(readTopoJsonFeatures(source.file, { objectName }), `${source.name} (object "${objectName}")`, 'topojson', source.warnings),
      );
    }
  }
}

function fromRaw(raw: ImportResult<RawFeatureSet>, file: string, format: InspectedDataset['format'], warnings: ImportWarning[]): InspectedDataset {
  const dataset = raw.ok ? inspectRawSet(raw.value, file) : failed(file, format, raw.error);
  return withSourceWarnings(dataset, warnings);
}

/**
 * Inspects files as `atlas inspect` does: shapefile parts are grouped and zips expanded like
 * `importBoundaryFiles`; point files are reported as points and CSVs as tables rather than as errors.
 */
export async function inspectFiles(files: InputFile[]): Promise<{ datasets: InspectedDataset[] }> {
  const datasets: InspectedDataset[] = [];
  for (const source of groupInputFiles(files)) datasets.push(...(await inspectSource(source)));
  return { datasets };
}
