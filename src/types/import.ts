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
  | 'duplicate-columns'
  // Postcode lookups (src/data/postcodes/):
  | 'not-a-postcode-lookup'
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

/**
 * The plain values a problem is worded from: file names, row or feature numbers, column names, counts,
 * found and expected values. Numbers are counts or measures (the interface groups their digits); years,
 * versions and row references are strings. The catalogue (src/i18n) turns code + params into words.
 */
export type ProblemParams = Record<string, string | number>;

/**
 * Which wording of an error code, when one code is met in several ways (a CSV with only a header row, a
 * workbook with no sheets…). Its catalogue entry is `importError.<code>.<detail>`, else `importError.<code>`.
 */
export type ImportErrorDetail =
  | 'header-only'
  | 'no-features'
  | 'no-sheets'
  | 'no-files'
  | 'table-not-boundaries'
  | 'workspace-dropped'
  | 'zip-without-boundaries'
  | 'not-incidents'
  | 'not-table'
  | 'multipatch'
  | 'bng'
  | 'declared-bng'
  | 'prj'
  | 'at-position'
  | 'not-geojson'
  | 'topology'
  | 'not-topology'
  | 'not-shapefile'
  | 'damaged-shapefile'
  | 'damaged-object'
  | 'points'
  | 'other-columns'
  | 'given'
  | 'stopped'
  | 'join-stopped'
  | 'share-package'
  | 'unclosed-quote'
  | 'tension-header'
  | 'tension-no-area'
  | 'tension-names-only'
  | 'report-header'
  | 'tensions'
  | 'no-data-rows'
  | 'table'
  | 'code-column'
  | 'shape'
  | 'period-column'
  | 'no-period-column'
  | 'indicators'
  | 'indicator-order'
  | 'several-periods'
  | 'level'
  | 'lat-lng-swapped'
  | 'grid-swapped'
  | 'bng-in-lat-lng-columns'
  | 'no-coordinates'
  | 'unparseable-date'
  | 'workbook'
  | 'xls'
  | 'xml'
  | 'not-workbook'
  | 'no-workbook-parts'
  // Zip entries checked while inflating (issue 19):
  | 'zip-entry'
  | 'size-mismatch'
  // Any coordinate system proj4 reads (issue 19):
  | 'declared-projected'
  // GeoPackage, KML/KMZ, CSV with WKT, FlatGeobuf, GeoParquet (issue 19):
  | 'not-geopackage'
  | 'not-kml'
  | 'not-flatgeobuf'
  // Places and assets without dates (issue 16):
  | 'place-category'
  | 'places'
  | 'not-parquet'
  | 'damaged-file'
  | 'no-wkt-column'
  | 'bad-wkt';

/**
 * What a file was expected to hold, as the `expected` parameter of an error; the catalogue words it
 * (`problemWord.expected.<value>`).
 */
export type ExpectedContent = 'geojson-areas' | 'geojson-incidents' | 'topojson-areas' | 'incident-table' | 'indicator-table' | 'tension-table' | 'report-table' | 'place-table' | 'areas' | 'points' | 'workbook' | 'postcode-lookup';

/**
 * What was found instead, as the `found` parameter, when it is a kind of thing rather than a value from
 * the file (`problemWord.found.<value>`; a `type` parameter names a GeoJSON type where one is needed).
 */
export type FoundContent = 'json-array' | 'json-null' | 'json-scalar' | 'collection-without-features' | 'topology' | 'object-of-type' | 'object-without-type' | 'no-geometry';

/**
 * A whole file could not be used: a code (for logic and wording), the values it is worded from, and
 * `choices` the user can pick to retry (TopoJSON objects, sheets). No English text: the catalogue words it.
 */
export interface ImportError {
  code: ImportErrorCode;
  detail?: ImportErrorDetail;
  file: string;
  params: ProblemParams;
  choices?: string[];
  /** Further sentences: what was found in the rows (no-rows-kept), or what was done instead. */
  notes?: RowNote[];
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
  | 'share-package-migrated'
  | 'rows-do-not-match-header'
  | 'reprojected-from-crs'
  | 'layers-ignored'
  // Rows without coordinates placed at their postcode's centroid (src/data/incidents/postcode-placement.ts):
  | 'placed-by-postcode';

/** Which wording of a warning code, when one code is met in several ways. */
export type ImportWarningDetail = 'columns' | 'bng' | 'code-page' | 'dbf' | 'periods' | 'no-datum-shift' | 'shift-given' | 'ostn15' | 'columns-ostn15';

/**
 * Something the user must be told about a file that still loaded. `count` is how many rows/features it
 * concerns, `examples` the first few identifiers (feature index or row number) so the user can find them.
 */
export interface ImportWarning {
  code: ImportWarningCode;
  /** Which wording of the code (catalogue entry `importWarning.<code>.<detail>`), when it has several. */
  detail?: ImportWarningDetail;
  file: string;
  params: ProblemParams;
  count?: number;
  examples?: string[];
}

/** Kinds of detail about rows rejected for one reason (catalogue `rowNote.<code>`). */
export type RowNoteCode =
  | 'position-empty'
  | 'position-empty-police'
  | 'position-text'
  | 'bng-points'
  | 'bng'
  | 'swapped'
  | 'outside-grid'
  | 'outside-uk'
  | 'grid-degrees'
  | 'not-degrees'
  | 'date-empty'
  | 'date-us-order'
  | 'date-unparseable'
  | 'quote'
  | 'field-count'
  | 'header-repeated'
  | 'date-out-of-range'
  | 'null-geometry'
  | 'point-without-coordinates'
  | 'not-point'
  | 'found-values'
  | 'tables-kept-separate'
  // Rows placed by postcode (src/data/postcodes/): the postcode was not one, or not in the lookup.
  | 'postcode-not-a-postcode'
  | 'postcode-not-in-lookup';

/**
 * What was found in rejected rows, as data: a note code with the columns and values concerned
 * (`xName`/`yName` such as '"Longitude"', `x`/`y` the values found); the catalogue words it.
 */
export interface RowNote {
  code: RowNoteCode;
  params: ProblemParams;
}

/**
 * What a field of a share package should have held, as the `shouldBe` parameter of `bad-share-package`
 * (`problemWord.shouldBe.<value>`; `count`, `top` and `format` parameters fill in the numbers).
 */
export type PackageExpectation =
  | 'risk-level'
  | 'assessment-status'
  | 'sent-area-code'
  | 'object'
  | 'list'
  | 'text'
  | 'non-empty-text'
  | 'polygon-type'
  | 'iso-date'
  | 'boolean'
  | 'some-areas'
  | 'unique-code'
  | 'layer-kind'
  | 'values-per-period'
  | 'cell-value'
  | 'tension-scale'
  | 'date'
  | 'level'
  | 'point'
  | 'format'
  | 'whole-number'
  | 'number-or-null'
  // Issue 14: shared tension reports.
  | 'report-field'
  | 'report-field-chosen'
  | 'report-value';

/** What an import is doing, for the progress line: a code with parameters (catalogue `progress.<code>`). */
export interface ProgressStep {
  code: 'reading' | 'reading-of' | 'read-datasets' | 'read-files' | 'read-incidents' | 'detecting-fields' | 'done';
  params: ProblemParams;
}

/** Progress of an import from 0 to 1, with the current step. */
export type ImportProgress = (fraction: number, step: ProgressStep) => void;

/** What every importer returns: a value with warnings, or one error that names the file. */
export type ImportResult<T> =
  | { ok: true; value: T; warnings: ImportWarning[] }
  | { ok: false; error: ImportError };

/** What a dropped or chosen file is, as decided by the file registry (src/data/file-kind.ts) in the worker. */
export type FileKind = 'boundaries' | 'incidents' | 'indicators' | 'tensions' | 'reports' | 'postcodes' | 'places' | 'share-package' | 'workspace' | 'unknown';

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
  // Issue 19: a postcode lookup (ONSPD/NSPL header, or a Code-Point Open row); incidents located by postcode.
  | 'postcode-lookup'
  | 'postcode-column'
  | 'table-without-positions'
  | 'workbook-tension-sheet'
  // Issue 14: a tension report table (the template filled in, or a form tool's export).
  | 'report-columns'
  | 'workbook-report-sheet'
  | 'workbook'
  | 'wkt-column'
  // Issue 16: places without dates (a category column, a position or postcode, no date; or GeoJSON points so).
  | 'place-columns'
  | 'place-points'
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
