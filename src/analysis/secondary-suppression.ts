/**
 * Secondary suppression (issue 13): withholding the counts of 1–4 is not enough when a table also carries
 * the totals they add up to — a reader subtracts. After the small counts (primary), this withholds further
 * cells (secondary, "[c]") until no withheld cell can be worked out from the lines of the output and the
 * totals the app shows elsewhere, checked by the attacks of disclosure-audit.ts. As in the ONS's
 * disclosure control, complements are the smallest non-zero cells of a line, so the least is lost.
 */
import type { CsvCell } from './csv-export';
import { boundCells, consistentLines, exposedCells, type CellStatus, type CountLine } from './disclosure-audit';
import { isSmallCount, SUPPRESSED_COUNT, SUPPRESSED_DERIVED } from './small-number-suppression';

/** A table of counts as the suppression sees it. */
export interface CountTable {
  /** Every cell (including totals); null = no data, neither written nor counted. */
  values: ReadonlyArray<number | null>;
  lines: ReadonlyArray<CountLine>;
  /** Cells readers know from elsewhere (totals the app shows on screen): never withheld, not written here. */
  known?: ReadonlyArray<boolean>;
  /** Cells to withhold besides the small counts, such as those an earlier export would give away by subtraction. */
  forced?: ReadonlyArray<number>;
}

/** The status of every cell, and the withheld cells that stay exposed whatever is withheld here. */
export interface Protection {
  status: CellStatus[];
  unprotected: number[];
}

const MAX_ROUNDS = 200;

/** The lines each cell is a member of (as a total or a part). */
function linesByCell(cellCount: number, lines: ReadonlyArray<CountLine>): CountLine[][] {
  const byCell: CountLine[][] = Array.from({ length: cellCount }, () => []);
  for (const line of lines) for (const i of [line.total, ...line.parts]) byCell[i].push(line);
  return byCell;
}

/** The complement to withhold for an exposed cell: the smallest non-zero shown cell of one of its lines, else a zero. */
function pickComplement(lines: ReadonlyArray<CountLine>, table: CountTable, status: ReadonlyArray<CellStatus>): number | null {
  let best: number | null = null;
  const rank = (i: number) => {
    const v = table.values[i] ?? 0;
    return v > 0 ? v : Number.MAX_SAFE_INTEGER;
  };
  for (const line of lines) {
    for (const i of [line.total, ...line.parts]) {
      if (status[i] !== 'shown' || table.known?.[i] || table.values[i] === null || table.values[i] === undefined) continue;
      if (best === null || rank(i) < rank(best)) best = i;
    }
  }
  return best;
}

/** True when one line by itself lets a reader pin one of its withheld members. */
function pinsOnItsOwn(values: ReadonlyArray<number | null>, line: CountLine, status: ReadonlyArray<CellStatus>): boolean {
  const bounds = boundCells(values, [line], status);
  return [line.total, ...line.parts].some((i) => status[i] !== 'shown' && bounds[i][0] === bounds[i][1]);
}

/** Withholds complements until no withheld cell is exposed (or nothing more helps); returns those still exposed. */
function addComplements(table: CountTable, lines: ReadonlyArray<CountLine>, byCell: ReadonlyArray<CountLine[]>, status: CellStatus[]): number[] {
  let exposed = exposedCells(table.values, lines, status);
  for (let round = 0; exposed.length && round < MAX_ROUNDS; round++) {
    // One complement may protect several exposed cells: skip a cell whose lines already gained one this round.
    const fresh = new Set<CountLine>();
    for (const cell of exposed) {
      if (byCell[cell].some((line) => fresh.has(line))) continue;
      const pinning = byCell[cell].find((line) => pinsOnItsOwn(table.values, line, status));
      const complement = pickComplement(pinning ? [pinning] : byCell[cell], table, status);
      if (complement !== null) {
        status[complement] = 'secondary';
        for (const line of byCell[complement]) fresh.add(line);
      } else if (pinning) {
        // Every member is withheld and the "<5" marks alone pin the line (four small cells under a total of 4):
        // write its small counts "[c]", which says nothing of their size.
        for (const i of [pinning.total, ...pinning.parts]) if (status[i] === 'primary') status[i] = 'secondary';
        fresh.add(pinning);
      }
    }
    if (!fresh.size) break;
    exposed = exposedCells(table.values, lines, status);
  }
  return exposed;
}

/**
 * Primary and secondary suppression of a table: small counts are withheld, then complements until neither
 * linear algebra nor bounds recover any withheld cell. `unprotected` lists cells still exposed because the
 * totals known from elsewhere pin them (nothing this output withholds can help).
 */
export function protectCounts(table: CountTable): Protection {
  const lines = consistentLines(table.values, table.lines);
  const status: CellStatus[] = table.values.map((v, i) => (!table.known?.[i] && isSmallCount(v) ? 'primary' : 'shown'));
  for (const i of table.forced ?? []) if (status[i] === 'shown' && !table.known?.[i] && table.values[i] !== null) status[i] = 'secondary';
  const byCell = linesByCell(table.values.length, lines);
  let exposed = addComplements(table, lines, byCell, status);
  if (exposed.length) {
    // "<5" tells a reader a cell holds 1–4; where that pins a line (a total of 4 over four small cells), the
    // small counts of the exposed cells' lines are written "[c]" instead, which says nothing of their size.
    for (const cell of exposed) for (const line of byCell[cell]) for (const i of [line.total, ...line.parts]) if (status[i] === 'primary') status[i] = 'secondary';
    exposed = addComplements(table, lines, byCell, status);
  }
  return { status, unprotected: exposed };
}

/** A cell as written: the value, "<5" for a small count, "[c]" for a complement. */
export function protectedCell(value: number | null, status: CellStatus): CsvCell {
  if (status === 'primary') return SUPPRESSED_COUNT;
  if (status === 'secondary') return SUPPRESSED_DERIVED;
  return value;
}

/** A grid of counts: rows (areas) × columns, some column groups adding up to a total column in each row. */
export interface GridShape {
  /** Column groups that add up, in every row, to that row's `total` column (months → total, categories → total). */
  rowSums: ReadonlyArray<{ parts: ReadonlyArray<number>; total: number }>;
  /**
   * Columns whose total over the rows readers know from elsewhere (shown on screen or published): 'all', or
   * their indexes (the count column of a per-area table: the app shows how many incidents there are).
   */
  knownColumnTotals: 'all' | ReadonlyArray<number>;
}

/** Protection of a grid, cell by cell: `status[row][column]`. */
export interface GridProtection {
  status: CellStatus[][];
  unprotected: number;
}

/**
 * Protects a grid of counts (`rows[r][c]`, null = no data): the row sums of `shape`, and each column's sum
 * over the rows when known, are the lines a reader can use. `forced` cells ([row, column]) are withheld too.
 */
export function protectGrid(rows: ReadonlyArray<ReadonlyArray<number | null>>, shape: GridShape, forced: ReadonlyArray<[number, number]> = []): GridProtection {
  const width = rows[0]?.length ?? 0;
  const at = (r: number, c: number) => r * width + c;
  const values: Array<number | null> = rows.flatMap((row) => [...row]);
  const known: boolean[] = values.map(() => false);
  const lines: CountLine[] = rows.flatMap((_, r) => shape.rowSums.map((sum) => ({ parts: sum.parts.map((c) => at(r, c)), total: at(r, sum.total) })));
  const knownColumns = shape.knownColumnTotals === 'all' ? Array.from({ length: width }, (_, c) => c) : shape.knownColumnTotals;
  if (rows.length > 0) {
    for (const c of knownColumns) {
      const total = values.length;
      values.push(rows.reduce((sum, row) => sum + (row[c] ?? 0), 0));
      known.push(true);
      lines.push({ parts: rows.map((_, r) => at(r, c)), total });
    }
  }
  const { status, unprotected } = protectCounts({ values, lines, known, forced: forced.map(([r, c]) => at(r, c)) });
  return { status: rows.map((_, r) => status.slice(r * width, (r + 1) * width)), unprotected: unprotected.length };
}
