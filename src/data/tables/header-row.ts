/**
 * Finding the header row of a table that may have title rows, notes or a banner above it (Welsh Government
 * and ONS workbooks put the header on the 3rd or 4th row).
 */
import { cellText, type GridRow } from './cell-values';

/**
 * GSS-shaped codes, including the UK-wide letters (K04000001 England and Wales, K02 UK, L Channel Islands,
 * M Isle of Man) that head ONS tables as total rows, so such a row still confirms the header above it.
 */
const ANY_GSS_CODE = /^[EWSNKLMX]\d{8}$/;

/** Only this many rows from the top are considered as the header. */
export const HEADER_SCAN_ROWS = 100;
/** Rows after a candidate header that must hold GSS codes in one column (fewer if the table is shorter). */
const CONFIRMING_ROWS = 5;
/** Rows from the top used to find the widest row when no column holds GSS codes. */
const WIDTH_SCAN_ROWS = 30;

function isBlankRow(row: GridRow): boolean {
  return row.every((cell) => cellText(cell) === '');
}

/** Count of non-empty cells. */
function filledCells(row: GridRow): number {
  let filled = 0;
  for (const cell of row) if (cellText(cell) !== '') filled += 1;
  return filled;
}

/** The next `count` non-blank rows after `index` (fewer at the end of the table). */
function followingRows(rows: readonly GridRow[], index: number, count: number): GridRow[] {
  const found: GridRow[] = [];
  for (let next = index + 1; next < rows.length && found.length < count; next += 1) {
    if (!isBlankRow(rows[next])) found.push(rows[next]);
  }
  return found;
}

/** True when the row's cell in `column` is a label (text that is not itself a GSS code). */
function isLabelCell(row: GridRow, column: number): boolean {
  const text = cellText(row[column]);
  return text !== '' && typeof row[column] === 'string' && !ANY_GSS_CODE.test(text);
}

/**
 * Index of the header row: the first row with a label in some column whose following non-blank rows (up to
 * five) all hold GSS-like codes there (E01000001; K04000001 total rows count too). When `codeColumn` is
 * given, the first row with a cell of that name (case-insensitive). Tables without GSS codes fall back to
 * the first row as wide as the widest of the first rows (title rows have one cell). Null when all is blank.
 */
export function findHeaderRow(rows: readonly GridRow[], codeColumn?: string): number | null {
  const scanEnd = Math.min(rows.length, HEADER_SCAN_ROWS);
  if (codeColumn !== undefined) {
    const wanted = codeColumn.trim().toLowerCase();
    for (let index = 0; index < scanEnd; index += 1) {
      if (rows[index].some((cell) => cellText(cell).toLowerCase() === wanted)) return index;
    }
    return null;
  }
  for (let index = 0; index < scanEnd; index += 1) {
    const row = rows[index];
    if (isBlankRow(row)) continue;
    const next = followingRows(rows, index, CONFIRMING_ROWS);
    if (next.length === 0) break;
    for (let column = 0; column < row.length; column += 1) {
      if (isLabelCell(row, column) && next.every((following) => ANY_GSS_CODE.test(cellText(following[column])))) return index;
    }
  }
  return widestEarlyRow(rows);
}

function widestEarlyRow(rows: readonly GridRow[]): number | null {
  const candidates: number[] = [];
  for (let index = 0; index < rows.length && candidates.length < WIDTH_SCAN_ROWS; index += 1) {
    if (!isBlankRow(rows[index])) candidates.push(index);
  }
  if (candidates.length === 0) return null;
  const widest = Math.max(...candidates.map((index) => filledCells(rows[index])));
  return candidates.find((index) => filledCells(rows[index]) === widest) ?? null;
}
