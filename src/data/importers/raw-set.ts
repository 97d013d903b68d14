/**
 * What the readers of GeoPackage, KML, CSV with WKT, FlatGeobuf and GeoParquet share: how a raw feature
 * set is handed on, and the one way each says a file could not be read (issue 19).
 */
import type { ImportErrorDetail, ImportResult, ImportWarning } from '../../types';
import type { DeclaredFileCrs } from './crs-resolution';
import type { RawFeature, RawFeatureSet } from './feature-set';

/** A raw set from a one-file format: the file, the features and what the file declared about its CRS. */
export function rawSetResult(set: { format: RawFeatureSet['format']; file: string; declared: DeclaredFileCrs | null; features: RawFeature[]; warnings?: ImportWarning[] }): ImportResult<RawFeatureSet> {
  return { ok: true, value: { format: set.format, file: set.file, files: [set.file], declared: set.declared, features: set.features, warnings: set.warnings ?? [] }, warnings: [] };
}

/** `parse-failed` naming the file: not the format its name says (`detail`), or damaged with the reader's reason. */
export function readerFailure(file: string, detail: Extract<ImportErrorDetail, 'not-geopackage' | 'not-kml' | 'not-flatgeobuf' | 'not-parquet' | 'damaged-file'>, caught?: unknown): ImportResult<never> {
  const reason = caught === undefined ? undefined : caught instanceof Error ? caught.message : String(caught);
  return { ok: false, error: { code: 'parse-failed', detail, file, params: reason === undefined ? { file } : { file, reason } } };
}
