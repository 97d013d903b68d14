/**
 * CSV for tables leaving the app (per-area counts, indicators). Text cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) are neutralised with a leading apostrophe;
 * numbers are written as numbers. Every document starts with a UTF-8 byte-order mark: without it Excel
 * reads the file as the local code page and garbles Welsh names (ŵ, ŷ, â; issue 19).
 */

export type CsvCell = string | number | null | undefined;

const FORMULA_START = /^[=+\-@\t\r]/;

/** One cell: numbers plain (no data = empty), text quoted when needed and never executable. */
export function csvCell(value: CsvCell): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'number') return Number.isFinite(value) ? String(value) : '';
  const safe = FORMULA_START.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

/** The byte-order mark every CSV document starts with (encoded as EF BB BF in UTF-8). */
export const CSV_BYTE_ORDER_MARK = '\uFEFF';

/**
 * A whole CSV document from a header and rows: a byte-order mark, then CRLF line ends, as spreadsheets
 * expect. Write it as UTF-8.
 */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return CSV_BYTE_ORDER_MARK + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
