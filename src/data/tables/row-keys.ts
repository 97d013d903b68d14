/**
 * Keying the data rows of a table: each kept row gets an area index and a period index. Rows without a code,
 * with a code that is not an area code (totals, footnotes), or without a required period/indicator are
 * rejected with a reason.
 */
import { GSS_CODE_PATTERN } from '../field-detection';
import { cellText, type GridRow } from './cell-values';
import { sortPeriods } from './period-labels';
import { rejectTableRow, type TableTally } from './table-report';

/** The data rows under the header, with their 1-based row numbers in the file or sheet for messages. */
export interface DataRows {
  fileName: string;
  columns: string[];
  rows: GridRow[];
  rowNumbers: number[];
}

/** Kept rows: `rows[i]` is data row `rowIndexes[i]`, with its area and period indexes. */
export interface KeyedRows {
  areaCodes: string[];
  areaNames: string[];
  /** In time order; [''] when the table has no period column. */
  periods: string[];
  rowIndexes: number[];
  codeIndexes: Int32Array;
  periodIndexes: Int32Array;
}

/** Which columns key a row: code (required), name, period and long tables' indicator column. */
export interface KeyColumns {
  code: number;
  name: number | null;
  period: number | null;
  indicator: number | null;
}

/** Row reference for messages: "file.csv:12". */
export function rowRef(data: DataRows, index: number): string {
  return `${data.fileName}:${data.rowNumbers[index]}`;
}

/** True when at least half the filled code cells are GSS codes: then other values are totals or notes. */
function isMostlyGss(data: DataRows, code: number): boolean {
  let filled = 0;
  let gss = 0;
  for (const row of data.rows) {
    const text = cellText(row[code]);
    if (text === '') continue;
    filled += 1;
    if (GSS_CODE_PATTERN.test(text)) gss += 1;
  }
  return gss * 2 >= filled;
}

/** Codes are upper-cased: the same area typed "w01000001" joins to W01000001. */
function normaliseCode(text: string): string {
  return text.toUpperCase();
}

/**
 * Assigns area and period indexes to every usable row. Areas keep first-seen order; periods are sorted into
 * time order. Rejections go into `tally` (duplicates are left to the shaping step, which knows the key).
 */
export function keyDataRows(data: DataRows, columns: KeyColumns, tally: TableTally): KeyedRows {
  const { code, name, period, indicator } = columns;
  const strictCodes = isMostlyGss(data, code);
  const codeColumn = data.columns[code];
  const areaIndex = new Map<string, number>();
  const areaCodes: string[] = [];
  const areaNames: string[] = [];
  const rowIndexes: number[] = [];
  const codeOfRow: number[] = [];
  const periodOfRow: string[] = [];
  const periodSet = new Set<string>();
  data.rows.forEach((row, index) => {
    const text = cellText(row[code]);
    if (text === '') return rejectTableRow(tally, 'no-code', rowRef(data, index), codeColumn);
    const areaCode = normaliseCode(text);
    if (strictCodes && !GSS_CODE_PATTERN.test(areaCode)) return rejectTableRow(tally, 'not-area-code', rowRef(data, index), codeColumn, text);
    const periodLabel = period === null ? '' : cellText(row[period]);
    if (period !== null && periodLabel === '') return rejectTableRow(tally, 'no-period', rowRef(data, index), data.columns[period]);
    if (indicator !== null && cellText(row[indicator]) === '') return rejectTableRow(tally, 'no-indicator', rowRef(data, index), data.columns[indicator]);
    let areaAt = areaIndex.get(areaCode);
    if (areaAt === undefined) {
      areaIndex.set(areaCode, (areaAt = areaCodes.length));
      areaCodes.push(areaCode);
      areaNames.push(name === null ? '' : cellText(row[name]));
    }
    rowIndexes.push(index);
    codeOfRow.push(areaAt);
    periodOfRow.push(periodLabel);
    periodSet.add(periodLabel);
  });
  const periods = periodSet.size === 0 ? [''] : sortPeriods(periodSet);
  const periodIndex = new Map(periods.map((label, at) => [label, at]));
  return {
    areaCodes,
    areaNames,
    periods,
    rowIndexes,
    codeIndexes: Int32Array.from(codeOfRow),
    periodIndexes: Int32Array.from(periodOfRow, (label) => periodIndex.get(label)!),
  };
}
