/**
 * The per-area table behind a map: one row per area (name, code, value, class label), sortable, and as
 * CSV with optional small-number suppression. What the map says with colours, this says in words.
 */
import { csvCell, toCsv, type CsvCell } from './csv-export';
import { SUPPRESSED_COUNT, SUPPRESSED_DERIVED, type SuppressionKind } from './small-number-suppression';
import { protectGrid } from './secondary-suppression';
import type { CellStatus } from './disclosure-audit';

/**
 * One row: `index` is the area's feature index; `classIndex` -1 means no data. `second` is a second
 * value when the map shows two at once (the bivariate map: community share and cohesion score).
 */
export interface AreaTableRow {
  index: number;
  name: string;
  code: string;
  value: number | null;
  second?: number | null;
  classIndex: number;
}

export type AreaTableColumn = 'name' | 'code' | 'value' | 'second' | 'class';

const finiteOrNull = (v: number | null | undefined): number | null => (v === null || v === undefined || !Number.isFinite(v) ? null : v);
export type SortDirection = 'ascending' | 'descending';

/**
 * Rows for every area from parallel arrays (the choropleth's values and classes, or the bivariate map's
 * share, score and 3×3 class); NaN and missing values become null.
 */
export function buildAreaTableRows(
  names: ReadonlyArray<string>,
  codes: ReadonlyArray<string>,
  values: ArrayLike<number | null>,
  classIndexes: ArrayLike<number>,
  secondValues?: ArrayLike<number | null>,
): AreaTableRow[] {
  return codes.map((code, index) => ({
    index,
    name: names[index] || code,
    code,
    value: finiteOrNull(values[index]),
    ...(secondValues ? { second: finiteOrNull(secondValues[index]) } : {}),
    classIndex: classIndexes[index] ?? -1,
  }));
}

/**
 * Rows sorted by a column (a new array). Areas with no data sort last in both directions, ties keep
 * name order, and names compare with `collator` so "Ystrad" and "Ŷ" sort as a reader expects.
 */
export function sortAreaRows(rows: ReadonlyArray<AreaTableRow>, column: AreaTableColumn, direction: SortDirection, collator: Intl.Collator = new Intl.Collator('en')): AreaTableRow[] {
  const sign = direction === 'ascending' ? 1 : -1;
  const byName = (a: AreaTableRow, b: AreaTableRow) => collator.compare(a.name, b.name) || collator.compare(a.code, b.code);
  const numeric = (pick: (r: AreaTableRow) => number | null) => (a: AreaTableRow, b: AreaTableRow) => {
    const x = pick(a);
    const y = pick(b);
    if (x === null || y === null) return x === y ? byName(a, b) : x === null ? 1 : -1;
    return (x - y) * sign || byName(a, b);
  };
  const compare = column === 'name' ? (a: AreaTableRow, b: AreaTableRow) => byName(a, b) * sign
    : column === 'code' ? (a: AreaTableRow, b: AreaTableRow) => collator.compare(a.code, b.code) * sign
      : column === 'value' ? numeric((r) => r.value)
        : column === 'second' ? numeric((r) => r.second ?? null)
          : numeric((r) => (r.classIndex < 0 ? null : r.classIndex));
  return [...rows].sort(compare);
}

/**
 * How the value column is suppressed: its kind and, per area index, the counts it was computed from.
 * `forced` area indexes are withheld whatever their counts (an earlier export would give them back).
 */
export interface AreaTableSuppression {
  kind: SuppressionKind;
  baseCounts?: (index: number) => ReadonlyArray<number | null>;
  forced?: ReadonlyArray<number>;
}

export interface AreaTableCsvOptions {
  /** Column headings: area name, area code, the mapped field, class; or, with a second value, area name, code, value, second value, class. */
  header: [string, string, string, string] | [string, string, string, string, string];
  /** Label of each class index (the legend's row labels) and of no data. */
  classLabels: ReadonlyArray<string>;
  noDataLabel: string;
  /** Present when the user asked for suppression; notes are written after the rows. */
  suppression?: AreaTableSuppression;
  notes?: string[];
}

/**
 * How each row's counts leave: the counts behind the values (the values themselves for a count column)
 * are suppressed with their totals over the areas taken as known (the app shows the number of incidents;
 * a district's population is published), so a complement is withheld beside a lone small count.
 * Returns, per row, the worst status of its counts.
 */
export function areaTableStatuses(rows: ReadonlyArray<AreaTableRow>, suppression: AreaTableSuppression): CellStatus[] {
  const bases = rows.map((row) => (suppression.kind === 'count' ? [row.value] : [...(suppression.baseCounts?.(row.index) ?? [])]));
  const width = Math.max(1, ...bases.map((b) => b.length));
  const grid = bases.map((b) => Array.from({ length: width }, (_, c) => b[c] ?? null));
  const forced = new Set(suppression.forced ?? []);
  const { status } = protectGrid(grid, { rowSums: [], knownColumnTotals: 'all' }, rows.flatMap((row, r): [number, number][] => (forced.has(row.index) ? [[r, 0]] : [])));
  return status.map((cells) => (cells.includes('primary') ? 'primary' : cells.includes('secondary') ? 'secondary' : 'shown'));
}

/** The value cell after suppression (the value itself when nothing is withheld). */
function valueCell(row: AreaTableRow, status: CellStatus, kind: SuppressionKind): CsvCell {
  if (status === 'shown' || row.value === null) return row.value;
  return kind === 'count' && status === 'primary' ? SUPPRESSED_COUNT : SUPPRESSED_DERIVED;
}

/**
 * The table as CSV (formula-safe, CRLF). With suppression, a withheld value's class is written as "[c]"
 * as well, since a narrow class ("1 – 3") would give the count away; notes follow after a blank line.
 */
export function areaTableCsv(rows: ReadonlyArray<AreaTableRow>, options: AreaTableCsvOptions): string {
  const suppression = options.suppression?.kind === 'none' ? undefined : options.suppression;
  const statuses = suppression ? areaTableStatuses(rows, suppression) : rows.map((): CellStatus => 'shown');
  const body: CsvCell[][] = rows.map((row, r) => {
    const value = suppression ? valueCell(row, statuses[r], suppression.kind) : row.value;
    const hidden = value !== row.value;
    const label = row.classIndex < 0 ? options.noDataLabel : options.classLabels[row.classIndex] ?? '';
    const classCell = hidden ? SUPPRESSED_DERIVED : label;
    return options.header.length === 5 ? [row.name, row.code, value, row.second ?? null, classCell] : [row.name, row.code, value, classCell];
  });
  const notes = options.notes ?? [];
  const csv = toCsv(options.header, body);
  return notes.length ? `${csv}\r\n${notes.map(csvCell).join('\r\n')}\r\n` : csv;
}
