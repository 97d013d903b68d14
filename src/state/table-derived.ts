/**
 * Indicator-table values lined up with a boundary layer by area code, and the benchmarks the cohesion guide
 * reads from them (difference from the district average, rank, change since the previous period), offered
 * as choropleth fields. The "district" is the loaded boundary layer's areas.
 */
import type { AreaDataset, IndicatorTable } from '../types';
import type { TableMeasure } from '../types/field';
import { fieldId, parseFieldId } from '../analysis/field-registry';
import { benchmarkIndicator } from '../analysis/cohesion/benchmark';
import { matchTableToAreas } from '../data/load-tables';
import { suggestIndicatorForColumn } from '../data/indicator-catalogue';
import { createMemo } from '../analysis/memo';

export { matchTableToAreas, suggestIndicatorForColumn };

export type { TableMeasure };

export interface TableFieldRef {
  tableId: string;
  indicator: number;
  period: number;
  measure: TableMeasure;
}

/** Field id of a table measure (the registry's persisted form `table:<tableId>:<indicator>:<period>:<measure>`). */
export function tableFieldId(ref: TableFieldRef): string {
  return fieldId({ kind: 'table', ...ref });
}

/** Splits a table field id, or null for any other field. */
export function parseTableField(field: string): TableFieldRef | null {
  const ref = parseFieldId(field);
  return ref.kind === 'table' ? { tableId: ref.tableId, indicator: ref.indicator, period: ref.period, measure: ref.measure } : null;
}

const rowMemo = createMemo<IndicatorTable, AreaDataset, Int32Array>();

/** For each area of the boundary layer, the table row with its code (-1 when the table has none). */
export function tableRowsForAreas(table: IndicatorTable, boundary: AreaDataset): Int32Array {
  return rowMemo.get(table, boundary, () => {
    const rowOf = new Map(table.areaCodes.map((code, row) => [code, row]));
    return Int32Array.from(boundary.areaCodes, (code) => rowOf.get(code) ?? -1);
  });
}

/** One indicator in one period for every area of the layer; NaN where the table has no row or no data. */
export function alignedIndicator(table: IndicatorTable, boundary: AreaDataset, indicator: number, period: number): Float64Array {
  const rows = tableRowsForAreas(table, boundary);
  const values = table.indicators[indicator]?.values;
  const periods = table.periods.length;
  return Float64Array.from(rows, (row) => (row < 0 || !values ? Number.NaN : values[row * periods + period]));
}

/** Values of a table field for the layer (null entries = no data), or null when the field is not a table field. */
export function tableFieldValues(boundary: AreaDataset, field: string, tables: Record<string, IndicatorTable>): (number | null)[] | null {
  const ref = parseTableField(field);
  const table = ref ? tables[ref.tableId] : undefined;
  if (!ref || !table || !table.indicators[ref.indicator] || ref.period >= table.periods.length) return null;
  const current = alignedIndicator(table, boundary, ref.indicator, ref.period);
  let out: ArrayLike<number> = current;
  if (ref.measure !== 'value') {
    const previous = ref.period > 0 ? alignedIndicator(table, boundary, ref.indicator, ref.period - 1) : undefined;
    const benchmark = benchmarkIndicator(current, { previous });
    if (ref.measure === 'diff') out = benchmark.differenceFromAverage;
    else if (ref.measure === 'rank') out = benchmark.ranks;
    else if (previous) out = benchmark.change;
    else return null;
  }
  return Array.from(out, (v) => (Number.isFinite(v) ? v : null));
}

/** Every table field a layer can map: each indicator × period × measure of tables that match its codes. */
export function tableFieldsFor(boundary: AreaDataset, tables: Record<string, IndicatorTable>, order: string[]): TableFieldRef[] {
  const refs: TableFieldRef[] = [];
  for (const tableId of order) {
    const table = tables[tableId];
    if (!table) continue;
    const rows = tableRowsForAreas(table, boundary);
    if (!rows.some((r) => r >= 0)) continue;
    table.indicators.forEach((_, indicator) => {
      table.periods.forEach((_, period) => {
        const measures: TableMeasure[] = period > 0 ? ['value', 'diff', 'rank', 'change'] : ['value', 'diff', 'rank'];
        for (const measure of measures) refs.push({ tableId, indicator, period, measure });
      });
    });
  }
  return refs;
}

/**
 * For a table field, which areas' values the sender of a share package withheld as small counts (shown
 * as "<5"); null when the field is not a table value or its table marks none.
 */
export function tableFieldSuppressed(boundary: AreaDataset, field: string, tables: Record<string, IndicatorTable>): boolean[] | null {
  const ref = parseTableField(field);
  const table = ref ? tables[ref.tableId] : undefined;
  const marks = ref && table?.indicators[ref.indicator]?.suppressed;
  if (!ref || !table || !marks || ref.period >= table.periods.length) return null;
  const rows = tableRowsForAreas(table, boundary);
  const periods = table.periods.length;
  // A measure computed from a withheld value (difference, rank, change) is withheld too.
  const at = (row: number, period: number) => row >= 0 && marks[row * periods + period] === 1;
  const out = Array.from(rows, (row) => at(row, ref.period) || (ref.measure === 'change' && ref.period > 0 && at(row, ref.period - 1)));
  return out.some(Boolean) ? out : null;
}
