/**
 * The rows of a table file as text cells, whatever it is: CSV/TSV text (quoted line breaks kept, each row
 * with its 1-based line number) or the sheet of an .xlsx/.ods workbook whose first rows hold the header the
 * caller looks for (each row with its sheet row number). Shared by the tension log and tension report imports.
 */
import Papa from 'papaparse';
import type { ImportError, ImportWarning, InputFile } from '../../types';
import { sniffTableDelimiter } from './table-csv';
import { decodeTextFile } from './text-decoding';
import { readWorkbookSheets } from './table-spreadsheet';

/** Rows looked at for a header (title rows above it are skipped). */
export const HEADER_SEARCH_ROWS = 30;

/** A file's rows with their line (CSV) or row (sheet) numbers, or why it could not be read. */
export type TableRows = { ok: true; rows: string[][]; lines: number[]; warnings: ImportWarning[] } | { ok: false; error: ImportError };

/** 1-based line of each parsed row: a row starts a line after the previous one and its quoted line breaks. */
function lineNumbersOf(rows: readonly string[][]): number[] {
  let line = 1;
  return rows.map((row) => {
    const start = line;
    line += 1 + row.reduce((breaks, cell) => breaks + cell.split('\n').length - 1, 0);
    return start;
  });
}

function isZipOrOle(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return (head[0] === 0x50 && head[1] === 0x4b) || (head[0] === 0xd0 && head[1] === 0xcf);
}

/** A sheet cell as the text a CSV would hold (spreadsheet numbers written plainly). */
function cellText(cell: string | number | null): string {
  return cell === null ? '' : String(cell);
}

/**
 * Reads the file's rows. A workbook's sheet is the first whose first rows hold a row `isHeader` accepts, else
 * its first sheet. Errors: `empty` (with `expected` as the expected content's problem word), `parse-failed`
 * (an unclosed quote, with its line), and the workbook reader's errors.
 */
export function readTableRows(file: InputFile, isHeader: (row: readonly string[]) => boolean, expected: string): TableRows {
  const fail = (code: ImportError['code'], detail: ImportError['detail'], params: Record<string, string>): TableRows => ({ ok: false, error: { code, ...(detail && { detail }), file: file.name, params: { file: file.name, ...params } } });
  if (isZipOrOle(file.bytes)) {
    const workbook = readWorkbookSheets(file);
    if (!workbook.ok) return { ok: false, error: workbook.error };
    const sheet = workbook.sheets.find((candidate) => candidate.rows.slice(0, HEADER_SEARCH_ROWS).some((row) => isHeader(row.map(cellText)))) ?? workbook.sheets[0];
    if (!sheet) return fail('empty', 'no-sheets', {});
    return { ok: true, rows: sheet.rows.map((row) => row.map(cellText)), lines: sheet.rows.map((_, i) => i + 1), warnings: [] };
  }
  const decoded = decodeTextFile(file);
  const text = decoded.text.includes('\n') ? decoded.text : decoded.text.replace(/\r/g, '\n');
  if (text.trim() === '') return fail('empty', undefined, { expected });
  const parsed = Papa.parse<string[]>(text, { delimiter: sniffTableDelimiter(file.name, text), skipEmptyLines: false });
  const lines = lineNumbersOf(parsed.data);
  const broken = parsed.errors.find((error) => error.type === 'Quotes');
  if (broken) return fail('parse-failed', 'unclosed-quote', { line: broken.row === undefined ? '?' : String(lines[broken.row] ?? broken.row + 1) });
  return { ok: true, rows: parsed.data, lines, warnings: decoded.warnings };
}
