/**
 * The attacker's side of small-number suppression: given a table of counts, the lines that add up (a row
 * of months to its total, a column of areas to a total published elsewhere) and which cells are withheld,
 * find every withheld cell a reader could still work out. Two attacks, as a reader with a spreadsheet
 * would run them: exact linear algebra over the lines, and narrowing of bounds (a "<5" cell holds 1 to 4,
 * any other withheld cell 0 or more) until a cell is pinned to one value.
 */

/** A set of cells whose values add up to another cell: Σ parts = total. Indexes into the table's values. */
export interface CountLine {
  parts: ReadonlyArray<number>;
  total: number;
}

/** How a cell leaves the app: shown, withheld as a small count ("<5") or withheld to protect one ("[c]"). */
export type CellStatus = 'shown' | 'primary' | 'secondary';

const SMALL_LOW = 1;
const SMALL_HIGH = 4;

/** The lines that actually hold for these values (a line that does not add up tells a reader nothing exact). */
export function consistentLines(values: ReadonlyArray<number | null>, lines: ReadonlyArray<CountLine>): CountLine[] {
  const v = (i: number) => values[i] ?? 0;
  return lines.filter((line) => Math.abs(line.parts.reduce((sum, i) => sum + v(i), 0) - v(line.total)) < 1e-9);
}

/** The members of a line, total first. */
const membersOf = (line: CountLine): number[] => [line.total, ...line.parts];

/**
 * Bounds a reader can put on each cell by propagating the lines until nothing changes: shown cells are
 * exact, "<5" cells lie in 1–4, other withheld cells in 0–∞. Returns [low, high] per cell.
 */
export function boundCells(values: ReadonlyArray<number | null>, lines: ReadonlyArray<CountLine>, status: ReadonlyArray<CellStatus>): Array<[number, number]> {
  const bounds = values.map((value, i): [number, number] => {
    if (status[i] === 'primary') return [SMALL_LOW, SMALL_HIGH];
    if (status[i] === 'secondary') return [0, Infinity];
    return [value ?? 0, value ?? 0];
  });
  const active = lines.filter((line) => membersOf(line).some((i) => status[i] !== 'shown'));
  for (let round = 0, changed = true; changed && round < 100; round++) {
    changed = false;
    for (const line of active) {
      const low = line.parts.reduce((sum, i) => sum + bounds[i][0], 0);
      // The sum of the parts' highs, kept finite with a count of unbounded parts (∞ − ∞ is no number).
      const finiteHigh = line.parts.reduce((sum, i) => sum + (Number.isFinite(bounds[i][1]) ? bounds[i][1] : 0), 0);
      const unbounded = line.parts.filter((i) => !Number.isFinite(bounds[i][1])).length;
      const [totalLow, totalHigh] = bounds[line.total];
      const narrowed: Array<[number, [number, number]]> = [[line.total, [Math.max(totalLow, low), Math.min(totalHigh, unbounded ? Infinity : finiteHigh)]]];
      for (const i of line.parts) {
        const [partLow, partHigh] = bounds[i];
        const othersUnbounded = unbounded - (Number.isFinite(partHigh) ? 0 : 1);
        const othersHigh = othersUnbounded ? Infinity : finiteHigh - (Number.isFinite(partHigh) ? partHigh : 0);
        // Values are whole counts, so a bound from the others rounds inwards.
        narrowed.push([i, [Math.max(partLow, Math.ceil(totalLow - othersHigh)), Math.min(partHigh, Math.floor(totalHigh - (low - partLow)))]]);
      }
      for (const [i, [lo, hi]] of narrowed) {
        if (status[i] === 'shown' || (lo === bounds[i][0] && hi === bounds[i][1])) continue;
        if (Number.isNaN(lo) || Number.isNaN(hi)) continue;
        bounds[i] = [lo, hi];
        changed = true;
      }
    }
  }
  return bounds;
}

/** Groups of withheld cells tied together by lines (each group is solved on its own). */
function withheldGroups(lines: ReadonlyArray<CountLine>, withheld: ReadonlyArray<boolean>): number[][] {
  const parent = new Map<number, number>();
  const find = (i: number): number => {
    let root = i;
    while (parent.get(root) !== root) root = parent.get(root)!;
    parent.set(i, root);
    return root;
  };
  withheld.forEach((w, i) => { if (w) parent.set(i, i); });
  for (const line of lines) {
    const hidden = membersOf(line).filter((i) => withheld[i]);
    for (const i of hidden.slice(1)) parent.set(find(i), find(hidden[0]));
  }
  const groups = new Map<number, number[]>();
  for (const i of parent.keys()) groups.set(find(i), [...(groups.get(find(i)) ?? []), i]);
  return [...groups.values()];
}

/**
 * Withheld cells whose value follows exactly from the lines and the shown cells (Gauss–Jordan elimination
 * over each group of withheld cells: a cell is determined when a reduced row names it alone).
 */
export function linearlyDetermined(lines: ReadonlyArray<CountLine>, withheld: ReadonlyArray<boolean>): number[] {
  const determined: number[] = [];
  for (const group of withheldGroups(lines, withheld)) {
    const column = new Map(group.map((cell, k) => [cell, k]));
    const rows = lines
      .filter((line) => membersOf(line).some((i) => column.has(i)))
      .map((line) => {
        const row = new Float64Array(group.length);
        for (const i of line.parts) if (column.has(i)) row[column.get(i)!] += 1;
        if (column.has(line.total)) row[column.get(line.total)!] -= 1;
        return row;
      });
    let pivotRow = 0;
    for (let k = 0; k < group.length && pivotRow < rows.length; k++) {
      const found = rows.findIndex((row, r) => r >= pivotRow && Math.abs(row[k]) > 1e-9);
      if (found < 0) continue;
      [rows[pivotRow], rows[found]] = [rows[found], rows[pivotRow]];
      const pivot = rows[pivotRow];
      const scale = pivot[k];
      for (let j = 0; j < group.length; j++) pivot[j] /= scale;
      for (let r = 0; r < rows.length; r++) {
        const factor = rows[r][k];
        if (r === pivotRow || Math.abs(factor) < 1e-12) continue;
        for (let j = 0; j < group.length; j++) rows[r][j] -= factor * pivot[j];
      }
      pivotRow += 1;
    }
    for (const row of rows.slice(0, pivotRow)) {
      const nonZero = group.filter((_, j) => Math.abs(row[j]) > 1e-9);
      if (nonZero.length === 1) determined.push(nonZero[0]);
    }
  }
  return determined.sort((a, b) => a - b);
}

/**
 * Every withheld cell a reader could work out, by either attack, in index order. A withheld zero worked
 * out as zero is not counted: zero discloses no one (it is shown as 0 when it is not a complement).
 */
export function exposedCells(values: ReadonlyArray<number | null>, lines: ReadonlyArray<CountLine>, status: ReadonlyArray<CellStatus>): number[] {
  const withheld = status.map((s) => s !== 'shown');
  const exposed = new Set(linearlyDetermined(lines, withheld));
  boundCells(values, lines, status).forEach(([lo, hi], i) => { if (withheld[i] && lo === hi) exposed.add(i); });
  return [...exposed].filter((i) => (values[i] ?? 0) !== 0).sort((a, b) => a - b);
}
