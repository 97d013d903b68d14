/**
 * Tells incident tables from indicator tables before loading: a CSV with position columns (longitude and
 * latitude, easting and northing, or a police.uk header) holds incidents; any other table, and every
 * spreadsheet, holds indicators keyed by area code.
 */
import Papa from 'papaparse';
import type { InputFile } from '../types';
import { detectIncidentColumns, hasPositionColumns } from './incidents/column-detection';
import { detectTensionColumns } from './tensions/tension-columns';
import { readWorkbookSheets } from './importers/table-spreadsheet';

const SNIFF_BYTES = 64 * 1024;

/** True for a spreadsheet or delimited text file (the kinds of file that hold tables). */
export function isTableFile(name: string): boolean {
  return /\.(csv|tsv|txt|xlsx|ods)$/i.test(name);
}

/**
 * 'tensions' for a tension assessment table (community type and current rating columns), 'incidents' when
 * the header and first rows describe positioned incidents, else 'indicators'.
 */
export function sniffTableFile(file: InputFile): 'incidents' | 'indicators' | 'tensions' {
  if (/\.(xlsx|ods)$/i.test(file.name)) {
    // A workbook is a tension log when one of its sheets has a tension header near the top.
    const workbook = readWorkbookSheets(file);
    const isTension = workbook.ok && workbook.sheets.some((sheet) => sheet.rows.slice(0, 30).some((row) => {
      const found = detectTensionColumns(row.map((cell) => (cell === null ? '' : String(cell))));
      return found.communityType >= 0 && found.current >= 0;
    }));
    return isTension ? 'tensions' : 'indicators';
  }
  const head = new TextDecoder('utf-8', { fatal: false }).decode(file.bytes.slice(0, SNIFF_BYTES)).replace(/^\uFEFF/, '');
  const lines = head.split(/\r?\n/);
  // Drop the last (possibly cut) line so a partial row does not confuse the detection.
  const complete = lines.length > 2 ? lines.slice(0, -1).join('\n') : head;
  const parsed = Papa.parse<string[]>(complete, { preview: 50, skipEmptyLines: true });
  const [columns = [], ...rows] = parsed.data;
  if (columns.length === 0) return 'indicators';
  const tension = detectTensionColumns(columns);
  if (tension.communityType >= 0 && tension.current >= 0) return 'tensions';
  const detection = detectIncidentColumns(columns, rows, { positionFromGeometry: false });
  return hasPositionColumns(detection.mapping) ? 'incidents' : 'indicators';
}
