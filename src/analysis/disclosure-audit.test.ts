import { describe, expect, it } from 'vitest';
import { boundCells, consistentLines, exposedCells, linearlyDetermined, type CellStatus, type CountLine } from './disclosure-audit';

// A 2 × 2 table with row totals (cells 4, 5) and column totals (6, 7) and a grand total (8):
//   0 1 | 4
//   2 3 | 5
//   6 7 | 8
const values = [3, 10, 7, 6, 13, 13, 10, 16, 26];
const lines: CountLine[] = [
  { parts: [0, 1], total: 4 }, { parts: [2, 3], total: 5 },
  { parts: [0, 2], total: 6 }, { parts: [1, 3], total: 7 },
  { parts: [4, 5], total: 8 }, { parts: [6, 7], total: 8 },
];
const statusOf = (primary: number[], secondary: number[]): CellStatus[] =>
  values.map((_, i) => (primary.includes(i) ? 'primary' : secondary.includes(i) ? 'secondary' : 'shown'));

describe('disclosure audit', () => {
  it('keeps only the lines that add up', () => {
    expect(consistentLines([1, 2, 4], [{ parts: [0, 1], total: 2 }])).toEqual([]);
    expect(consistentLines([1, 2, 3], [{ parts: [0, 1], total: 2 }])).toEqual([{ parts: [0, 1], total: 2 }]);
  });

  it('finds a lone withheld cell by subtraction from its row total', () => {
    expect(linearlyDetermined(lines, statusOf([0], []).map((s) => s !== 'shown'))).toEqual([0]);
    expect(exposedCells(values, lines, statusOf([0], []))).toEqual([0]);
  });

  it('cannot solve a withheld rectangle (two cells in every row and column)', () => {
    expect(exposedCells(values, lines, statusOf([0], [1, 2, 3]))).toEqual([]);
  });

  it('solves a bridge between two protected groups by linear algebra', () => {
    // Rows r0: a b . . ; r1: c d . . ; r2: . d' e f ... built as a 3 × 4 grid where cell 2 (r0,c2) links two rectangles.
    const grid = [
      [5, 6, 7, 0],
      [8, 9, 0, 0],
      [0, 0, 10, 11],
    ];
    const cell = (r: number, c: number) => r * 4 + c;
    const flat = grid.flat();
    const rowLines = grid.map((row, r) => ({ parts: row.map((_, c) => cell(r, c)), total: 12 + r }));
    const colLines = [0, 1, 2, 3].map((c) => ({ parts: grid.map((_, r) => cell(r, c)), total: 15 + c }));
    const all = [...flat, ...grid.map((row) => row.reduce((a, b) => a + b, 0)), ...[0, 1, 2, 3].map((c) => grid.reduce((a, row) => a + row[c], 0))];
    const withheld = all.map((_, i) => [cell(0, 0), cell(0, 1), cell(1, 0), cell(1, 1), cell(0, 2), cell(2, 2), cell(2, 3)].includes(i));
    // Row 0 holds a, b and the bridge; the bridge's column holds it and e; e's row holds e and f — f's column holds f alone.
    expect(linearlyDetermined([...rowLines, ...colLines], withheld)).toEqual([cell(0, 2), cell(2, 2), cell(2, 3)]);
  });

  it('pins a small count whose complement leaves no room (1 + 0 = 1)', () => {
    const v = [1, 0, 1];
    const status: CellStatus[] = ['primary', 'secondary', 'shown'];
    expect(boundCells(v, [{ parts: [0, 1], total: 2 }], status)).toEqual([[1, 1], [0, 0], [1, 1]]);
    // The zero complement is pinned too, but a zero discloses no one.
    expect(exposedCells(v, [{ parts: [0, 1], total: 2 }], status)).toEqual([0]);
  });

  it('leaves a small count in 1–4 when its complement is large enough', () => {
    const v = [2, 9, 11];
    expect(boundCells(v, [{ parts: [0, 1], total: 2 }], ['primary', 'secondary', 'shown'])).toEqual([[1, 4], [7, 10], [11, 11]]);
  });
});
