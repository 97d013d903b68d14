/**
 * Reading the sheets of an OpenDocument spreadsheet (.ods, as the Welsh Government publishes WIMD) from its
 * `content.xml`, streamed with saxes: cells become numbers (office:value) or their displayed text.
 */
import { SaxesParser } from 'saxes';
import type { GridCell } from './cell-values';
import { SheetRowsBuilder, type SheetGrid } from './sheet-grid';

interface CellState {
  repeat: number;
  valueType: string;
  attributes: Record<string, string>;
  paragraphs: string[];
}

function percentText(value: number): string {
  // office:value holds the fraction (0.452 for 45.2%); 15 significant digits drop float noise.
  return `${Number((value * 100).toPrecision(15))}%`;
}

/** A cell's value: the stored number for numeric types, else the text it displays; null when empty. */
function cellValue(cell: CellState): GridCell {
  const stored = cell.attributes['office:value'];
  const number = stored === undefined ? Number.NaN : Number(stored);
  if ((cell.valueType === 'float' || cell.valueType === 'currency') && Number.isFinite(number)) return number;
  if (cell.valueType === 'percentage' && Number.isFinite(number)) return percentText(number);
  if (cell.valueType === 'boolean') return cell.attributes['office:boolean-value'] ?? null;
  // A date cell stores an ISO date ("2023-07-14", or with a time); its shown text depends on the locale.
  if (cell.valueType === 'date' && cell.attributes['office:date-value']) return cell.attributes['office:date-value'];
  const text = cell.paragraphs.join('\n');
  return text === '' ? null : text;
}

function repeatCount(value: string | undefined): number {
  const count = value === undefined ? 1 : Number.parseInt(value, 10);
  return Number.isFinite(count) && count > 0 ? count : 1;
}

/**
 * Every sheet of the workbook in order, with rows as grids. Repeated empty rows and cells (LibreOffice and
 * Excel pad sheets to 16,384 columns and a million rows) are not materialised unless data follows them.
 * Throws the parser's error on malformed XML (the caller turns it into `unreadable-spreadsheet`).
 */
export function readOdsSheets(contentXml: string): SheetGrid[] {
  const sheets: SheetGrid[] = [];
  const parser = new SaxesParser({ position: false });
  let builder: SheetRowsBuilder | null = null;
  let sheetName = '';
  let rowRepeat = 1;
  let cell: CellState | null = null;
  let paragraph: string | null = null;
  let annotationDepth = 0;
  parser.on('opentag', (tag) => {
    const attributes = tag.attributes as Record<string, string>;
    switch (tag.name) {
      case 'table:table':
        builder = new SheetRowsBuilder();
        sheetName = attributes['table:name'] ?? `Sheet${sheets.length + 1}`;
        return;
      case 'table:table-row':
        rowRepeat = repeatCount(attributes['table:number-rows-repeated']);
        builder?.startRow();
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        cell = { repeat: repeatCount(attributes['table:number-columns-repeated']), valueType: attributes['office:value-type'] ?? '', attributes, paragraphs: [] };
        return;
      case 'office:annotation':
        annotationDepth += 1;
        return;
      case 'text:p':
      case 'text:h':
        if (cell && annotationDepth === 0) paragraph = '';
        return;
      case 'text:s':
        if (paragraph !== null) paragraph += ' '.repeat(Math.min(repeatCount(attributes['text:c']), 1000));
        return;
      case 'text:tab':
        if (paragraph !== null) paragraph += '\t';
        return;
      case 'text:line-break':
        if (paragraph !== null) paragraph += '\n';
        return;
    }
  });
  parser.on('text', (text) => {
    if (paragraph !== null) paragraph += text;
  });
  parser.on('closetag', (tag) => {
    switch (tag.name) {
      case 'table:table':
        if (builder) sheets.push({ name: sheetName, rows: builder.finish() });
        builder = null;
        return;
      case 'table:table-row':
        builder?.endRow(rowRepeat);
        return;
      case 'table:table-cell':
      case 'table:covered-table-cell':
        if (cell && builder) builder.addCell(cellValue(cell), cell.repeat);
        cell = null;
        return;
      case 'office:annotation':
        annotationDepth -= 1;
        return;
      case 'text:p':
      case 'text:h':
        if (cell && paragraph !== null) cell.paragraphs.push(paragraph);
        paragraph = null;
        return;
    }
  });
  parser.on('error', (error) => {
    throw error;
  });
  parser.write(contentXml).close();
  return sheets;
}
