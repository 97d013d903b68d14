/**
 * Long tables: one row per area, (period,) indicator, with the figure in a value column (Nomis and
 * StatsWales downloads, tidy data). Each distinct indicator name becomes an indicator.
 */
import type { TableIndicator } from '../../types';
import { cellText, readCell } from './cell-values';
import { inferIndicatorUnit } from './indicator-unit';
import { rowRef, type DataRows, type KeyedRows } from './row-keys';
import type { ShapedIndicators } from './wide-shape';
import { noteUnreadableCell, rejectTableRow, type TableTally } from './table-report';

/**
 * Shapes a long table from its indicator and value columns; other columns are reported as skipped
 * ('identifier' for the extra code columns the caller lists, 'text' for the rest). A row repeating an area,
 * period and indicator already seen is rejected as a duplicate; the first row wins.
 */
export function shapeLongTable(data: DataRows, keyed: KeyedRows, indicatorColumn: number, valueColumn: number, roleColumns: ReadonlySet<number>, identifiers: ReadonlySet<number>, tally: TableTally): ShapedIndicators {
  const periodCount = keyed.periods.length;
  const cellCount = keyed.areaCodes.length * periodCount;
  const indicatorIndex = new Map<string, number>();
  const names: string[] = [];
  const values: Float64Array[] = [];
  const sawPercent: boolean[] = [];
  const filled: Uint8Array[] = [];
  const valueName = data.columns[valueColumn];
  let noDataCells = 0;
  let rowsKept = 0;
  keyed.rowIndexes.forEach((index, kept) => {
    const row = data.rows[index];
    const name = cellText(row[indicatorColumn]);
    let at = indicatorIndex.get(name);
    if (at === undefined) {
      indicatorIndex.set(name, (at = names.length));
      names.push(name);
      values.push(new Float64Array(cellCount).fill(Number.NaN));
      sawPercent.push(false);
      filled.push(new Uint8Array(cellCount));
    }
    const cell = keyed.codeIndexes[kept] * periodCount + keyed.periodIndexes[kept];
    if (filled[at][cell] === 1) return rejectTableRow(tally, 'duplicate-row', rowRef(data, index), '', '', 'area-period-indicator');
    filled[at][cell] = 1;
    rowsKept += 1;
    const reading = readCell(row[valueColumn]);
    if (reading.kind === 'number') {
      values[at][cell] = reading.value;
      if (reading.percent) sawPercent[at] = true;
      return;
    }
    noDataCells += 1;
    if (reading.kind === 'text') noteUnreadableCell(tally, valueName, `${rowRef(data, index)} "${String(row[valueColumn]).trim()}"`);
  });
  const indicators = names.map((name, at): TableIndicator => ({ name, unit: inferIndicatorUnit(name, values[at], sawPercent[at]), values: values[at] }));
  const skippedColumns = data.columns.flatMap((name, column) => {
    if (roleColumns.has(column)) return [];
    return [{ name, reason: identifiers.has(column) ? ('identifier' as const) : ('text' as const) }];
  });
  return { indicators, skippedColumns, noDataCells, rowsKept };
}
