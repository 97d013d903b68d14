/**
 * Incident points (hate crime, ASB, graffiti, tension reports), stored column-wise in typed arrays so a
 * million rows cross the worker boundary cheaply and re-counting for a filter costs milliseconds.
 */
import type { BBox } from './geo';
import type { ImportWarning, RowNote } from './import';

export type IncidentFormat = 'police-uk-csv' | 'csv' | 'geojson';

/** Which source column feeds each incident attribute. Position is lng/lat or BNG easting/northing. */
export interface ColumnMapping {
  lng?: string;
  lat?: string;
  easting?: string;
  northing?: string;
  date?: string;
  category?: string;
  id?: string;
  /** Optional numeric column to weight the heatmap by. */
  weight?: string;
  /** A column holding each row's own area code (police.uk `LSOA code`), for the join agreement check. */
  areaCode?: string;
  /** A column of postcodes: rows without coordinates are placed at the postcode's centroid when a lookup is loaded (issue 19). */
  postcode?: string;
}

/** The mapping the importer chose and the columns it could have chosen, shown to the user to correct. */
export interface ColumnDetection {
  columns: string[];
  mapping: ColumnMapping;
  /** e.g. 'police.uk street-level crime' when the header is recognised. */
  recognisedAs: string | null;
}

/**
 * Years an incident may fall in, inclusive; rows dated outside are rejected as `date-out-of-range`. A
 * `9999-12` or `2202` typo would stretch the timeline over thousands of periods (issue 13).
 */
export interface IncidentDateRange {
  fromYear: number;
  toYear: number;
}

/** Why a row was not kept. Closed union so the report can count and translate them. */
export type RejectReason =
  | 'no-coordinates'
  | 'bad-coordinates'
  | 'outside-uk'
  | 'bng-in-lat-lng-columns'
  | 'lat-lng-swapped'
  | 'no-date'
  | 'unparseable-date'
  | 'date-out-of-range'
  | 'malformed-row';

/** Rows rejected for one reason: how many, and the first few row references ("file.csv:12"). */
export interface RejectedRows {
  reason: RejectReason;
  count: number;
  /** What was found, naming the column(s) (up to three kinds, each worded by the catalogue). */
  notes: RowNote[];
  examples: string[];
}

/** What happened to every row of an import: nothing is dropped silently. */
export interface IncidentImportReport {
  files: { name: string; rowsRead: number; rowsKept: number }[];
  rowsRead: number;
  rowsKept: number;
  rejected: RejectedRows[];
  /** Everything the import assumed or changed (encoding, CRS, defaults), shown with the report (issue 13). */
  warnings: ImportWarning[];
}

/** Loaded incidents. All arrays have length `count`; row i of every array is incident i. */
export interface IncidentDataset {
  id: string;
  label: string;
  format: IncidentFormat;
  files: string[];
  count: number;
  detection: ColumnDetection;
  lng: Float64Array;
  lat: Float64Array;
  /** Start of the incident's date in UTC milliseconds (month start for `YYYY-MM` dates). */
  timeMs: Float64Array;
  /** Finest date detail found: police.uk gives months only. */
  datePrecision: 'month' | 'day' | 'time';
  categoryIndex: Uint16Array;
  /** Category names, indexed by categoryIndex. */
  categories: string[];
  /** Heatmap weight per incident, or null when no weight column is chosen. */
  weight: Float32Array | null;
  /** Index into `fileAreaCodes` of each row's own area code, -1 when empty; null when the file has none. */
  fileAreaCodeIndex: Int32Array | null;
  fileAreaCodes: string[];
  /** Row reference for listing: index into `files` and 1-based line number in that file. */
  sourceFile: Uint16Array;
  sourceLine: Int32Array;
  /** Other columns kept for tooltips, exactly as the file holds them (no geocoding, nothing added). */
  extraColumns: { name: string; values: string[] }[];
  bbox: BBox;
  report: IncidentImportReport;
  /** Rows placed at their postcode's centroid (issue 19); absent when every row had coordinates. */
  postcodePlacement?: PostcodePlacement;
}

/**
 * Which incidents were placed at their postcode's centroid rather than at coordinates from the file,
 * and the LSOA and ward the postcode lookup counts each in (index into `codes`, -1 when it gives none),
 * so a join counts them in those areas rather than by where the centroid falls.
 */
export interface PostcodePlacement {
  /** 1 for an incident placed by postcode, 0 for one with its own coordinates. */
  placed: Uint8Array;
  lsoa: Int32Array;
  ward: Int32Array;
  codes: string[];
}
