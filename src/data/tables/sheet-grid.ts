/**
 * Sheets as grids of cells, and the builder both spreadsheet readers use: it places repeated cells and rows
 * (ODS `number-columns-repeated`, XLSX gaps between cell references) without materialising padding.
 */
import type { GridCell, GridRow } from './cell-values';

/** One sheet of a workbook: its name and its rows from the top (row 1 is `rows[0]`). */
export interface SheetGrid {
  name: string;
  rows: GridRow[];
}

/** Sheet limits of Excel and LibreOffice; repeats beyond them are padding, never data. */
export const MAX_SHEET_COLUMNS = 16_384;
export const MAX_SHEET_ROWS = 1_048_576;

const EMPTY_ROW: GridRow = Object.freeze([]);

/**
 * Accumulates rows cell by cell. Empty cells and rows are only counted until a value follows them, so
 * trailing padding (16,383 empty columns, a million empty rows) costs nothing.
 */
export class SheetRowsBuilder {
  private readonly rows: GridRow[] = [];
  private pendingEmptyRows = 0;
  private row: GridCell[] = [];
  private pendingEmptyCells = 0;

  /** Begins a row at the next row position. */
  startRow(): void {
    this.row = [];
    this.pendingEmptyCells = 0;
  }

  /** Adds `repeat` copies of a cell at the next column positions. */
  addCell(value: GridCell, repeat = 1): void {
    if (value === null || value === '') {
      this.pendingEmptyCells += repeat;
      return;
    }
    const room = MAX_SHEET_COLUMNS - this.row.length - this.pendingEmptyCells;
    if (room <= 0) return;
    for (; this.pendingEmptyCells > 0; this.pendingEmptyCells -= 1) this.row.push(null);
    for (let copy = 0; copy < Math.min(repeat, room); copy += 1) this.row.push(value);
  }

  /** Places a cell at a 0-based column (XLSX `r="C7"`), leaving empty cells in any gap. */
  setCell(column: number, value: GridCell): void {
    if (column >= MAX_SHEET_COLUMNS || value === null || value === '') return;
    while (this.row.length < column) this.row.push(null);
    this.row[column] = value;
  }

  /** Skips empty row positions (XLSX rows missing between `r="3"` and `r="7"`). */
  skipRows(count: number): void {
    this.pendingEmptyRows += count;
  }

  /** Number of row positions so far, empty ones included: the next row's 0-based index. */
  get rowPosition(): number {
    return this.rows.length + this.pendingEmptyRows;
  }

  /** Ends the row begun by `startRow`, which stands for `repeat` identical rows. */
  endRow(repeat = 1): void {
    if (this.row.length === 0) {
      this.pendingEmptyRows += repeat;
      return;
    }
    const room = MAX_SHEET_ROWS - this.rows.length - this.pendingEmptyRows;
    if (room <= 0) return;
    for (; this.pendingEmptyRows > 0; this.pendingEmptyRows -= 1) this.rows.push(EMPTY_ROW);
    const row = this.row;
    for (let copy = 0; copy < Math.min(repeat, room); copy += 1) this.rows.push(row);
  }

  /** The rows, without trailing empty rows. */
  finish(): GridRow[] {
    return this.rows;
  }
}
