/**
 * The boundary importer registry: detects each file's format, groups shapefile parts and zip contents into
 * datasets, and runs the matching importer. One `ImportResult` per dataset, in input order.
 */
import type { ImportProgress, ImportResult, InputFile, ParsedAreas } from '../../types';
import { parseGeoJsonAreas } from './geojson';
import { groupInputFiles, type InputSource } from './input-grouping';
import { parseShapefileAreas } from './shapefile';
import { parseTopoJsonAreas } from './topojson';
import { toParsedAreas } from './feature-set';
import { readMoreFormat } from './more-formats';

export { detectFormat, type DetectedFormat } from './format-detection';
export { groupInputFiles, type InputSource } from './input-grouping';
export { parseGeoJsonAreas } from './geojson';
export { parseTopoJsonAreas } from './topojson';
export { parseShapefileAreas, type ShapefileParts } from './shapefile';
export { unzipInputFile } from './zip';

/** Options for `importBoundaryFiles`: the TopoJSON object to read, and a progress callback (0..1). */
export interface ImportBoundaryOptions {
  topojsonObject?: string;
  onProgress?: ImportProgress;
}

async function importSource(source: InputSource, options: ImportBoundaryOptions): Promise<ImportResult<ParsedAreas>> {
  switch (source.kind) {
    case 'error':
      return { ok: false, error: source.error };
    case 'geojson':
      return parseGeoJsonAreas(source.file);
    case 'topojson':
      return parseTopoJsonAreas(source.file, { objectName: options.topojsonObject });
    case 'shapefile':
      return parseShapefileAreas(source.parts);
    case 'more': {
      const raw = await readMoreFormat(source.format, source.file);
      return raw.ok ? toParsedAreas(raw.value) : raw;
    }
    case 'csv':
      return {
        ok: false,
        error: { code: 'unknown-format', detail: 'table-not-boundaries', file: source.name, params: { file: source.name } },
      };
  }
}

/**
 * Imports boundary files: loose shapefile parts are grouped by name (case-insensitive), zips expanded, and
 * each dataset parsed to WGS84 areas. Unknown formats give `unknown-format` errors naming the file.
 */
export async function importBoundaryFiles(files: InputFile[], options: ImportBoundaryOptions = {}): Promise<ImportResult<ParsedAreas>[]> {
  const sources = groupInputFiles(files);
  const results: ImportResult<ParsedAreas>[] = [];
  for (const [index, source] of sources.entries()) {
    options.onProgress?.(index / sources.length, { code: 'reading', params: { file: source.name } });
    const result = await importSource(source, options);
    const extraWarnings = source.kind === 'error' ? [] : source.warnings;
    results.push(result.ok ? { ...result, warnings: [...result.warnings, ...extraWarnings] } : result);
  }
  options.onProgress?.(1, { code: 'read-datasets', params: { count: sources.length } });
  return results;
}
