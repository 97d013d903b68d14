/**
 * Indicator tables as CSV or tab-separated text (Nomis bulk files, IMD/WIMD extracts, analysts' exports):
 * parsed with papaparse into rows, then shaped by `buildIndicatorTable`.
 */
import Papa from 'papaparse';
import type { ImportResult, IndicatorTable, InputFile } from '../../types';
import { buildIndicatorTable, type BuildTableOptions } from '../tables/build-table';
import type { GridRow } from '../tables/cell-values';
import { createTableTally, rejectTableRow } from '../tables/table-report';
import { decodeTextFile } from './text-decoding';

/** Lines looked at to tell comma, semicolon and tab apart (title rows above the header included). */
const SNIFF_LINES = 30;

/**
 * Tab when the first lines hold more tabs than commas (or it is a .tsv with any tab), semicolon when they hold
 * more semicolons than commas (European Excel), else comma.
 */
export function sniffTableDelimiter(name: string, text: string): string {
  const head = text.split(/\r\n|\n|\r/, SNIFF_LINES).join('\n');
  const count = (character: string) => head.split(character).length - 1;
  const [tabs, commas, semicolons] = [count('\t'), count(','), count(';')];
  if (tabs > commas || (tabs > 0 && name.toLowerCase().endsWith('.tsv'))) return '\t';
  return semicolons > commas ? ';' : ',';
}

/** Rows parsed from the text, their 1-based line numbers, and the lines of rows with a broken quote. */
interface ParsedRows {
  rows: GridRow[];
  lineNumbers: number[];
  brokenLines: number[];
}

/** Line numbers of parsed rows: each row starts a line after the previous one and its quoted line breaks. */
function lineNumbersOf(rows: readonly string[][]): number[] {
  const lines: number[] = [];
  let line = 1;
  for (const row of rows) {
    lines.push(line);
    line += 1;
    for (const cell of row) for (let at = cell.indexOf('\n'); at !== -1; at = cell.indexOf('\n', at + 1)) line += 1;
  }
  return lines;
}

/**
 * Parses all rows: in one go when every quote is closed (the usual case, and the fastest), else row by row.
 * A row with an unclosed quote would swallow the rest of the file, so it is set aside and parsing starts
 * again on the next line: a broken quote costs one line, not the rest of the table.
 */
function parseRows(text: string, delimiter: string): ParsedRows {
  const whole = Papa.parse<string[]>(text, { delimiter, skipEmptyLines: false });
  if (!whole.errors.some((error) => error.type === 'Quotes')) return { rows: whole.data, lineNumbers: lineNumbersOf(whole.data), brokenLines: [] };
  return parseRowsRecovering(text, delimiter);
}

function parseRowsRecovering(text: string, delimiter: string): ParsedRows {
  const parsed: ParsedRows = { rows: [], lineNumbers: [], brokenLines: [] };
  let offset = 0;
  let line = 1;
  while (offset < text.length) {
    const part = offset === 0 ? text : text.slice(offset);
    let counted = 0;
    let restart = -1;
    Papa.parse<string[]>(part, {
      delimiter,
      skipEmptyLines: false,
      step(result, parser) {
        const start = counted;
        const rowLine = line;
        for (let at = part.indexOf('\n', counted); at !== -1 && at < result.meta.cursor; at = part.indexOf('\n', at + 1)) line += 1;
        counted = result.meta.cursor;
        if (result.errors.some((error) => error.type === 'Quotes')) {
          parsed.brokenLines.push(rowLine);
          const nextLine = part.indexOf('\n', start);
          [restart, line] = [nextLine === -1 ? text.length : offset + nextLine + 1, rowLine + 1];
          return parser.abort();
        }
        parsed.rows.push(result.data);
        parsed.lineNumbers.push(rowLine);
      },
    });
    if (restart === -1) break;
    offset = restart;
  }
  return parsed;
}

/**
 * Reads a CSV/TSV indicator table. Title rows above the header are skipped (the header is found by the GSS
 * codes under it); a line with a broken quote is rejected (`malformed-row`), counted, and reading goes on.
 */
export function parseTableCsv(file: InputFile, options: BuildTableOptions): ImportResult<IndicatorTable> {
  const decoded = decodeTextFile(file);
  // Old Mac files end lines with a lone \r; line numbers are counted on \n.
  const text = decoded.text.includes('\n') ? decoded.text : decoded.text.replace(/\r/g, '\n');
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', file: file.name, params: { file: file.name, expected: 'indicator-table' } } };
  }
  const { rows, lineNumbers, brokenLines } = parseRows(text, sniffTableDelimiter(file.name, text));
  const tally = createTableTally();
  for (const line of brokenLines) rejectTableRow(tally, 'malformed-row', `${file.name}:${line}`, '');
  const result = buildIndicatorTable({ fileName: file.name, format: 'csv', rows, rowNumbers: lineNumbers, tally, droppedRows: brokenLines.length }, options);
  return result.ok ? { ...result, warnings: [...decoded.warnings, ...result.warnings] } : result;
}
