/**
 * Reading one table cell as a number: thousands separators, percentages and negatives are numbers;
 * suppression markers and blanks are "no data" (never zero); anything else is text.
 */

/** A cell as read from a CSV (always text) or a spreadsheet (numbers stay numbers); null is an empty cell. */
export type GridCell = string | number | null;

/** One row of a sheet or CSV, cells in column order (a short row simply ends early). */
export type GridRow = readonly GridCell[];

/** What a cell holds once read: a number (with whether it was written as a percentage), no data, or text. */
export type CellReading =
  | { kind: 'number'; value: number; percent: boolean }
  | { kind: 'no-data' }
  | { kind: 'text' };

/**
 * Markers statistical publishers put where a value is suppressed, unavailable or not applicable (ONS, Nomis,
 * StatsWales, Welsh Government: `*`, `..`, `.`, `-`, `c`, `x`, `z`, `:`, `[c]`, `n/a`…), compared
 * case-insensitively. They mean "no data", which must never be read as 0.
 */
export const NO_DATA_MARKERS: ReadonlySet<string> = new Set([
  '*', '**', '***', '..', '...', '.', '-', '–', '—', ':', 'c', 'x', 'z', 'u', '~',
  '[c]', '[x]', '[z]', '[u]', '[low]', 'n/a', 'na', 'n.a.', '#n/a', 'nan', 'null', 'none', 'missing', 'suppressed',
]);

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;
/** U+2212 MINUS SIGN, which spreadsheets and web tables sometimes use for negatives. */
const UNICODE_MINUS = /^\u2212/;

/** The finite number a text holds ("1,234", "-0.5", "1e3"), or null. Percent signs are not handled here. */
export function parseNumberText(text: string): number | null {
  const trimmed = text.trim().replace(UNICODE_MINUS, '-');
  if (PLAIN_NUMBER.test(trimmed)) return Number(trimmed);
  if (GROUPED_NUMBER.test(trimmed)) return Number(trimmed.replace(/,/g, ''));
  return null;
}

/** True for a blank cell or a suppression marker. */
export function isNoDataCell(cell: GridCell | undefined): boolean {
  if (cell === null || cell === undefined) return true;
  if (typeof cell === 'number') return !Number.isFinite(cell);
  const text = cell.trim();
  return text === '' || NO_DATA_MARKERS.has(text.toLowerCase());
}

/**
 * Reads a cell: "45.2%" → 45.2 (percent), "1,234" → 1234, "−3" → -3; blanks and suppression markers are
 * no data; other text (including "<5", which hides the true value) is text.
 */
export function readCell(cell: GridCell | undefined): CellReading {
  if (isNoDataCell(cell)) return { kind: 'no-data' };
  if (typeof cell === 'number') return { kind: 'number', value: cell, percent: false };
  const text = (cell as string).trim();
  const percent = text.endsWith('%');
  const value = parseNumberText(percent ? text.slice(0, -1) : text);
  return value === null ? { kind: 'text' } : { kind: 'number', value, percent };
}

/** A cell as trimmed text ('' for empty); whole numbers print without a decimal point (2019, not 2019.0). */
export function cellText(cell: GridCell | undefined): string {
  if (cell === null || cell === undefined) return '';
  return typeof cell === 'number' ? String(cell) : cell.trim();
}
