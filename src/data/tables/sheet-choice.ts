/**
 * Choosing which sheet of a workbook holds the indicator table: the one named by the user, else the one with
 * the most rows holding a GSS code (guidance and notes sheets have none). Ties go to the first sheet.
 */
import type { ImportError, SheetChoice } from '../../types';
import { GSS_CODE_PATTERN } from '../field-detection';
import { cellText, type GridRow } from './cell-values';
import type { SheetGrid } from './sheet-grid';

/** Rows with at least one cell holding a GSS code. */
export function countGssRows(rows: readonly GridRow[]): number {
  let count = 0;
  for (const row of rows) if (row.some((cell) => typeof cell === 'string' && GSS_CODE_PATTERN.test(cellText(cell)))) count += 1;
  return count;
}

/**
 * The sheet to read and why. An explicit `requested` name is matched case-insensitively; an unknown one
 * gives `unknown-sheet` with the sheet names in `choices`.
 */
export function chooseSheet(fileName: string, sheets: readonly SheetGrid[], requested?: string): { ok: true; grid: SheetGrid; choice: SheetChoice } | { ok: false; error: ImportError } {
  const counted = sheets.map((sheet) => ({ name: sheet.name, gssRows: countGssRows(sheet.rows) }));
  const names = sheets.map((sheet) => sheet.name);
  if (requested !== undefined) {
    const index = names.findIndex((name) => name.trim().toLowerCase() === requested.trim().toLowerCase());
    if (index === -1) {
      const sheets = names.map((name) => `"${name}"`).join(', ');
      return { ok: false, error: { code: 'unknown-sheet', file: fileName, params: { file: fileName, sheet: requested, sheets }, choices: names } };
    }
    return { ok: true, grid: sheets[index], choice: { sheet: names[index], sheets: counted, chosenBy: 'option' } };
  }
  let best = 0;
  counted.forEach((sheet, index) => {
    if (sheet.gssRows > counted[best].gssRows) best = index;
  });
  return { ok: true, grid: sheets[best], choice: { sheet: names[best], sheets: counted, chosenBy: sheets.length === 1 ? 'only-sheet' : 'most-gss-rows' } };
}
