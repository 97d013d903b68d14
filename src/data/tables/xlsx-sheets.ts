/**
 * Reading the sheets of an Office Open XML workbook (.xlsx) from its zipped XML parts, streamed with saxes:
 * shared strings resolved, numbers kept as numbers, percent-formatted cells written as "45.2%".
 */
import { SaxesParser } from 'saxes';
import type { GridCell } from './cell-values';
import { SheetRowsBuilder, type SheetGrid } from './sheet-grid';

/** Built-in number formats 9 ("0%") and 10 ("0.00%"). */
const BUILT_IN_PERCENT_FORMATS: ReadonlySet<number> = new Set([9, 10]);

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

/** Which cell style indexes (`s="3"`) format numbers as percentages, from styles.xml. */
export function readXlsxPercentStyles(xml: string): Set<number> {
  const percentFormats = new Set(BUILT_IN_PERCENT_FORMATS);
  const styles = new Set<number>();
  let inCellFormats = false;
  let styleIndex = 0;
  parseXml(
    xml,
    (tag, attributes) => {
      if (tag.name === 'numFmt' && (attributes.formatCode ?? '').replace(/"[^"]*"|\\./g, '').includes('%')) percentFormats.add(Number(attributes.numFmtId));
      else if (tag.name === 'cellXfs') inCellFormats = true;
      else if (tag.name === 'xf' && inCellFormats) {
        if (percentFormats.has(Number(attributes.numFmtId))) styles.add(styleIndex);
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

function xlsxCellValue(cell: XlsxCell, sharedStrings: readonly string[], percentStyles: ReadonlySet<number>): GridCell {
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
      return percentStyles.has(cell.style) ? `${Number((number * 100).toPrecision(15))}%` : number;
    }
  }
}

/** One worksheet's rows. Rows and cells are placed by their references (`r="7"`, `r="C7"`) when present. */
export function readXlsxSheet(name: string, xml: string, sharedStrings: readonly string[], percentStyles: ReadonlySet<number>): SheetGrid {
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
        builder.setCell(column, xlsxCellValue(cell, sharedStrings, percentStyles));
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
