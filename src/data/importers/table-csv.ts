/**
 * Indicator tables as CSV or tab-separated text (Nomis bulk files, IMD/WIMD extracts, analysts' exports):
 * parsed with papaparse into rows, then shaped by `buildIndicatorTable`.
 */
import Papa from 'papaparse';
import type { ImportResult, ImportWarning, IndicatorTable, InputFile } from '../../types';
import { buildIndicatorTable, type BuildTableOptions } from '../tables/build-table';
import type { GridRow } from '../tables/cell-values';
import { createTableTally, rejectTableRow } from '../tables/table-report';

/** Lines looked at to tell comma, semicolon and tab apart (title rows above the header included). */
const SNIFF_LINES = 30;

/** UTF-8 (a byte-order mark is dropped), or Windows-1252 with a warning when the bytes are not UTF-8. */
function decodeTableText(file: InputFile): { text: string; warnings: ImportWarning[] } {
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(file.bytes), warnings: [] };
  } catch {
    const text = new TextDecoder('windows-1252').decode(file.bytes);
    const message = `${file.name} is not UTF-8 text; it was read as Windows-1252 (what Excel writes for "CSV"). Check accented names, or save it as "CSV UTF-8".`;
    return { text, warnings: [{ code: 'unknown-encoding', file: file.name, message }] };
  }
}

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

/**
 * Reads a CSV/TSV indicator table. Title rows above the header are skipped (the header is found by the GSS
 * codes under it); a line with a broken quote is rejected (`malformed-row`) and counted.
 */
export function parseTableCsv(file: InputFile, options: BuildTableOptions): ImportResult<IndicatorTable> {
  const { text, warnings } = decodeTableText(file);
  if (text.trim() === '') {
    return { ok: false, error: { code: 'empty', file: file.name, message: `${file.name} is empty: expected a table with a header row and one row per area.` } };
  }
  const parsed = Papa.parse<string[]>(text, { delimiter: sniffTableDelimiter(file.name, text), skipEmptyLines: false });
  const tally = createTableTally();
  const broken = new Set(parsed.errors.filter((error) => error.type === 'Quotes' && error.row !== undefined).map((error) => error.row!));
  const rows: GridRow[] = parsed.data.map((row, index) => (broken.has(index) ? [] : row));
  for (const index of broken) rejectTableRow(tally, 'malformed-row', `${file.name}:${index + 1}`, '');
  const result = buildIndicatorTable({ fileName: file.name, format: 'csv', rows, tally, droppedRows: broken.size }, options);
  return result.ok ? { ...result, warnings: [...warnings, ...result.warnings] } : result;
}
