/**
 * Reading the sheets of an Office Open XML workbook (.xlsx) from its zipped XML parts, streamed with saxes:
 * shared strings resolved, numbers kept as numbers, percent-formatted cells written as "45.2%", and
 * date-formatted cells (stored as day serial numbers) written as ISO dates, "2023-07-14".
 */
import { SaxesParser } from 'saxes';
import type { GridCell } from './cell-values';
import { SheetRowsBuilder, type SheetGrid } from './sheet-grid';

/** Built-in number formats 9 ("0%") and 10 ("0.00%"). */
const BUILT_IN_PERCENT_FORMATS: ReadonlySet<number> = new Set([9, 10]);
/**
 * Built-in formats that show a calendar date (ECMA-376 part 1, 18.8.30): 14–17 and 22. Time-only formats
 * (18–21, 45–47) stay numbers: a duration column (response minutes) is a value, not a day.
 */
const BUILT_IN_DATE_FORMATS: ReadonlySet<number> = new Set([14, 15, 16, 17, 22]);
/** Serial numbers Excel can show as dates: 0 (1900 system) up to 31 December 9999. */
const LAST_DATE_SERIAL = 2_958_465;

/** Which cell style indexes (`s="3"`) show numbers as percentages, and which as dates or times. */
export interface XlsxNumberStyles {
  percent: Set<number>;
  date: Set<number>;
}

/**
 * True for a custom format code that shows a calendar date ("dd/mm/yyyy", "[$-809]d mmmm yyyy", "mmm-yy"):
 * after quoted text, escaped characters and bracketed parts ([Red], [$-809], [h]) are removed, it has a
 * day or year, or a month name (mmm), and no digit placeholders ("0.00", "#,##0"). Time-only formats
 * ("h:mm", "mm:ss") are not dates: "m" there means minutes.
 */
export function isDateFormatCode(code: string): boolean {
  const bare = code.replace(/"[^"]*"|\\.|_.|\*.|\[[^\]]*\]/g, '');
  return /[dy]|mmm/i.test(bare) && !/[#?]|(^|[^.])0/.test(bare.replace(/\.0+/g, ''));
}

const DAY_MS = 86_400_000;

/**
 * A spreadsheet day serial number as an ISO date ("2023-07-14"), with the time when it has one
 * ("2023-07-14T09:30:00"). The 1900 system counts 1 = 1 January 1900 and keeps Lotus's 29 February 1900
 * (serial 60), so serials from 61 on count from 30 December 1899; the 1904 system counts 0 = 1 January 1904.
 */
export function spreadsheetSerialToIso(serial: number, date1904 = false): string {
  const epoch = date1904 ? Date.UTC(1904, 0, 1) : Date.UTC(1899, 11, 30);
  const days = !date1904 && serial < 61 ? serial + 1 : serial;
  const ms = epoch + Math.round(days * DAY_MS / 1000) * 1000;
  const iso = new Date(ms).toISOString();
  return ms % DAY_MS === 0 ? iso.slice(0, 10) : iso.slice(0, 19);
}

/** True when the workbook counts dates from 1904 (`<workbookPr date1904="1"/>`, old Mac Excel). */
export function readXlsxDate1904(workbookXml: string): boolean {
  let date1904 = false;
  parseXml(workbookXml, (tag, attributes) => {
    if (tag.name === 'workbookPr') date1904 = attributes.date1904 === '1' || attributes.date1904 === 'true';
  });
  return date1904;
}

type TagHandler = (tag: { name: string }, attributes: Record<string, string>) => void;

/** Runs a streaming parse with open/close/text handlers; throws on malformed XML. */
function parseXml(xml: string, onOpen: TagHandler, onClose: (name: string) => void = () => {}, onText: (text: string) => void = () => {}): void {
  const parser = new SaxesParser({ position: false });
  parser.on('opentag', (tag) => onOpen(tag, tag.attributes as Record<string, string>));
  parser.on('closetag', (tag) => onClose(tag.name));
  parser.on('text', onText);
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(xml).close();
}

/** Names and part paths of the workbook's sheets, in tab order. */
export function readXlsxSheetList(workbookXml: string, relationshipsXml: string): { name: string; path: string }[] {
  const targets = new Map<string, string>();
  parseXml(relationshipsXml, (tag, attributes) => {
    if (tag.name === 'Relationship' && attributes.Id && attributes.Target) targets.set(attributes.Id, attributes.Target);
  });
  const sheets: { name: string; path: string }[] = [];
  parseXml(workbookXml, (tag, attributes) => {
    if (tag.name !== 'sheet') return;
    const target = targets.get(attributes['r:id'] ?? '');
    if (target === undefined) return;
    // Targets are relative to xl/ ("worksheets/sheet1.xml") or absolute within the package ("/xl/…").
    const path = target.startsWith('/') ? target.slice(1) : `xl/${target}`;
    sheets.push({ name: attributes.name ?? `Sheet${sheets.length + 1}`, path });
  });
  return sheets;
}

/** The shared string table: `<si>` entries, rich-text runs joined, phonetic guides (`<rPh>`) left out. */
export function readXlsxSharedStrings(xml: string): string[] {
  const strings: string[] = [];
  let current: string | null = null;
  let inText = false;
  let phoneticDepth = 0;
  parseXml(
    xml,
    (tag) => {
      if (tag.name === 'si') current = '';
      else if (tag.name === 'rPh') phoneticDepth += 1;
      else if (tag.name === 't' && phoneticDepth === 0) inText = true;
    },
    (name) => {
      if (name === 'si') strings.push(current ?? '');
      else if (name === 'rPh') phoneticDepth -= 1;
      else if (name === 't') inText = false;
    },
    (text) => {
      if (inText && current !== null) current += text;
    },
  );
  return strings;
}

/** Which cell style indexes (`s="3"`) format numbers as percentages and which as dates, from styles.xml. */
export function readXlsxNumberStyles(xml: string): XlsxNumberStyles {
  const percentFormats = new Set(BUILT_IN_PERCENT_FORMATS);
  const dateFormats = new Set(BUILT_IN_DATE_FORMATS);
  const styles: XlsxNumberStyles = { percent: new Set(), date: new Set() };
  let inCellFormats = false;
  let styleIndex = 0;
  parseXml(
    xml,
    (tag, attributes) => {
      if (tag.name === 'numFmt') {
        const code = attributes.formatCode ?? '';
        if (code.replace(/"[^"]*"|\\./g, '').includes('%')) percentFormats.add(Number(attributes.numFmtId));
        else if (isDateFormatCode(code)) dateFormats.add(Number(attributes.numFmtId));
      } else if (tag.name === 'cellXfs') inCellFormats = true;
      else if (tag.name === 'xf' && inCellFormats) {
        const format = Number(attributes.numFmtId);
        if (percentFormats.has(format)) styles.percent.add(styleIndex);
        else if (dateFormats.has(format)) styles.date.add(styleIndex);
        styleIndex += 1;
      }
    },
    (name) => {
      if (name === 'cellXfs') inCellFormats = false;
    },
  );
  return styles;
}

/** "C7" → column 2 (0-based); null when the reference has no letters. */
function columnOfReference(reference: string): number | null {
  let column = 0;
  let letters = 0;
  for (const character of reference) {
    const code = character.charCodeAt(0);
    if (code < 65 || code > 90) break;
    column = column * 26 + (code - 64);
    letters += 1;
  }
  return letters === 0 ? null : column - 1;
}

interface XlsxCell {
  column: number | null;
  type: string;
  style: number;
  value: string;
  inline: string;
}

function xlsxCellValue(cell: XlsxCell, sharedStrings: readonly string[], styles: XlsxNumberStyles, date1904: boolean): GridCell {
  switch (cell.type) {
    case 's':
      return sharedStrings[Number(cell.value)] ?? null;
    case 'inlineStr':
      return cell.inline;
    case 'str':
    case 'd':
      return cell.value;
    case 'b':
      return cell.value === '1' ? 'TRUE' : 'FALSE';
    case 'e':
      return null;
    default: {
      if (cell.value === '') return null;
      const number = Number(cell.value);
      if (!Number.isFinite(number)) return cell.value;
      if (styles.percent.has(cell.style)) return `${Number((number * 100).toPrecision(15))}%`;
      // A number in a date column that no date can have (a phone number typed there) stays a number.
      const isDay = styles.date.has(cell.style) && number >= 0 && number <= LAST_DATE_SERIAL - (date1904 ? 1462 : 0);
      return isDay ? spreadsheetSerialToIso(number, date1904) : number;
    }
  }
}

/** One worksheet's rows. Rows and cells are placed by their references (`r="7"`, `r="C7"`) when present. */
export function readXlsxSheet(name: string, xml: string, sharedStrings: readonly string[], styles: XlsxNumberStyles, date1904 = false): SheetGrid {
  const builder = new SheetRowsBuilder();
  let cell: XlsxCell | null = null;
  let nextColumn = 0;
  let textTarget: 'value' | 'inline' | null = null;
  parseXml(
    xml,
    (tag, attributes) => {
      if (tag.name === 'row') {
        const rowNumber = Number(attributes.r);
        if (Number.isInteger(rowNumber) && rowNumber - 1 > builder.rowPosition) builder.skipRows(rowNumber - 1 - builder.rowPosition);
        builder.startRow();
        nextColumn = 0;
      } else if (tag.name === 'c') {
        cell = { column: columnOfReference(attributes.r ?? ''), type: attributes.t ?? 'n', style: Number(attributes.s ?? 0), value: '', inline: '' };
      } else if (tag.name === 'v') textTarget = 'value';
      else if (tag.name === 't' && cell?.type === 'inlineStr') textTarget = 'inline';
    },
    (tagName) => {
      if (tagName === 'row') builder.endRow();
      else if (tagName === 'c' && cell) {
        const column = cell.column ?? nextColumn;
        builder.setCell(column, xlsxCellValue(cell, sharedStrings, styles, date1904));
        nextColumn = column + 1;
        cell = null;
      } else if (tagName === 'v' || tagName === 't') textTarget = null;
    },
    (text) => {
      if (cell && textTarget === 'value') cell.value += text;
      else if (cell && textTarget === 'inline') cell.inline += text;
    },
  );
  return { name, rows: builder.finish() };
}
