/**
 * Incident tables (CSV or tab-separated), police.uk street-level files included. Parsed with papaparse
 * row by row, so progress can be reported and a broken quote costs one line rather than the rest of the file.
 */
import Papa from 'papaparse';
import type { ExpectedContent, ImportResult, IncidentDataset, InputFile } from '../../types';
import { runIncidentImport, type IncidentFormatReader, type LoadIncidentOptions, type OpenedIncidentFile } from '../incidents/incident-import';
import { POLICE_UK_STREET } from '../incidents/police-uk-header';
import { readTableRow, rejectMalformedRow, type RowReader } from '../incidents/row-reader';
import { decodeTextFile } from './text-decoding';

/** Rows sampled from the first file to detect the columns. */
const SAMPLE_ROWS = 500;
/** Progress is reported every this many rows. */
const PROGRESS_EVERY_ROWS = 4096;
const EXPECTED: ExpectedContent = 'incident-table';

/** A CSV file decoded and sniffed, with its header and sample rows. */
interface OpenedCsv extends OpenedIncidentFile {
  /** The decoded text with every line break (\r\n, \n or a lone \r, in any mix) written as \n. */
  text: string;
  delimiter: string;
  /** Field counts a row may have: the header's, or a wider one when most sample rows carry empty padding (Excel). */
  paddedWidth: number;
}

/**
 * One line break for the whole text. Files pasted together mix CRLF and LF (and old Macs wrote a lone
 * CR); splitting on the first break found merged thousands of rows into one (issue 13). Breaks inside
 * quoted cells become \n as well, which changes nothing a cell means.
 */
function normaliseLineBreaks(text: string): string {
  return text.includes('\r') ? text.replace(/\r\n?/g, '\n') : text;
}

/** Comma, tab or semicolon, whichever the header line holds most of (a `.tsv` with any tab is tab-separated). */
function sniffDelimiter(name: string, headerLine: string): string {
  const tabs = headerLine.split('\t').length - 1;
  const commas = headerLine.split(',').length - 1;
  const semicolons = headerLine.split(';').length - 1;
  if (tabs > commas || (tabs > 0 && name.toLowerCase().endsWith('.tsv'))) return tabs >= semicolons ? '\t' : ';';
  return semicolons > commas ? ';' : ',';
}

/** The most common field count of the sample rows, when it is wider than the header; else the header's. */
function paddedWidthOf(columnCount: number, sampleRows: readonly string[][]): number {
  const counts = new Map<number, number>();
  for (const row of sampleRows) counts.set(row.length, (counts.get(row.length) ?? 0) + 1);
  let width = columnCount;
  let best = 0;
  for (const [length, count] of counts) if (count > best) [width, best] = [length, count];
  return width > columnCount ? width : columnCount;
}

/** Header names that occur more than once (trimmed, any case), each once, as written first. */
function duplicateColumns(columns: readonly string[]): string[] {
  const seen = new Map<string, number>();
  for (const name of columns) if (name !== '') seen.set(name.toLowerCase(), (seen.get(name.toLowerCase()) ?? 0) + 1);
  const duplicates: string[] = [];
  for (const name of columns) {
    const key = name.toLowerCase();
    if ((seen.get(key) ?? 0) > 1 && !duplicates.some((kept) => kept.toLowerCase() === key)) duplicates.push(name);
  }
  return duplicates;
}

function openCsv(file: InputFile): ImportResult<OpenedCsv> {
  const decoded = decodeTextFile(file);
  const { warnings } = decoded;
  const text = normaliseLineBreaks(decoded.text);
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', file: file.name, params: { file: file.name, expected: EXPECTED } } };
  }
  const headerEnd = text.indexOf('\n');
  const delimiter = sniffDelimiter(file.name, headerEnd === -1 ? text : text.slice(0, headerEnd));
  const head = Papa.parse<string[]>(text, { delimiter, newline: '\n', skipEmptyLines: 'greedy', preview: SAMPLE_ROWS + 1 });
  const [header = [], ...sampleRows] = head.data;
  const columns = header.map((name) => name.trim());
  // Two columns of one name: which holds the values cannot be told, so the file is refused, not guessed.
  const duplicates = duplicateColumns(columns);
  if (duplicates.length > 0) {
    return { ok: false, error: { code: 'duplicate-columns', file: file.name, params: { file: file.name, columns: duplicates.map((name) => `"${name}"`).join(', ') }, choices: [...columns] } };
  }
  if (sampleRows.length === 0) {
    return { ok: false, error: { code: 'empty', detail: 'header-only', file: file.name, params: { file: file.name, row: '1', expected: EXPECTED } } };
  }
  return { ok: true, value: { name: file.name, columns, sampleRows, text, delimiter, paddedWidth: paddedWidthOf(columns.length, sampleRows) }, warnings };
}


function isBlankRow(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

function isHeaderAgain(fields: readonly string[], columns: readonly string[]): boolean {
  if (fields.length < columns.length) return false;
  for (let i = 0; i < columns.length; i += 1) if (fields[i].trim() !== columns[i]) return false;
  return true;
}

/**
 * True when the row has exactly the header's fields, or the padded width of the file with the padding
 * empty (Excel pads every row). A row with one field more or less than its neighbours has its values
 * shifted against the columns (an unquoted comma, a lost cell): it is rejected, never read shifted.
 */
function fitsHeader(fields: readonly string[], columnCount: number, paddedWidth: number): boolean {
  if (fields.length === columnCount) return true;
  if (fields.length !== paddedWidth) return false;
  for (let i = columnCount; i < fields.length; i += 1) if (fields[i].trim() !== '') return false;
  return true;
}

/**
 * Streams the data rows of an opened file into the reader. Line numbers are 1-based with the header on
 * line 1; a row with a broken quote is rejected (`malformed-row`) and parsing restarts on the next line.
 */
function readCsvRows(opened: OpenedCsv, reader: RowReader, onProgress: (fraction: number) => void): ImportResult<null> {
  const { text, delimiter, columns, paddedWidth } = opened;
  const newline = '\n';
  const newlineLength = 1;
  let offset = 0;
  let line = 1;
  let isHeader = true;
  let rows = 0;
  while (offset < text.length) {
    const part = offset === 0 ? text : text.slice(offset);
    let previousCursor = 0;
    let lineAtCursor = line;
    let restart = -1;
    Papa.parse<string[]>(part, {
      delimiter,
      newline,
      skipEmptyLines: true,
      step(result, parser) {
        // The row starts after any empty lines papaparse skipped; count the line breaks it spans.
        let start = previousCursor;
        for (; part.startsWith(newline, start); start += newlineLength) lineAtCursor += 1;
        const rowLine = lineAtCursor;
        const cursor = result.meta.cursor;
        for (let at = part.indexOf(newline, start); at !== -1 && at < cursor; at = part.indexOf(newline, at + newlineLength)) lineAtCursor += 1;
        previousCursor = cursor;
        if (isHeader) return void (isHeader = false);
        const fields = result.data;
        // Rows of empty cells (",,,," left by spreadsheets) hold nothing: skipped like empty lines.
        if (result.errors.length === 0 && isBlankRow(fields)) return;
        // A second export pasted below the first brings its header along: a row, rejected as what it is.
        if (result.errors.length === 0 && isHeaderAgain(fields, columns)) {
          rejectMalformedRow(reader, rowLine, { code: 'header-repeated', params: {} });
          rows += 1;
          return;
        }
        if (result.errors.length > 0) {
          rejectMalformedRow(reader, rowLine, { code: 'quote', params: {} });
          const nextLine = part.indexOf(newline, start);
          [restart, line] = [nextLine === -1 ? text.length : offset + nextLine + newlineLength, rowLine + 1];
          return parser.abort();
        }
        if (!fitsHeader(fields, columns.length, paddedWidth)) {
          rejectMalformedRow(reader, rowLine, { code: 'field-count', params: { count: fields.length, header: columns.length } });
        } else {
          readTableRow(reader, fields, rowLine);
        }
        rows += 1;
        if (rows % PROGRESS_EVERY_ROWS === 0) onProgress((offset + cursor) / text.length);
      },
    });
    if (restart === -1) break;
    offset = restart;
  }
  onProgress(1);
  return { ok: true, value: null, warnings: [] };
}

/** The CSV side of an incident import, for `runIncidentImport`. */
export const csvIncidentReader: IncidentFormatReader<OpenedCsv> = {
  positionFromGeometry: false,
  columnWord: 'column',
  formatOf: (detection) => (detection.recognisedAs === POLICE_UK_STREET ? 'police-uk-csv' : 'csv'),
  open: openCsv,
  readRows: readCsvRows,
};

/**
 * Reads one or more incident tables (e.g. 34 monthly police.uk files) into one dataset. Comma, tab or
 * semicolon separated; UTF-8 with or without BOM, UTF-16 or Windows-1252; any mix of line breaks. The
 * first file's header decides the mapping unless one is given.
 */
export async function parseIncidentCsvFiles(files: readonly InputFile[], options: LoadIncidentOptions): Promise<ImportResult<IncidentDataset>> {
  return runIncidentImport(csvIncidentReader, files, options);
}

