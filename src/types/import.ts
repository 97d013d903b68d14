/** Results of reading user files. Plain objects only, so they cross the worker boundary unchanged. */

/** A file handed to an importer: its name and its bytes. Importers never see DOM `File` objects. */
export interface InputFile {
  name: string;
  bytes: ArrayBuffer;
}

/** Closed set of reasons a whole file cannot be used. */
export type ImportErrorCode =
  | 'unknown-format'
  | 'parse-failed'
  | 'empty'
  | 'wrong-geometry'
  | 'no-coordinates'
  | 'coordinates-out-of-range'
  | 'missing-shp'
  | 'missing-dbf'
  | 'unsupported-crs'
  | 'no-objects'
  | 'ambiguous-topojson-object'
  | 'unknown-topojson-object'
  | 'duplicate-codes'
  | 'bad-zip'
  | 'too-large'
  // Incident tables (src/data/load-incidents.ts):
  | 'no-position-columns'
  | 'no-date-column'
  | 'mapping-column-missing'
  | 'no-rows-kept'
  | 'mixed-formats'
  | 'too-many-categories'
  // Indicator tables (src/data/load-tables.ts):
  | 'no-code-column'
  | 'no-indicator-columns'
  | 'unreadable-spreadsheet'
  | 'unknown-sheet'
  | 'different-layouts'
  | 'duplicate-periods'
  | 'no-period-label'
  // Share packages (src/data/share-package/):
  | 'bad-share-package'
  | 'newer-share-package';

/** A whole file could not be used. `choices` lists options the user can pick to retry (TopoJSON objects). */
export interface ImportError {
  code: ImportErrorCode;
  message: string;
  file: string;
  hint?: string;
  choices?: string[];
  /** wrong-geometry only: the file holds points (so it can be loaded as incidents instead). */
  foundPoints?: boolean;
}

/** Closed set of reasons for partial success: the file loaded, but something was skipped or assumed. */
export type ImportWarningCode =
  | 'crs-from-coordinate-range'
  | 'crs-assumed-wgs84'
  | 'reprojected-from-bng'
  | 'features-skipped-no-geometry'
  | 'features-skipped-wrong-geometry'
  | 'features-skipped-out-of-range'
  | 'no-code-field'
  | 'missing-codes'
  | 'missing-prj'
  | 'unknown-encoding'
  | 'extra-files-ignored'
  | 'non-gss-codes'
  | 'weights-defaulted'
  | 'sheet-chosen'
  | 'share-package-migrated';

/**
 * Something the user must be told about a file that still loaded. `count` is how many rows/features it
 * concerns, `examples` the first few identifiers (feature index or row number) so the user can find them.
 */
export interface ImportWarning {
  code: ImportWarningCode;
  message: string;
  file: string;
  count?: number;
  examples?: string[];
}

/** What every importer returns: a value with warnings, or one error that names the file. */
export type ImportResult<T> =
  | { ok: true; value: T; warnings: ImportWarning[] }
  | { ok: false; error: ImportError };

/** What a dropped or chosen file is, as decided by the file registry (src/data/file-kind.ts) in the worker. */
export type FileKind = 'boundaries' | 'incidents' | 'indicators' | 'tensions' | 'share-package' | 'workspace' | 'unknown';

/** Why the registry gave a file its kind: what it saw in the name or the content. */
export type FileKindReason =
  | 'share-package-name'
  | 'share-package-content'
  | 'workspace-name'
  | 'workspace-manifest'
  | 'shapefile-part'
  | 'boundary-format'
  | 'tension-columns'
  | 'position-columns'
  | 'table-without-positions'
  | 'workbook-tension-sheet'
  | 'workbook'
  | 'unrecognised';

/**
 * The registry's answer for one file, in input order. `group` names the set a file belongs with (the
 * lower-cased name without extension of a shapefile's parts), so the files of one set go to one loader.
 */
export interface FileKindDecision {
  name: string;
  kind: FileKind;
  reason: FileKindReason;
  group?: string;
}
