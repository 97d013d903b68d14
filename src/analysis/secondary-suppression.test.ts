import { describe, expect, it } from 'vitest';
import { linearlyRecoverable, searchRecoverable, type Fact } from '../../test/helpers/recovery-solver';
import type { CellStatus } from './disclosure-audit';
import { protectCounts, protectedCell, protectGrid } from './secondary-suppression';

/**
 * The facts a reader gets from a protected grid whose cells are sums of unknown atoms: each shown cell
 * exactly, each "<5" cell as 1–4, and each column's total over the rows (shown elsewhere in the app).
 */
function factsOf(cellAtoms: number[][][], values: number[][], status: CellStatus[][], columnTotalsKnown = true): Fact[] {
  const facts: Fact[] = [];
  cellAtoms.forEach((row, r) => row.forEach((atoms, c) => {
    if (status[r][c] === 'shown') facts.push({ atoms, value: values[r][c] });
    if (status[r][c] === 'primary') facts.push({ atoms, small: true });
  }));
  if (columnTotalsKnown) {
    cellAtoms[0].forEach((_, c) => facts.push({ atoms: cellAtoms.flatMap((row) => row[c]), value: values.reduce((sum, row) => sum + row[c], 0) }));
  }
  return facts;
}

/** Area × month counts with a total column: atoms are the month cells themselves. */
function monthsWithTotal(months: number[][]) {
  const width = months[0].length;
  const values = months.map((row) => [...row, row.reduce((a, b) => a + b, 0)]);
  const cellAtoms = months.map((row, r) => [...row.map((_, m) => [r * width + m]), row.map((_, m) => r * width + m)]);
  return { values, cellAtoms, atomCount: months.length * width, shape: { rowSums: [{ parts: months[0].map((_, m) => m), total: width }], knownColumnTotals: 'all' as const } };
}

/** Every withheld cell of a grid that is not zero (zero discloses no one), as the atoms it sums. */
const withheldTargets = (cellAtoms: number[][][], status: CellStatus[][], values: number[][]) =>
  cellAtoms.flatMap((row, r) => row.filter((_, c) => status[r][c] !== 'shown' && values[r][c] !== 0));

/** A small deterministic generator, so the random tables are the same on every run. */
function seeded(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2147483648) / 2147483648);
}

describe('secondary suppression', () => {
  it('withholds a complement beside a lone small count, and the total when the row has nothing else', () => {
    const { values, shape } = monthsWithTotal([[3, 10, 12], [6, 7, 8]]);
    const { status, unprotected } = protectGrid(values, shape);
    expect(status).toEqual([
      ['primary', 'secondary', 'shown', 'shown'],
      ['secondary', 'secondary', 'shown', 'shown'],
    ]);
    expect(unprotected).toBe(0);
  });

  it('gives back none of the withheld cells of a package-like table to exact search or linear algebra', () => {
    const grid = monthsWithTotal([[1, 6, 0, 9], [7, 2, 5, 0], [0, 8, 3, 6], [5, 5, 0, 1]]);
    const { status } = protectGrid(grid.values, grid.shape);
    const facts = factsOf(grid.cellAtoms, grid.values, status);
    const targets = withheldTargets(grid.cellAtoms, status, grid.values);
    expect(targets.length).toBeGreaterThan(5);
    expect(targets.filter((t) => linearlyRecoverable(facts, t, grid.atomCount))).toEqual([]);
    expect(searchRecoverable(facts, targets, grid.atomCount, 12)).toEqual([]);
  });

  it('shows that primary suppression alone gives every small count back', () => {
    const grid = monthsWithTotal([[1, 6, 0, 9], [7, 2, 5, 0], [0, 8, 3, 6], [5, 5, 0, 1]]);
    const primaryOnly = grid.values.map((row) => row.map((v): CellStatus => (v > 0 && v < 5 ? 'primary' : 'shown')));
    const facts = factsOf(grid.cellAtoms, grid.values, primaryOnly);
    const targets = withheldTargets(grid.cellAtoms, primaryOnly, grid.values);
    expect(targets.filter((t) => linearlyRecoverable(facts, t, grid.atomCount))).toEqual(targets);
  });

  it('protects a per-area table of total, months and categories (atoms are month × category)', () => {
    // Two months × two categories per area; the CSV shows total, each month and each category.
    const atoms = [[2, 7, 0, 6], [5, 0, 3, 9], [8, 1, 6, 6]];
    const cellAtoms = atoms.map((_, r) => {
      const a = (m: number, k: number) => r * 4 + m * 2 + k;
      return [[a(0, 0), a(0, 1), a(1, 0), a(1, 1)], [a(0, 0), a(0, 1)], [a(1, 0), a(1, 1)], [a(0, 0), a(1, 0)], [a(0, 1), a(1, 1)]];
    });
    const values = cellAtoms.map((row, r) => row.map((cell) => cell.reduce((sum, atom) => sum + atoms[r][atom - r * 4], 0)));
    const { status } = protectGrid(values, { rowSums: [{ parts: [1, 2], total: 0 }, { parts: [3, 4], total: 0 }], knownColumnTotals: 'all' as const });
    const facts = factsOf(cellAtoms, values, status);
    const targets = withheldTargets(cellAtoms, status, values);
    expect(targets.length).toBeGreaterThan(2);
    expect(targets.filter((t) => linearlyRecoverable(facts, t, 12))).toEqual([]);
  });

  it('leaves no withheld cell recoverable in 40 random tables full of small counts', () => {
    const random = seeded(13);
    let withheld = 0;
    for (let n = 0; n < 40; n++) {
      const months = Array.from({ length: 6 }, () => Array.from({ length: 5 }, () => Math.floor(random() * random() * 14)));
      const grid = monthsWithTotal(months);
      const { status, unprotected } = protectGrid(grid.values, grid.shape);
      const facts = factsOf(grid.cellAtoms, grid.values, status);
      const targets = withheldTargets(grid.cellAtoms, status, grid.values);
      withheld += targets.length;
      expect({ n, unprotected, recovered: targets.filter((t) => linearlyRecoverable(facts, t, grid.atomCount)).length }).toEqual({ n, unprotected: 0, recovered: 0 });
    }
    expect(withheld).toBeGreaterThan(200);
  });

  it('withholds forced cells (an earlier export would give them away) and protects them in turn', () => {
    const { values, shape } = monthsWithTotal([[9, 10, 12], [6, 7, 8]]);
    const { status } = protectGrid(values, shape, [[0, 2]]);
    expect(status[0].filter((s) => s !== 'shown').length).toBeGreaterThanOrEqual(2);
    expect(status.map((row) => row[2]).filter((s) => s !== 'shown').length).toBeGreaterThanOrEqual(2);
  });

  it('reports a small count that totals known elsewhere pin, whatever this output withholds', () => {
    // One part, a total known from elsewhere: 3 = 3.
    expect(protectCounts({ values: [3, 3], lines: [{ parts: [0], total: 1 }], known: [false, true] })).toEqual({ status: ['secondary', 'shown'], unprotected: [0] });
  });

  it('writes statuses as the marks of the small-number rule', () => {
    expect([protectedCell(3, 'primary'), protectedCell(12, 'secondary'), protectedCell(12, 'shown')]).toEqual(['<5', '[c]', 12]);
  });
});
