/**
 * CSV text for the example tables: RFC 4180 quoting (only fields holding a comma, quote or line break are
 * quoted), LF line ends, a header first (never a comment line, so any CSV reader takes the file as it is).
 */

/** One cell: text as it is written, or a number written with `String`. */
export type CsvCell = string | number;

/** Quotes a field when it must be quoted, doubling any quote inside. */
export function quoteCsvField(cell: CsvCell): string {
  const text = String(cell);
  return /[",\r\n]/.test(text) ? `"${text.replace(/"/g, '""')}"` : text;
}

/** The header and rows as CSV text ending in a newline. Throws if a row's length differs from the header's. */
export function formatCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  const lines = [header, ...rows].map((row, index) => {
    if (row.length !== header.length) throw new Error(`CSV row ${index} has ${row.length} cells, expected ${header.length}`);
    return row.map(quoteCsvField).join(',');
  });
  return `${lines.join('\n')}\n`;
}
