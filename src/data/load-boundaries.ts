/**
 * Turns dropped files into boundary datasets: format detection and parsing (importers), then code/name
 * field detection and validation (buildAreaDataset). This is what the import worker exposes.
 */
import type { AreaDataset, BoundaryLoadRequest, ImportProgress, ImportResult } from '../types';
import { buildAreaDataset } from './area-dataset';
import { importBoundaryFiles } from './importers';


/** Progress from 0 to 1 with a short description of the current step. */
export type ProgressListener = ImportProgress;

/** Imports every dataset in the request; one result per dataset, in input order. */
export async function loadBoundaryDatasets(
  request: BoundaryLoadRequest,
  onProgress?: ProgressListener,
): Promise<ImportResult<AreaDataset>[]> {
  const parsed = await importBoundaryFiles(request.files, {
    topojsonObject: request.topojsonObject,
    onProgress: (fraction, step) => onProgress?.(fraction * 0.9, step),
  });
  onProgress?.(0.92, { code: 'detecting-fields', params: {} });
  const results = parsed.map((result, index): ImportResult<AreaDataset> => {
    if (!result.ok) return result;
    const built = buildAreaDataset(result.value, {
      id: request.ids?.[index] ?? `${request.idPrefix}-${index + 1}`,
      label: request.labels?.[index] ?? labelFromFiles(result.value.files, result.value.topojsonObject),
      isExample: request.isExample ?? false,
    });
    return built.ok ? { ...built, warnings: [...result.warnings, ...built.warnings] } : built;
  });
  onProgress?.(1, { code: 'done', params: {} });
  return results;
}

/** A readable layer name from the file names: the first file without its extension, plus the TopoJSON object. */
export function labelFromFiles(files: string[], topojsonObject?: string): string {
  const first = files[0] ?? 'boundaries';
  const base = first.replace(/^.*[\\/]/, '').replace(/\.(geo)?json$|\.topojson$|\.shp$|\.zip$|\.dbf$|\.prj$/i, '');
  return topojsonObject && topojsonObject !== base ? `${base} (${topojsonObject})` : base;
}
