/**
 * Turning a list of dropped files into datasets to read: loose shapefile parts grouped by name, zips
 * expanded (a zip may hold several sets, or GeoJSON), and unreadable files turned into errors.
 */
import type { ImportError, ImportWarning, InputFile } from '../../types';
import { detectFormat, shapefileGroupKey, shapefilePartRole, type DetectedFormat } from './format-detection';
import type { ShapefileParts } from './shapefile';
import { unzipInputFile } from './zip';
import { hasWktColumn } from './csv-wkt';
import type { MoreFormat } from './more-formats';

const MORE_FORMATS: ReadonlySet<DetectedFormat> = new Set<MoreFormat>(['geopackage', 'kml', 'csv-wkt', 'flatgeobuf', 'geoparquet']);
const isMoreFormat = (format: DetectedFormat): format is MoreFormat => MORE_FORMATS.has(format);

/** One dataset to read, in input order, with warnings that belong to it (e.g. files ignored in its zip). */
export type InputSource =
  | { kind: 'geojson' | 'topojson' | 'csv'; name: string; file: InputFile; warnings: ImportWarning[] }
  | { kind: 'shapefile'; name: string; parts: ShapefileParts; warnings: ImportWarning[] }
  | { kind: 'more'; format: MoreFormat; name: string; file: InputFile; warnings: ImportWarning[] }
  | { kind: 'error'; name: string; error: ImportError };

/** Zips inside zips are expanded this many levels deep. */
const MAX_ZIP_DEPTH = 2;

interface Collected {
  sources: InputSource[];
  /** Files inside zips that are not boundary data (README, PDF…), by zip. */
  ignoredInZip: string[];
}

function collect(files: InputFile[], insideZip: boolean, depth: number): Collected {
  const sources: InputSource[] = [];
  const ignoredInZip: string[] = [];
  const shapefileGroups = new Map<string, Extract<InputSource, { kind: 'shapefile' }>>();
  for (const file of files) {
    const format: DetectedFormat = detectFormat(file);
    if (format === 'csv' && hasWktColumn(file)) {
      sources.push({ kind: 'more', format: 'csv-wkt', name: file.name, file, warnings: [] });
    } else if (isMoreFormat(format)) {
      sources.push({ kind: 'more', format, name: file.name, file, warnings: [] });
    } else if (format === 'geojson' || format === 'topojson' || (format === 'csv' && !insideZip)) {
      sources.push({ kind: format, name: file.name, file, warnings: [] });
    } else if (format === 'shapefile-part') {
      const key = shapefileGroupKey(file.name);
      let group = shapefileGroups.get(key);
      if (!group) {
        group = { kind: 'shapefile', name: file.name, parts: {}, warnings: [] };
        shapefileGroups.set(key, group);
        sources.push(group);
      }
      const role = shapefilePartRole(file);
      if (role) group.parts[role] = file;
      if (role === 'shp') group.name = file.name;
    } else if (format === 'zip' && depth < MAX_ZIP_DEPTH) {
      sources.push(...expandZip(file, depth + 1));
    } else if (insideZip) {
      ignoredInZip.push(file.name);
    } else {
      sources.push({ kind: 'error', name: file.name, error: unknownFormatError(file.name, format) });
    }
  }
  return { sources, ignoredInZip };
}

function unknownFormatError(name: string, format: DetectedFormat): ImportError {
  if (format === 'csv') {
    return { code: 'unknown-format', detail: 'table-not-boundaries', file: name, params: { file: name } };
  }
  return {
    code: 'unknown-format',
    file: name,
    params: { file: name },
  };
}

function expandZip(file: InputFile, depth: number): InputSource[] {
  const unzipped = unzipInputFile(file);
  if (!unzipped.ok) return [{ kind: 'error', name: file.name, error: unzipped.error }];
  const { sources, ignoredInZip } = collect(unzipped.value, true, depth);
  if (sources.length === 0) {
    return [{
      kind: 'error',
      name: file.name,
      error: {
        code: 'unknown-format',
        file: file.name,
        detail: 'zip-without-boundaries',
        params: { file: file.name, found: ignoredInZip.map((name) => name.slice(file.name.length + 1)).join(', ') },
      },
    }];
  }
  if (ignoredInZip.length > 0) {
    const warning: ImportWarning = {
      code: 'extra-files-ignored',
      file: file.name,
      count: ignoredInZip.length,
      examples: ignoredInZip.slice(0, 5),
      params: { file: file.name, count: ignoredInZip.length, files: ignoredInZip.slice(0, 5).join(', ') },
    };
    for (const source of sources) if (source.kind !== 'error') source.warnings.push(warning);
  }
  return sources;
}

/** Groups input files into datasets in input order (a shapefile set sits where its first part was). */
export function groupInputFiles(files: InputFile[]): InputSource[] {
  return collect(files, false, 0).sources;
}
