/**
 * CSV for tables leaving the app (per-area counts, indicators). Text cells that a spreadsheet would run as a
 * formula (starting with =, +, -, @, tab or carriage return) are neutralised with a leading apostrophe;
 * numbers are written as numbers.
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

/** A whole CSV document (CRLF line ends, as spreadsheets expect) from a header and rows. */
export function toCsv(header: string[], rows: CsvCell[][]): string {
  return [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n';
}
