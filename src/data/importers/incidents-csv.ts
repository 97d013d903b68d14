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
  text: string;
  newline: Newline;
  delimiter: string;
}

type Newline = '\r\n' | '\n' | '\r';

/** The line break of the file: the first one found (\r\n, \n or a lone \r). */
function sniffNewline(text: string): Newline {
  const lf = text.indexOf('\n');
  if (lf > 0 && text[lf - 1] === '\r') return '\r\n';
  if (lf === -1 && text.includes('\r')) return '\r';
  return '\n';
}

/** Comma or tab, whichever the header line holds more of (a `.tsv` with any tab is tab-separated). */
function sniffDelimiter(name: string, headerLine: string): string {
  const tabs = headerLine.split('\t').length - 1;
  const commas = headerLine.split(',').length - 1;
  return tabs > commas || (tabs > 0 && name.toLowerCase().endsWith('.tsv')) ? '\t' : ',';
}

function openCsv(file: InputFile): ImportResult<OpenedCsv> {
  const { text, warnings } = decodeTextFile(file);
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', file: file.name, params: { file: file.name, expected: EXPECTED } } };
  }
  const newline = sniffNewline(text);
  const headerEnd = text.indexOf(newline);
  const delimiter = sniffDelimiter(file.name, headerEnd === -1 ? text : text.slice(0, headerEnd));
  const head = Papa.parse<string[]>(text, { delimiter, newline, skipEmptyLines: 'greedy', preview: SAMPLE_ROWS + 1 });
  const [header = [], ...sampleRows] = head.data;
  const columns = header.map((name) => name.trim());
  if (sampleRows.length === 0) {
    return { ok: false, error: { code: 'empty', detail: 'header-only', file: file.name, params: { file: file.name, row: '1', expected: EXPECTED } } };
  }
  return { ok: true, value: { name: file.name, columns, sampleRows, text, newline, delimiter }, warnings };
}


function isBlankRow(fields: readonly string[]): boolean {
  for (const field of fields) if (field.trim() !== '') return false;
  return true;
}

/** True when the row has exactly the header's fields, or more of which the extra ones are all empty (Excel). */
function fitsHeader(fields: readonly string[], columnCount: number): boolean {
  if (fields.length === columnCount) return true;
  if (fields.length < columnCount) return false;
  for (let i = columnCount; i < fields.length; i += 1) if (fields[i].trim() !== '') return false;
  return true;
}

/**
 * Streams the data rows of an opened file into the reader. Line numbers are 1-based with the header on
 * line 1; a row with a broken quote is rejected (`malformed-row`) and parsing restarts on the next line.
 */
function readCsvRows(opened: OpenedCsv, reader: RowReader, onProgress: (fraction: number) => void): ImportResult<null> {
  const { text, newline, delimiter, columns } = opened;
  const newlineLength = newline.length;
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
        if (result.errors.length > 0) {
          rejectMalformedRow(reader, rowLine, { code: 'quote', params: {} });
          const nextLine = part.indexOf(newline, start);
          [restart, line] = [nextLine === -1 ? text.length : offset + nextLine + newlineLength, rowLine + 1];
          return parser.abort();
        }
        if (!fitsHeader(fields, columns.length)) {
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
 * Reads one or more incident tables (e.g. 34 monthly police.uk files) into one dataset. Comma or tab
 * separated, UTF-8 with or without BOM; the first file's header decides the mapping unless one is given.
 */
export async function parseIncidentCsvFiles(files: readonly InputFile[], options: LoadIncidentOptions): Promise<ImportResult<IncidentDataset>> {
  return runIncidentImport(csvIncidentReader, files, options);
}

