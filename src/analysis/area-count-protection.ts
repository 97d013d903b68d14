/**
 * Suppression of a per-area table of incident counts (the app's "Download table" and `atlas join --out`):
 * each area's total, its split by period and by category. The lines a reader can use are each area's
 * periods and categories adding up to its total, and the totals adding up to the number of incidents the
 * app shows; small counts and the complements that protect them are withheld (secondary-suppression.ts).
 */
import type { CsvCell } from './csv-export';
import { protectGrid, protectedCell } from './secondary-suppression';

/** One area's counts; null = no data (an area the incidents do not cover). */
export interface AreaCountRow {
  total: number | null;
  byPeriod: ReadonlyArray<number | null>;
  byCategory: ReadonlyArray<number | null>;
}

/** The cells to write, and which areas' totals are withheld (a rate from a withheld total is withheld too). */
export interface ProtectedAreaCounts {
  total: CsvCell[];
  byPeriod: CsvCell[][];
  byCategory: CsvCell[][];
  totalWithheld: boolean[];
  /** How many cells were withheld, and how many of them stay exposed through totals known elsewhere. */
  withheld: number;
  unprotected: number;
}

/** The cells unchanged: what is written when the user turns suppression off. */
export function unprotectedAreaCounts(rows: ReadonlyArray<AreaCountRow>): ProtectedAreaCounts {
  return {
    total: rows.map((row) => row.total),
    byPeriod: rows.map((row) => [...row.byPeriod]),
    byCategory: rows.map((row) => [...row.byCategory]),
    totalWithheld: rows.map(() => false),
    withheld: 0,
    unprotected: 0,
  };
}

/**
 * Primary and secondary suppression of per-area counts. `forced` cells ([area, column], column 0 the total,
 * then the periods, then the categories; or an area index alone for its total) are withheld whatever their
 * size (an earlier export over another window would give them away by subtraction).
 */
export function protectAreaCounts(rows: ReadonlyArray<AreaCountRow>, forced: ReadonlyArray<number | [number, number]> = []): ProtectedAreaCounts {
  const periodCount = rows[0]?.byPeriod.length ?? 0;
  const categoryCount = rows[0]?.byCategory.length ?? 0;
  const periods = Array.from({ length: periodCount }, (_, p) => 1 + p);
  const categories = Array.from({ length: categoryCount }, (_, c) => 1 + periodCount + c);
  const grid = rows.map((row) => [row.total, ...row.byPeriod, ...row.byCategory]);
  const { status, unprotected } = protectGrid(grid, {
    rowSums: [...(periodCount ? [{ parts: periods, total: 0 }] : []), ...(categoryCount ? [{ parts: categories, total: 0 }] : [])],
    knownColumnTotals: [0],
  }, forced.map((cell): [number, number] => (typeof cell === 'number' ? [cell, 0] : cell)));
  const cell = (r: number, c: number) => protectedCell(grid[r][c], status[r][c]);
  return {
    total: rows.map((_, r) => cell(r, 0)),
    byPeriod: rows.map((_, r) => periods.map((c) => cell(r, c))),
    byCategory: rows.map((_, r) => categories.map((c) => cell(r, c))),
    totalWithheld: rows.map((_, r) => status[r][0] !== 'shown'),
    withheld: status.reduce((sum, row) => sum + row.filter((s) => s !== 'shown').length, 0),
    unprotected,
  };
}
