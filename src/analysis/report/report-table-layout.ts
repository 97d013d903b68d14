/**
 * Where a report table's text goes: column widths from the relative widths, each cell's text wrapped to its
 * column, and each row's height from its tallest cell. Pure, so the layout is tested without a PDF.
 */

/** Wraps `text` to lines no wider than `maxWidth` points in the table font (bold for the header). */
export type WrapCell = (text: string, bold: boolean, maxWidth: number) => string[];

/** A laid-out table: per column its width, per row its cells' lines and its height, all in points. */
export interface TableLayout {
  columnWidths: number[];
  header: string[][];
  headerHeight: number;
  rows: string[][][];
  rowHeights: number[];
  sizePt: number;
  lineHeight: number;
  padding: number;
}

/** Lays out a table `width` points wide in a font of `sizePt`. */
export function layoutTable(header: readonly string[], rows: readonly (readonly string[])[], widths: readonly number[], width: number, sizePt: number, wrap: WrapCell): TableLayout {
  const padding = 3;
  const lineHeight = sizePt * 1.25;
  const total = widths.reduce((sum, w) => sum + w, 0);
  const columnWidths = widths.map((w) => (w / total) * width);
  const wrapRow = (cells: readonly string[], bold: boolean) => cells.map((text, c) => {
    const lines = wrap(text, bold, columnWidths[c] - 2 * padding);
    return lines.length ? lines : [''];
  });
  const height = (cells: string[][]) => Math.max(...cells.map((lines) => lines.length)) * lineHeight + 2 * padding;
  const headerCells = wrapRow(header, true);
  const rowCells = rows.map((row) => wrapRow(row, false));
  return { columnWidths, header: headerCells, headerHeight: height(headerCells), rows: rowCells, rowHeights: rowCells.map(height), sizePt, lineHeight, padding };
}
