/**
 * What the workspace has already let out, so that a new export cannot be subtracted from an earlier one
 * (issue 13: two table exports with a category unticked, or over windows a month apart, gave back small
 * counts). Every published count is recorded with what it counts — an area, a time window and a set of
 * categories of one incident dataset. A count in a new export whose region contains, or lies within, an
 * earlier count's region for the same area differs from it by the count of the difference region: when
 * that difference is 1 to 4, the new count is withheld.
 */

/** What a published count counts: one area's incidents of `source` in [fromMs, toMs) in `categories`. */
export interface CountRegion {
  /** The incident dataset and the boundary layer (joins differ per layer). */
  source: string;
  areaCode: string;
  /** Window in UTC milliseconds; null = open on that side. */
  fromMs: number | null;
  toMs: number | null;
  /** Category names counted, sorted; null = every category. */
  categories: ReadonlyArray<string> | null;
}

/** One published count. */
export interface PublishedCount extends CountRegion {
  value: number;
}

/** One export as the ledger keeps it. */
export interface ExportRecord {
  id: string;
  /** ISO 8601 date-time of the export. */
  at: string;
  /** The file written, for the notice ("…-by-wards-month.csv"). */
  fileName: string;
  counts: PublishedCount[];
}

/** A count a new export must withhold, and the earlier export it would be subtracted from. */
export interface Differencing {
  /** Index of the count in the new export's list. */
  index: number;
  against: { id: string; fileName: string; at: string };
}

const within = (inner: CountRegion, outer: CountRegion): boolean => {
  const from = (r: CountRegion) => r.fromMs ?? -Infinity;
  const to = (r: CountRegion) => r.toMs ?? Infinity;
  if (from(inner) < from(outer) || to(inner) > to(outer)) return false;
  if (outer.categories === null) return true;
  if (inner.categories === null) return false;
  const allowed = new Set(outer.categories);
  return inner.categories.every((c) => allowed.has(c));
};

const sameRegion = (a: CountRegion, b: CountRegion) => within(a, b) && within(b, a);

/** True when one region lies within the other (and they differ), so their counts subtract to a count. */
export function isNested(a: CountRegion, b: CountRegion): boolean {
  return a.source === b.source && a.areaCode === b.areaCode && !sameRegion(a, b) && (within(a, b) || within(b, a));
}

/**
 * The counts of a new export that an earlier one would give away by subtraction: nested regions of the
 * same area whose published values differ by 1 to 4. Counts not yet known to be published may be passed
 * too (check before suppressing, then withhold what is listed).
 */
export function findDifferencing(earlier: ReadonlyArray<ExportRecord>, counts: ReadonlyArray<PublishedCount>): Differencing[] {
  const byArea = new Map<string, Array<{ count: PublishedCount; record: ExportRecord }>>();
  for (const record of earlier) {
    for (const count of record.counts) {
      const key = `${count.source}\u0000${count.areaCode}`;
      byArea.set(key, [...(byArea.get(key) ?? []), { count, record }]);
    }
  }
  const found: Differencing[] = [];
  counts.forEach((count, index) => {
    const hit = (byArea.get(`${count.source}\u0000${count.areaCode}`) ?? []).find(({ count: old }) => {
      const difference = Math.abs(count.value - old.value);
      return difference > 0 && difference < 5 && isNested(count, old);
    });
    if (hit) found.push({ index, against: { id: hit.record.id, fileName: hit.record.fileName, at: hit.record.at } });
  });
  return found;
}
