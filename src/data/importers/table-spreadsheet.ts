/**
 * Indicator tables in workbooks: OpenDocument (.ods, how the Welsh Government publishes WIMD) and Office
 * Open XML (.xlsx). Both are zips of XML, unpacked with fflate and streamed with saxes (see ods-sheets.ts and
 * xlsx-sheets.ts); the chosen sheet is then shaped by `buildIndicatorTable`.
 */
import { unzipSync } from 'fflate';
import type { ImportError, ImportResult, ImportWarning, IndicatorTable, InputFile, TableFormat } from '../../types';
import { buildIndicatorTable, type BuildTableOptions } from '../tables/build-table';
import { readOdsSheets } from '../tables/ods-sheets';
import { chooseSheet } from '../tables/sheet-choice';
import type { SheetGrid } from '../tables/sheet-grid';
import { readXlsxDate1904, readXlsxNumberStyles, readXlsxSharedStrings, readXlsxSheet, readXlsxSheetList } from '../tables/xlsx-sheets';
import { formatCount } from './messages';

/** Options for reading a workbook: the table's identity, the code column and which sheet to read. */
export interface SpreadsheetTableOptions extends BuildTableOptions {
  sheet?: string;
}

/** Refuse workbooks whose XML would expand beyond this (a zip bomb, or far more than a table needs). */
export const MAX_WORKBOOK_XML_BYTES = 256 * 1024 * 1024;

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
const SAVE_HINT = 'open it in Excel or LibreOffice and save it again as .xlsx, .ods or CSV.';

function unreadable(file: InputFile, why: string, hint = SAVE_HINT): { ok: false; error: ImportError } {
  return { ok: false, error: { code: 'unreadable-spreadsheet', file: file.name, message: `${file.name} could not be read as a spreadsheet: ${why}.`, hint } };
}

function isOleHeader(bytes: ArrayBuffer): boolean {
  const head = new Uint8Array(bytes, 0, Math.min(4, bytes.byteLength));
  return head[0] === 0xd0 && head[1] === 0xcf && head[2] === 0x11 && head[3] === 0xe0;
}

/** The XML parts a workbook reader needs (images, thumbnails and macros are never unpacked). */
function isWorkbookPart(path: string): boolean {
  if (path === 'mimetype' || path === 'content.xml') return true;
  return path.startsWith('xl/') && !path.startsWith('xl/media/') && (path.endsWith('.xml') || path.endsWith('.rels'));
}

type Parts = Record<string, Uint8Array>;

function unzipWorkbook(file: InputFile): { ok: true; parts: Parts } | { ok: false; error: ImportError } {
  if (isOleHeader(file.bytes)) return unreadable(file, 'it is an old binary Excel file (.xls), which is not supported');
  let expanded = 0;
  let tooLarge = false;
  try {
    const parts = unzipSync(new Uint8Array(file.bytes), {
      filter: (entry) => {
        if (!isWorkbookPart(entry.name)) return false;
        expanded += entry.originalSize;
        tooLarge ||= expanded > MAX_WORKBOOK_XML_BYTES;
        if (tooLarge) throw new Error('too large');
        return true;
      },
    });
    return { ok: true, parts };
  } catch (caught) {
    if (tooLarge) {
      const message = `${file.name} is too large to open: its sheets would expand to more than ${MAX_WORKBOOK_XML_BYTES / 1024 / 1024} MB.`;
      return { ok: false, error: { code: 'too-large', file: file.name, message, hint: 'save the sheet you need on its own, or as CSV.' } };
    }
    return unreadable(file, `it is not a valid .xlsx or .ods file (${caught instanceof Error ? caught.message : String(caught)})`);
  }
}

const decodeXml = (bytes: Uint8Array) => new TextDecoder('utf-8').decode(bytes);

function readSheets(parts: Parts): { format: TableFormat; sheets: SheetGrid[] } | null {
  if (parts['content.xml'] && (!parts.mimetype || decodeXml(parts.mimetype).trim() === ODS_MIMETYPE)) {
    return { format: 'ods', sheets: readOdsSheets(decodeXml(parts['content.xml'])) };
  }
  const workbook = parts['xl/workbook.xml'];
  const relationships = parts['xl/_rels/workbook.xml.rels'];
  if (!workbook || !relationships) return null;
  const sharedStrings = parts['xl/sharedStrings.xml'] ? readXlsxSharedStrings(decodeXml(parts['xl/sharedStrings.xml'])) : [];
  const styles = parts['xl/styles.xml'] ? readXlsxNumberStyles(decodeXml(parts['xl/styles.xml'])) : { percent: new Set<number>(), date: new Set<number>() };
  const workbookXml = decodeXml(workbook);
  const date1904 = readXlsxDate1904(workbookXml);
  const sheets = readXlsxSheetList(workbookXml, decodeXml(relationships)).flatMap(({ name, path }) => {
    const xml = parts[path];
    return xml ? [readXlsxSheet(name, decodeXml(xml), sharedStrings, styles, date1904)] : [];
  });
  return { format: 'xlsx', sheets };
}

/** Every sheet of an .xlsx or .ods workbook as a grid of cells, or an error naming the file. */
export function readWorkbookSheets(file: InputFile): { ok: true; sheets: SheetGrid[] } | { ok: false; error: ImportError } {
  const unzipped = unzipWorkbook(file);
  if (!unzipped.ok) return unzipped;
  const read = readSheets(unzipped.parts);
  return read ? { ok: true, sheets: read.sheets } : unreadable(file, 'it holds no sheets that could be read');
}

function sheetWarning(file: InputFile, table: IndicatorTable): ImportWarning[] {
  const choice = table.report.sheet;
  if (!choice || choice.chosenBy !== 'most-gss-rows') return [];
  const chosen = choice.sheets.find((sheet) => sheet.name === choice.sheet)!;
  const others = choice.sheets.filter((sheet) => sheet.name !== choice.sheet).map((sheet) => `"${sheet.name}" (${formatCount(sheet.gssRows)})`).join(', ');
  const message = `Read sheet "${choice.sheet}" of ${file.name}, the one with the most rows of area codes (${formatCount(chosen.gssRows)}); the other sheets: ${others}.`;
  return [{ code: 'sheet-chosen', file: file.name, message }];
}

/**
 * Reads an indicator table from an .ods or .xlsx workbook. Errors: `unreadable-spreadsheet` (damaged,
 * legacy .xls, malformed XML), `too-large`, `unknown-sheet`, `empty`, plus those of `buildIndicatorTable`.
 */
export function parseTableSpreadsheet(file: InputFile, options: SpreadsheetTableOptions): ImportResult<IndicatorTable> {
  if (file.bytes.byteLength === 0) return { ok: false, error: { code: 'empty', file: file.name, message: `${file.name} is empty: expected an .xlsx or .ods workbook.` } };
  const unzipped = unzipWorkbook(file);
  if (!unzipped.ok) return unzipped;
  let read: ReturnType<typeof readSheets>;
  try {
    read = readSheets(unzipped.parts);
  } catch (caught) {
    return unreadable(file, `its XML is damaged (${caught instanceof Error ? caught.message : String(caught)})`);
  }
  if (read === null) return unreadable(file, 'the zip holds neither an OpenDocument spreadsheet (content.xml) nor an Excel workbook (xl/workbook.xml)');
  if (read.sheets.length === 0) return { ok: false, error: { code: 'empty', file: file.name, message: `${file.name} has no sheets: expected a sheet with a header row and one row per area.` } };
  const chosen = chooseSheet(file.name, read.sheets, options.sheet);
  if (!chosen.ok) return chosen;
  const built = buildIndicatorTable({ fileName: file.name, format: read.format, rows: chosen.grid.rows, sheet: chosen.choice }, options);
  return built.ok ? { ...built, warnings: [...sheetWarning(file, built.value), ...built.warnings] } : built;
}
