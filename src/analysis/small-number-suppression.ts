/**
 * Small-number suppression for tables leaving the app: counts of 1 to 4 are written as "<5", and values
 * derived from such a count (a rate, a difference from the average, a change) are withheld as "[c]"
 * (the ONS mark for confidential), because the count could otherwise be recovered from them.
 */
import type { CsvCell } from './csv-export';

/** What a count of 1–4 becomes. Zero is not suppressed: it discloses no one. */
export const SUPPRESSED_COUNT = '<5';
/** What a value derived from a suppressed count becomes (ONS "[c]", confidential). */
export const SUPPRESSED_DERIVED = '[c]';

/**
 * How a column is treated: `count` values are themselves counts; `derived` values are computed from the
 * counts passed alongside (suppressed where any of those is small); `none` is never suppressed.
 */
export type SuppressionKind = 'none' | 'count' | 'derived';

/** True for a count that must not be shown: more than 0 and fewer than 5. */
export function isSmallCount(count: number | null | undefined): boolean {
  return typeof count === 'number' && count > 0 && count < 5;
}

/**
 * One cell after suppression. `baseCounts` are the counts a derived value was computed from (for a change,
 * both periods'); a count column's base is its own value.
 */
export function suppressCell(value: number | null, kind: SuppressionKind, baseCounts: ReadonlyArray<number | null> = []): CsvCell {
  if (kind === 'count') return isSmallCount(value) ? SUPPRESSED_COUNT : value;
  if (kind === 'derived') return value !== null && baseCounts.some(isSmallCount) ? SUPPRESSED_DERIVED : value;
  return value;
}
