/**
 * Indicator tables in workbooks: OpenDocument (.ods, how the Welsh Government publishes WIMD) and Office
 * Open XML (.xlsx). Both are zips of XML, unpacked with fflate and streamed with saxes (see ods-sheets.ts and
 * xlsx-sheets.ts); the chosen sheet is then shaped by `buildIndicatorTable`.
 */
import type { ImportError, ImportErrorDetail, ImportResult, ImportWarning, IndicatorTable, InputFile, TableFormat } from '../../types';
import { buildIndicatorTable, type BuildTableOptions } from '../tables/build-table';
import { readOdsSheets } from '../tables/ods-sheets';
import { chooseSheet } from '../tables/sheet-choice';
import type { SheetGrid } from '../tables/sheet-grid';
import { readXlsxDate1904, readXlsxNumberStyles, readXlsxSharedStrings, readXlsxSheet, readXlsxSheetList } from '../tables/xlsx-sheets';
import { formatCount } from './messages';
import { unzipBounded } from './zip-entries';

/** Options for reading a workbook: the table's identity, the code column and which sheet to read. */
export interface SpreadsheetTableOptions extends BuildTableOptions {
  sheet?: string;
}

/** Refuse workbooks whose XML would expand beyond this (a zip bomb, or far more than a table needs). */
export const MAX_WORKBOOK_XML_BYTES = 256 * 1024 * 1024;

const ODS_MIMETYPE = 'application/vnd.oasis.opendocument.spreadsheet';
/** Why a workbook cannot be read (`reason` is the unzip or XML parser's own complaint, when there is one). */
function unreadable(file: InputFile, detail: ImportErrorDetail, reason = ''): { ok: false; error: ImportError } {
  return { ok: false, error: { code: 'unreadable-spreadsheet', detail, file: file.name, params: { file: file.name, reason } } };
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
  if (isOleHeader(file.bytes)) return unreadable(file, 'xls');
  const unzipped = unzipBounded(new Uint8Array(file.bytes), isWorkbookPart, MAX_WORKBOOK_XML_BYTES);
  if (unzipped.ok) return { ok: true, parts: Object.fromEntries(unzipped.files.map(([entry, data]) => [entry.name, data])) };
  const { failure } = unzipped;
  if (failure.kind === 'entry' && failure.failure.kind === 'over-limit') {
    return { ok: false, error: { code: 'too-large', detail: 'workbook', file: file.name, params: { file: file.name, limitMb: MAX_WORKBOOK_XML_BYTES / 1024 / 1024 } } };
  }
  const reason = failure.kind === 'not-zip' ? failure.reason : `${failure.entry.name}: ${failure.failure.kind === 'damaged' ? failure.failure.reason : 'size differs from its header'}`;
  return unreadable(file, 'not-workbook', reason);
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
  return read ? { ok: true, sheets: read.sheets } : unreadable(file, 'no-sheets');
}

function sheetWarning(file: InputFile, table: IndicatorTable): ImportWarning[] {
  const choice = table.report.sheet;
  if (!choice || choice.chosenBy !== 'most-gss-rows') return [];
  const chosen = choice.sheets.find((sheet) => sheet.name === choice.sheet)!;
  const others = choice.sheets.filter((sheet) => sheet.name !== choice.sheet).map((sheet) => `"${sheet.name}" (${formatCount(sheet.gssRows)})`).join(', ');
  return [{ code: 'sheet-chosen', file: file.name, params: { file: file.name, sheet: choice.sheet, count: chosen.gssRows, others } }];
}

/**
 * Reads an indicator table from an .ods or .xlsx workbook. Errors: `unreadable-spreadsheet` (damaged,
 * legacy .xls, malformed XML), `too-large`, `unknown-sheet`, `empty`, plus those of `buildIndicatorTable`.
 */
export function parseTableSpreadsheet(file: InputFile, options: SpreadsheetTableOptions): ImportResult<IndicatorTable> {
  if (file.bytes.byteLength === 0) return { ok: false, error: { code: 'empty', file: file.name, params: { file: file.name, expected: 'workbook' } } };
  const unzipped = unzipWorkbook(file);
  if (!unzipped.ok) return unzipped;
  let read: ReturnType<typeof readSheets>;
  try {
    read = readSheets(unzipped.parts);
  } catch (caught) {
    return unreadable(file, 'xml', caught instanceof Error ? caught.message : String(caught));
  }
  if (read === null) return unreadable(file, 'no-workbook-parts');
  if (read.sheets.length === 0) return { ok: false, error: { code: 'empty', detail: 'no-sheets', file: file.name, params: { file: file.name } } };
  const chosen = chooseSheet(file.name, read.sheets, options.sheet);
  if (!chosen.ok) return chosen;
  const built = buildIndicatorTable({ fileName: file.name, format: read.format, rows: chosen.grid.rows, sheet: chosen.choice }, options);
  return built.ok ? { ...built, warnings: [...sheetWarning(file, built.value), ...built.warnings] } : built;
}
