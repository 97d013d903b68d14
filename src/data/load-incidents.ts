/**
 * Loading incident files (the call the import worker exposes): several files become one dataset, e.g. 34
 * monthly police.uk files. All files must be tables (CSV/TSV) or all GeoJSON points.
 */
import type { ImportResult, ImportWarning, IncidentDataset, InputFile } from '../types';
import { detectFormat } from './importers';
import { parseIncidentCsvFiles } from './importers/incidents-csv';
import { parseIncidentGeoJsonFiles } from './importers/incidents-geojson';
import { fileExtension } from './importers/format-detection';
import type { LoadIncidentOptions } from './incidents/incident-import';
import { asGeoJsonPoints, pointFormatOf } from './importers/points-as-geojson';

export type { LoadIncidentOptions } from './incidents/incident-import';

type IncidentFileKind = 'table' | 'geojson' | null;

/** Tables by extension (.csv, .tsv, .txt) or content; GeoJSON by extension or content; anything else null. */
function incidentFileKind(file: InputFile): IncidentFileKind {
  const format = detectFormat(file);
  if (format === 'csv') return 'table';
  if (format === 'geojson') return 'geojson';
  return format === 'unknown' && fileExtension(file.name) === 'txt' ? 'table' : null;
}

/**
 * Reads incident files into one `IncidentDataset`: police.uk street-level CSVs are recognised by their
 * header, other tables and GeoJSON properties are detected (`options.mapping` replaces detection).
 * Rejected rows are counted in `report`; a file that cannot be used at all gives an error naming it.
 */
export async function loadIncidentFiles(given: InputFile[], options: LoadIncidentOptions): Promise<ImportResult<IncidentDataset>> {
  if (given.length === 0) throw new Error('loadIncidentFiles: no files given');
  // Points in GeoPackage, KML, WKT CSV, FlatGeobuf or GeoParquet are read as GeoJSON (issue 19).
  const files: InputFile[] = [];
  const kinds: IncidentFileKind[] = [];
  const warnings: ImportWarning[] = [];
  for (const file of given) {
    const format = pointFormatOf(file);
    if (!format) {
      files.push(file);
      kinds.push(incidentFileKind(file));
      continue;
    }
    const converted = await asGeoJsonPoints(file, format);
    if (!converted.ok) return converted;
    files.push(converted.value);
    kinds.push('geojson');
    warnings.push(...converted.warnings);
  }
  const loaded = await loadReadableFiles(files, kinds, options);
  if (!loaded.ok || warnings.length === 0) return loaded;
  const report = { ...loaded.value.report, warnings: [...warnings, ...loaded.value.report.warnings] };
  return { ...loaded, value: { ...loaded.value, report } };
}

async function loadReadableFiles(files: InputFile[], kinds: IncidentFileKind[], options: LoadIncidentOptions): Promise<ImportResult<IncidentDataset>> {
  const unknown = files.findIndex((_, index) => kinds[index] === null);
  if (unknown !== -1) {
    const name = files[unknown].name;
    return {
      ok: false,
      error: { code: 'unknown-format', detail: 'not-incidents', file: name, params: { file: name } },
    };
  }
  const mixed = kinds.findIndex((kind) => kind !== kinds[0]);
  if (mixed !== -1) {
    const [table, geoJson] = kinds[0] === 'table' ? [0, mixed] : [mixed, 0];
    return { ok: false, error: { code: 'mixed-formats', file: files[mixed].name, params: { table: files[table].name, geoJson: files[geoJson].name } } };
  }
  return kinds[0] === 'table' ? parseIncidentCsvFiles(files, options) : parseIncidentGeoJsonFiles(files, options);
}
