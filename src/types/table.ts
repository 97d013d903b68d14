/**
 * Indicator tables (deprivation indices, census counts, survey rates) keyed by area code, stored
 * column-wise: one Float64Array per indicator over areas × periods, NaN where there is no data.
 */
import type { AreaLevel, DataOrigin } from './area';
import type { ProblemParams } from './import';
import type { DeprivationMeasure } from './cohesion';

export type TableFormat = 'csv' | 'xlsx' | 'ods' | 'share-package';

/** Wide: one column per indicator. Long: one row per (area, [period,] indicator) with a value column. */
export type TableShape = 'wide' | 'long';

/** `count` for whole non-negative counts (residents, incidents), `percent` for 0–100 shares, else `number`. */
export type IndicatorUnit = 'count' | 'percent' | 'number';

/**
 * One indicator. `values[codeIndex * periods.length + periodIndex]`; NaN = no data (suppressed, missing
 * or unreadable), never 0.
 */
export interface TableIndicator {
  name: string;
  unit: IndicatorUnit;
  values: Float64Array;
  /**
   * Cells withheld as small counts by the sender of a share package (1 = suppressed, shown as "<5"),
   * parallel to `values`, where they are NaN. Absent for tables read from files.
   */
  suppressed?: Uint8Array;
}

/** Why a table row was not kept. Closed union so the report can count and translate them. */
export type TableRejectReason =
  | 'no-code'
  | 'not-area-code'
  | 'duplicate-row'
  | 'no-period'
  | 'no-indicator'
  | 'malformed-row';

/** Rows rejected for one reason: how many, and the first few row references ("file.csv:12"). */
export interface TableRejectedRows {
  reason: TableRejectReason;
  /** duplicate-row only: what repeated (catalogue `tableRejected.duplicate-row.<detail>`). */
  detail?: TableRejectDetail;
  count: number;
  /** What the catalogue words the reason from: count, column and the first value met. */
  params: ProblemParams;
  examples: string[];
}

/** What repeated in a duplicate row: the area, the area and period, both with the indicator, or across files. */
export type TableRejectDetail = 'area' | 'area-period' | 'area-period-indicator' | 'earlier-file';

/** Why a column is not an indicator: it holds text, nothing at all, or it identifies rows. */
export interface SkippedTableColumn {
  name: string;
  reason: 'text' | 'empty' | 'identifier';
}

/** Cells of an indicator column that held text where numbers were expected (read as no data). */
export interface UnreadableTableCells {
  column: string;
  count: number;
  examples: string[];
}

/** Which sheet of a workbook was read, and why: the one with the most rows holding GSS codes. */
export interface SheetChoice {
  sheet: string;
  /** Every sheet in workbook order with its count of GSS-code rows. */
  sheets: { name: string; gssRows: number }[];
  chosenBy: 'option' | 'most-gss-rows' | 'only-sheet';
}

/** What happened to every row and cell: nothing is dropped silently. */
export interface TableImportReport {
  rowsRead: number;
  rowsKept: number;
  rejected: TableRejectedRows[];
  /** Cells read as no data: suppression markers (`*`, `..`, `c`, `x`…), blanks and unreadable text. */
  noDataCells: number;
  /** 1-based row number of the header in the file or sheet (> 1 when title rows sit above it). */
  headerRow: number;
  skippedColumns: SkippedTableColumn[];
  unreadableCells: UnreadableTableCells[];
  sheet?: SheetChoice;
}

/** A loaded indicator table. `areaCodes` are distinct, in first-seen order; `areaNames` parallel ('' if none). */
export interface IndicatorTable {
  id: string;
  label: string;
  files: string[];
  format: TableFormat;
  codeColumn: string;
  nameColumn?: string;
  periodColumn?: string;
  /** Long tables only: the columns naming the indicator and holding its value. */
  indicatorColumn?: string;
  valueColumn?: string;
  shape: TableShape;
  level: AreaLevel;
  areaCodes: string[];
  areaNames: string[];
  /** Period labels in time order (['2011', '2019', '2025']); [''] when the table has no period. */
  periods: string[];
  indicators: TableIndicator[];
  report: TableImportReport;
  /** Set when the table came from a neighbour's share package. */
  origin?: DataOrigin;
}

/**
 * Why codes do not line up between a table and loaded boundaries, in plain words: LSOA vintages
 * (2001/2011/2021), ward boundary reviews, a different geographic level, no overlap at all, or only
 * boundaries in a nation the table does not cover (a Welsh table on boundaries that cross into England).
 */
export interface VintageNote {
  kind: 'lsoa-vintage' | 'ward-vintage' | 'level-mismatch' | 'no-overlap' | 'other-nation';
  tableLevel: AreaLevel;
  areasLevel: AreaLevel;
  /** Best guess at each side's LSOA vintage from the code ranges, when one can be made. */
  tableVintage?: '2001' | '2011' | '2021';
  areasVintage?: '2001' | '2011' | '2021';
  /** The explanation, sentence by sentence, as codes with parameters (catalogue `vintage.<code>`). */
  texts: VintageText[];
}

/**
 * One sentence of a vintage note. Parameters: counts, `codes` examples, levels (`level`, `levels`,
 * `tableLevel`, `areasLevel`… as AreaLevel values), nations as code letters ("E,W"), vintages ('2011', 'older').
 */
export interface VintageText {
  code: 'missing' | 'missing-in' | 'table-extra' | 'lsoa-guess' | 'lsoa-unknown' | 'ward' | 'level-mismatch' | 'level-mismatch-none' | 'no-overlap' | 'outside';
  params: ProblemParams;
}

/** How a table's codes meet the loaded areas' codes: both unmatched lists in first-seen order. */
export interface TableAreaMatch {
  matched: number;
  tableOnly: string[];
  areasOnly: string[];
  vintage: VintageNote | null;
}

/**
 * A table's source: `wimd` (Welsh Index of Multiple Deprivation), `imd` (English Indices of Deprivation),
 * `census` (with its topic table, e.g. TS004) or `file` (anything else: worded by its label). `edition` is the
 * year the names carry, else the table's one period; `measure` says whether a deprivation file holds ranks or scores.
 */
export interface TableSource {
  kind: 'wimd' | 'imd' | 'census' | 'file';
  label: string;
  edition: string | null;
  topic: string | null;
  measure: DeprivationMeasure | null;
}
