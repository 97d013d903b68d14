/**
 * Wide tables: one column per indicator (WIMD, IMD, Census bulk files). Numeric columns become indicators;
 * text columns are skipped and reported. A period column (year) makes rows per area × period.
 */
import type { SkippedTableColumn, TableIndicator } from '../../types';
import { readCell } from './cell-values';
import { inferIndicatorUnit } from './indicator-unit';
import { rowRef, type DataRows, type KeyedRows } from './row-keys';
import { noteUnreadableCell, rejectTableRow, type TableTally } from './table-report';

/** A column is an indicator when at least this share of its readable (non-blank) cells are numbers. */
export const NUMERIC_SHARE = 0.9;

/** Indicators and what happened to the other columns and cells. */
export interface ShapedIndicators {
  indicators: TableIndicator[];
  skippedColumns: SkippedTableColumn[];
  noDataCells: number;
  rowsKept: number;
}

interface ColumnVerdict {
  column: number;
  kind: 'indicator' | 'text' | 'empty';
}

function judgeColumn(data: DataRows, keyed: KeyedRows, column: number): ColumnVerdict {
  let numbers = 0;
  let texts = 0;
  for (const index of keyed.rowIndexes) {
    const reading = readCell(data.rows[index][column]);
    if (reading.kind === 'number') numbers += 1;
    else if (reading.kind === 'text') texts += 1;
  }
  if (numbers === 0) return { column, kind: texts === 0 ? 'empty' : 'text' };
  return { column, kind: numbers >= (numbers + texts) * NUMERIC_SHARE ? 'indicator' : 'text' };
}

/**
 * Shapes a wide table: every column not listed in `roleColumns` is judged by its values. A row repeating an
 * area (and period) already seen is rejected as a duplicate; the first row wins.
 */
export function shapeWideTable(data: DataRows, keyed: KeyedRows, roleColumns: ReadonlySet<number>, identifiers: ReadonlySet<number>, tally: TableTally): ShapedIndicators {
  const skippedColumns: SkippedTableColumn[] = [];
  const verdicts: ColumnVerdict[] = [];
  data.columns.forEach((name, column) => {
    if (roleColumns.has(column)) return;
    if (identifiers.has(column)) return void skippedColumns.push({ name, reason: 'identifier' });
    const verdict = judgeColumn(data, keyed, column);
    if (verdict.kind === 'indicator') verdicts.push(verdict);
    else skippedColumns.push({ name, reason: verdict.kind });
  });
  const periodCount = keyed.periods.length;
  const cellCount = keyed.areaCodes.length * periodCount;
  const values = verdicts.map(() => new Float64Array(cellCount).fill(Number.NaN));
  const sawPercent = verdicts.map(() => false);
  const filled = new Uint8Array(cellCount);
  const duplicateKey = periodCount > 1 || keyed.periods[0] !== '' ? 'area-period' : 'area';
  let noDataCells = 0;
  let rowsKept = 0;
  keyed.rowIndexes.forEach((index, kept) => {
    const cell = keyed.codeIndexes[kept] * periodCount + keyed.periodIndexes[kept];
    if (filled[cell] === 1) return rejectTableRow(tally, 'duplicate-row', rowRef(data, index), '', '', duplicateKey);
    filled[cell] = 1;
    rowsKept += 1;
    const row = data.rows[index];
    verdicts.forEach(({ column }, at) => {
      const reading = readCell(row[column]);
      if (reading.kind === 'number') {
        values[at][cell] = reading.value;
        if (reading.percent) sawPercent[at] = true;
        return;
      }
      noDataCells += 1;
      if (reading.kind === 'text') noteUnreadableCell(tally, data.columns[column], `${rowRef(data, index)} "${String(row[column]).trim()}"`);
    });
  });
  const indicators = verdicts.map(({ column }, at): TableIndicator => ({
    name: data.columns[column],
    unit: inferIndicatorUnit(data.columns[column], values[at], sawPercent[at]),
    values: values[at],
  }));
  return { indicators, skippedColumns, noDataCells, rowsKept };
}
