/**
 * Combining indicator tables: several files of one layout into one table (a table split by nation), or
 * several editions into one time series (WIMD 2011, 2019, 2025 → periods '2011', '2019', '2025').
 */
import type { ImportErrorDetail, ImportResult, IndicatorTable, ProblemParams, IndicatorUnit, SkippedTableColumn, TableIndicator, TableRejectedRows } from '../../types';
import { normaliseName } from './column-roles';
import { sortPeriods } from './period-labels';
import { REPORT_EXAMPLES } from './table-report';

/** One table and the label each of its periods takes in the combined table. */
export interface CombinePart {
  table: IndicatorTable;
  periodLabels: readonly string[];
}

/** Identity of a combined table. */
export interface CombinedTableIdentity {
  id: string;
  label: string;
}

function unionInOrder(lists: Iterable<readonly string[]>): string[] {
  const seen = new Set<string>();
  for (const list of lists) for (const item of list) seen.add(item);
  return [...seen];
}

function combinedUnit(units: IndicatorUnit[]): IndicatorUnit {
  return units.every((unit) => unit === units[0]) ? units[0] : 'number';
}

function uniqueSkippedColumns(tables: readonly IndicatorTable[]): SkippedTableColumn[] {
  const byName = new Map<string, SkippedTableColumn>();
  for (const table of tables) for (const column of table.report.skippedColumns) if (!byName.has(column.name)) byName.set(column.name, column);
  return [...byName.values()];
}

/**
 * Lays every part's values onto the union of codes × periods (codes in first-seen order, periods in time
 * order, indicators by name). An area and period already filled by an earlier part is a duplicate: the
 * earlier values are kept and the later row is counted as rejected.
 */
export function combineTableParts(parts: readonly CombinePart[], identity: CombinedTableIdentity): IndicatorTable {
  const first = parts[0].table;
  const areaCodes = unionInOrder(parts.map((part) => part.table.areaCodes));
  const areaIndex = new Map(areaCodes.map((code, index) => [code, index]));
  const areaNames = areaCodes.map(() => '');
  const periods = sortPeriods(new Set(parts.flatMap((part) => part.periodLabels)));
  const periodIndex = new Map(periods.map((label, index) => [label, index]));
  const names = unionInOrder(parts.map((part) => part.table.indicators.map((indicator) => indicator.name)));
  const cellCount = areaCodes.length * periods.length;
  const values = names.map(() => new Float64Array(cellCount).fill(Number.NaN));
  const filled = new Uint8Array(cellCount);
  const duplicates: string[] = [];
  let duplicateCount = 0;
  for (const { table, periodLabels } of parts) {
    const byName = new Map(table.indicators.map((indicator) => [indicator.name, indicator]));
    const sources = names.map((name) => byName.get(name));
    const filledHere = new Uint8Array(cellCount);
    table.areaCodes.forEach((code, codeAt) => {
      const area = areaIndex.get(code)!;
      if (areaNames[area] === '') areaNames[area] = table.areaNames[codeAt] ?? '';
      periodLabels.forEach((label, periodAt) => {
        const source = codeAt * table.periods.length + periodAt;
        const target = area * periods.length + periodIndex.get(label)!;
        if (!sources.some((indicator) => indicator !== undefined && !Number.isNaN(indicator.values[source]))) return;
        if (filled[target] === 1) {
          duplicateCount += 1;
          if (duplicates.length < REPORT_EXAMPLES) duplicates.push(`${table.files.join(', ')}: ${code}${label ? ` ${label}` : ''}`);
          return;
        }
        filledHere[target] = 1;
        sources.forEach((indicator, at) => {
          if (indicator) values[at][target] = indicator.values[source];
        });
      });
    });
    for (let cell = 0; cell < cellCount; cell += 1) if (filledHere[cell] === 1) filled[cell] = 1;
  }
  const indicators = names.map((name, at): TableIndicator => ({
    name,
    unit: combinedUnit(parts.flatMap((part) => part.table.indicators.filter((indicator) => indicator.name === name).map((indicator) => indicator.unit))),
    values: values[at],
  }));
  const rejected: TableRejectedRows[] = parts.flatMap((part) => part.table.report.rejected);
  if (duplicateCount > 0) {
    rejected.push({ reason: 'duplicate-row', detail: 'earlier-file', count: duplicateCount, params: { count: duplicateCount }, examples: duplicates });
  }
  const reports = parts.map((part) => part.table.report);
  return {
    ...first,
    id: identity.id,
    label: identity.label,
    files: parts.flatMap((part) => part.table.files),
    areaCodes,
    areaNames,
    periods,
    indicators,
    report: {
      rowsRead: reports.reduce((sum, report) => sum + report.rowsRead, 0),
      rowsKept: reports.reduce((sum, report) => sum + report.rowsKept, 0) - duplicateCount,
      rejected,
      noDataCells: reports.reduce((sum, report) => sum + report.noDataCells, 0),
      headerRow: first.report.headerRow,
      skippedColumns: uniqueSkippedColumns(parts.map((part) => part.table)),
      unreadableCells: reports.flatMap((report) => report.unreadableCells),
      ...(first.report.sheet ? { sheet: first.report.sheet } : {}),
    },
  };
}

/** What differs between two tables' layouts, in words, or null when they match. */
/** How table `b` differs in layout from `a` (a wording of `different-layouts` and its values), or null. */
function layoutDifference(a: IndicatorTable, b: IndicatorTable): { detail: ImportErrorDetail; params: ProblemParams } | null {
  const quoted = (names: readonly string[]) => names.map((name) => `"${name}"`).join(', ');
  if (normaliseName(a.codeColumn) !== normaliseName(b.codeColumn)) return { detail: 'code-column', params: { column: b.codeColumn, firstColumn: a.codeColumn } };
  if (a.shape !== b.shape) return { detail: 'shape', params: { shape: b.shape, firstShape: a.shape } };
  if ((a.periodColumn === undefined) !== (b.periodColumn === undefined)) {
    return b.periodColumn === undefined ? { detail: 'no-period-column', params: {} } : { detail: 'period-column', params: { column: b.periodColumn } };
  }
  const [namesA, namesB] = [a.indicators.map((indicator) => indicator.name), b.indicators.map((indicator) => indicator.name)];
  if (namesA.join('\u0000') !== namesB.join('\u0000')) {
    const missing = namesA.filter((name) => !namesB.includes(name));
    const extra = namesB.filter((name) => !namesA.includes(name));
    if (missing.length === 0 && extra.length === 0) return { detail: 'indicator-order', params: {} };
    return { detail: 'indicators', params: { missing: quoted(missing) || '—', extra: quoted(extra) || '—' } };
  }
  return null;
}

/**
 * Joins tables read from several files of the same layout (same code column, shape, period column and
 * indicators) into one. Different layouts give `different-layouts`: combine editions with
 * `mergeTablesAsPeriods` instead.
 */
export function concatenateTables(tables: readonly IndicatorTable[], identity: CombinedTableIdentity): ImportResult<IndicatorTable> {
  if (tables.length === 0) throw new Error('concatenateTables: no tables given');
  for (const table of tables.slice(1)) {
    const difference = layoutDifference(tables[0], table);
    if (difference === null) continue;
    const file = table.files[0];
    return { ok: false, error: { code: 'different-layouts', detail: difference.detail, file, params: { file, first: tables[0].files[0], ...difference.params } } };
  }
  const parts = tables.map((table) => ({ table, periodLabels: table.periods }));
  return { ok: true, value: combineTableParts(parts, identity), warnings: [] };
}
