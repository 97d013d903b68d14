/**
 * A per-area table of incident counts made ready to leave the app: suppressed (area-count-protection.ts),
 * checked against the counts earlier exports of the workspace let out (export-ledger.ts), and listed
 * with what each shown cell counts so that this export is recorded in turn.
 */
import { protectAreaCounts, unprotectedAreaCounts, type AreaCountRow, type ProtectedAreaCounts } from './area-count-protection';
import { findDifferencing, type CountRegion, type Differencing, type ExportRecord, type PublishedCount } from './export-ledger';

/** What the table counts: one dataset joined to one layer, within a window and a set of categories. */
export interface AreaCountScope {
  /** Incident dataset and boundary layer, e.g. `${incidentId}@${boundaryId}`. */
  source: string;
  areaCodes: ReadonlyArray<string>;
  fromMs: number | null;
  toMs: number | null;
  /** Names of the categories the filter keeps; null = all. */
  categories: ReadonlyArray<string> | null;
  /** Start of each period column and the end of the last (periods' `boundsMs`). */
  periodBoundsMs: ReadonlyArray<number>;
  /** Name of each category column. */
  categoryNames: ReadonlyArray<string>;
}

/**
 * The table's cells to write, the counts it publishes (for the ledger) and the cells withheld because of
 * earlier exports (`index` counts the table's non-empty cells row by row).
 */
export interface AreaCountExport {
  cells: ProtectedAreaCounts;
  published: PublishedCount[];
  differenced: Differencing[];
}

const later = (a: number | null, b: number) => (a === null ? b : Math.max(a, b));
const earlier = (a: number | null, b: number) => (a === null ? b : Math.min(a, b));

/** What each cell counts, row by row: [total, ...periods, ...categories], as in the grid of protectAreaCounts. */
export function areaCountRegions(scope: AreaCountScope): CountRegion[][] {
  const categories = scope.categories === null ? null : [...scope.categories].sort();
  return scope.areaCodes.map((areaCode) => {
    const base: CountRegion = { source: scope.source, areaCode, fromMs: scope.fromMs, toMs: scope.toMs, categories };
    const periods = scope.periodBoundsMs.slice(0, -1).map((startMs, p): CountRegion => ({ ...base, fromMs: later(scope.fromMs, startMs), toMs: earlier(scope.toMs, scope.periodBoundsMs[p + 1]) }));
    const byCategory = scope.categoryNames.map((name): CountRegion => ({ ...base, categories: [name] }));
    return [base, ...periods, ...byCategory];
  });
}

/**
 * Suppresses the table (or, without `suppress`, writes it whole) after withholding every cell that an
 * earlier export would give back by subtraction; lists the counts it shows for the ledger.
 */
export function prepareAreaCountExport(rows: ReadonlyArray<AreaCountRow>, scope: AreaCountScope, records: ReadonlyArray<ExportRecord>, suppress: boolean): AreaCountExport {
  const regions = areaCountRegions(scope);
  const values = rows.map((row) => [row.total, ...row.byPeriod, ...row.byCategory]);
  const candidates = values.flatMap((row, a) => row.flatMap((value, c) => (value === null ? [] : [{ at: [a, c] as [number, number], count: { ...regions[a][c], value } }])));
  const differenced = suppress ? findDifferencing(records, candidates.map((c) => c.count)) : [];
  const cells = suppress ? protectAreaCounts(rows, differenced.map((d) => candidates[d.index].at)) : unprotectedAreaCounts(rows);
  const written = cells.total.map((total, a) => [total, ...cells.byPeriod[a], ...cells.byCategory[a]]);
  const published = candidates.filter(({ at: [a, c] }) => typeof written[a][c] === 'number').map((c) => c.count);
  return { cells, published, differenced };
}
