/**
 * From the rows of a CSV or a sheet to an `IndicatorTable`: find the header row, name the columns, detect the
 * code (and name, period, indicator/value) columns, key the rows and shape wide or long tables.
 */
import type { ExpectedContent, ImportErrorDetail, ImportResult, IndicatorTable, ProblemParams, SheetChoice, TableFormat } from '../../types';
import { levelFromCodes } from '../area-dataset';
import { cellText, type GridRow } from './cell-values';
import { detectCodeColumn, detectColumnRoles, normaliseName, ROLE_SAMPLE_ROWS, type ColumnRoles } from './column-roles';
import { findHeaderRow } from './header-row';
import { shapeLongTable } from './long-shape';
import { keyDataRows, type DataRows } from './row-keys';
import { createTableTally, rejectedRowsOf, unreadableCellsOf, type TableTally } from './table-report';
import { shapeWideTable } from './wide-shape';

/** The rows of one file (or one sheet of a workbook), as read. */
export interface TableSource {
  fileName: string;
  format: TableFormat;
  rows: readonly GridRow[];
  /** 1-based line numbers of `rows` in the file (CSV rows may span lines); row index + 1 when absent. */
  rowNumbers?: readonly number[];
  sheet?: SheetChoice;
  /** Rows the reader itself rejected (CSV lines with a broken quote), already counted in `tally`. */
  tally?: TableTally;
  /** Rows the reader dropped before `rows` (malformed CSV lines), for `rowsRead`. */
  droppedRows?: number;
}

/** Identity of the table and the user's choice of code column (a header name), if any. */
export interface BuildTableOptions {
  id: string;
  label: string;
  codeColumn?: string;
}

const EXPECTED: ExpectedContent = 'indicator-table';

function fail(source: TableSource, code: 'empty' | 'no-code-column' | 'no-rows-kept' | 'no-indicator-columns', detail: ImportErrorDetail | undefined, params: ProblemParams, choices?: string[]): ImportResult<IndicatorTable> {
  return { ok: false, error: { code, ...(detail && { detail }), file: source.fileName, params: { file: source.fileName, ...params }, ...(choices ? { choices } : {}) } };
}

/** Header cells as column names: blank ones become "Column 7", repeats get " (2)", " (3)"… */
function columnNames(header: GridRow, width: number): string[] {
  const seen = new Map<string, number>();
  return Array.from({ length: width }, (_, index) => {
    const base = cellText(header[index]) || `Column ${index + 1}`;
    const times = (seen.get(base) ?? 0) + 1;
    seen.set(base, times);
    return times === 1 ? base : `${base} (${times})`;
  });
}

function dataRowsUnder(source: TableSource, headerIndex: number): DataRows {
  const rows: GridRow[] = [];
  const rowNumbers: number[] = [];
  for (let index = headerIndex + 1; index < source.rows.length; index += 1) {
    const row = source.rows[index];
    if (row.every((cell) => cellText(cell) === '')) continue;
    rows.push(row);
    rowNumbers.push(source.rowNumbers?.[index] ?? index + 1);
  }
  const width = Math.max(source.rows[headerIndex].length, ...rows.slice(0, ROLE_SAMPLE_ROWS).map((row) => row.length));
  return { fileName: source.fileName, columns: columnNames(source.rows[headerIndex], width), rows, rowNumbers };
}

/** Drops trailing "Column N" columns that are blank in the header and in every row. */
function trimBlankColumns(data: DataRows): DataRows {
  let width = data.columns.length;
  while (width > 0 && data.columns[width - 1] === `Column ${width}` && data.rows.every((row) => cellText(row[width - 1]) === '')) width -= 1;
  return width === data.columns.length ? data : { ...data, columns: data.columns.slice(0, width) };
}

function findCodeColumn(source: TableSource, data: DataRows, options: BuildTableOptions): number | ImportResult<IndicatorTable> {
  const seen = data.columns.map((name) => `"${name}"`).join(', ');
  if (options.codeColumn !== undefined) {
    const wanted = normaliseName(options.codeColumn);
    const index = data.columns.findIndex((name) => normaliseName(name) === wanted);
    if (index !== -1) return index;
    return fail(source, 'no-code-column', 'given', { column: options.codeColumn, columns: seen }, data.columns);
  }
  const index = detectCodeColumn(data.columns, data.rows.slice(0, ROLE_SAMPLE_ROWS));
  if (index !== null) return index;
  return fail(source, 'no-code-column', undefined, { columns: seen }, data.columns);
}

function roleSet(roles: ColumnRoles): Set<number> {
  return new Set([roles.code, roles.name, roles.period, roles.indicator, roles.value].filter((column): column is number => column !== null));
}

/**
 * Builds an indicator table from rows. Errors: `empty` (no rows, or a header without data rows),
 * `no-code-column` (listing the columns seen in `choices`), `no-rows-kept`, `no-indicator-columns`.
 */
export function buildIndicatorTable(source: TableSource, options: BuildTableOptions): ImportResult<IndicatorTable> {
  const detectedHeader = findHeaderRow(source.rows);
  if (detectedHeader === null) return fail(source, 'empty', undefined, { expected: EXPECTED });
  const headerIndex = options.codeColumn === undefined ? detectedHeader : findHeaderRow(source.rows, options.codeColumn);
  if (headerIndex === null) {
    const seen = trimBlankColumns(dataRowsUnder(source, detectedHeader)).columns;
    const listed = seen.map((name) => `"${name}"`).join(', ');
    return fail(source, 'no-code-column', 'given', { column: options.codeColumn ?? '', columns: listed }, seen);
  }
  const data = trimBlankColumns(dataRowsUnder(source, headerIndex));
  if (data.rows.length === 0) return fail(source, 'empty', 'header-only', { row: String(source.rowNumbers?.[headerIndex] ?? headerIndex + 1), expected: EXPECTED });
  const code = findCodeColumn(source, data, options);
  if (typeof code !== 'number') return code;
  const roles = detectColumnRoles(data.columns, data.rows.slice(0, ROLE_SAMPLE_ROWS), code);
  const tally = source.tally ?? createTableTally();
  const keyed = keyDataRows(data, roles, tally);
  if (keyed.rowIndexes.length === 0) {
    return fail(source, 'no-rows-kept', 'table', { count: data.rows.length, column: data.columns[code] });
  }
  const isLong = roles.indicator !== null && roles.value !== null;
  const identifiers = new Set(roles.identifiers);
  const shaped = isLong
    ? shapeLongTable(data, keyed, roles.indicator!, roles.value!, roleSet(roles), identifiers, tally)
    : shapeWideTable(data, keyed, roleSet(roles), identifiers, tally);
  if (shaped.indicators.length === 0) {
    const skipped = shaped.skippedColumns.map((column) => `"${column.name}" (${column.reason})`).join(', ');
    return fail(source, 'no-indicator-columns', undefined, { skipped: skipped || '—', column: data.columns[code] });
  }
  const table: IndicatorTable = {
    id: options.id,
    label: options.label,
    files: [source.fileName],
    format: source.format,
    codeColumn: data.columns[code],
    ...(roles.name === null ? {} : { nameColumn: data.columns[roles.name] }),
    ...(roles.period === null ? {} : { periodColumn: data.columns[roles.period] }),
    ...(isLong ? { indicatorColumn: data.columns[roles.indicator!], valueColumn: data.columns[roles.value!] } : {}),
    shape: isLong ? 'long' : 'wide',
    level: levelFromCodes(keyed.areaCodes),
    areaCodes: keyed.areaCodes,
    areaNames: keyed.areaNames,
    periods: keyed.periods,
    indicators: shaped.indicators,
    report: {
      rowsRead: data.rows.length + (source.droppedRows ?? 0),
      rowsKept: shaped.rowsKept,
      rejected: rejectedRowsOf(tally),
      noDataCells: shaped.noDataCells,
      headerRow: source.rowNumbers?.[headerIndex] ?? headerIndex + 1,
      skippedColumns: shaped.skippedColumns,
      unreadableCells: unreadableCellsOf(tally),
      ...(source.sheet ? { sheet: source.sheet } : {}),
    },
  };
  return { ok: true, value: table, warnings: [] };
}
