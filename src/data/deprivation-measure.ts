/**
 * Whether a deprivation column holds scores or ranks. Scores, proportions and extents run "higher = more
 * deprived"; ranks, deciles, quintiles and quartiles run "1 = most deprived", so a higher number means less
 * deprivation and its direction flips. WIMD workbooks head both kinds with the bare domain name ("Income"),
 * so when the column does not say, the table's file and sheet names decide: WIMD 2025's
 * "wimd-2025-index-and-domain-ranks-by-small-area.ods" (sheet "WIMD_2025_ranks") holds ranks, WIMD 2019's
 * "…-index-and-domain-scores-by-small-area_0.ods" holds scores.
 */
import type { IndicatorTable } from '../types';
import type { DeprivationMeasure } from '../types/cohesion';

const RANK_WORDS = /(?:^|[^a-z])(?:ranks?|ranked|ranking|deciles?|quintiles?|quartiles?)(?:[^a-z]|$)/i;
const SCORE_WORDS = /(?:^|[^a-z])(?:scores?|proportions?|extents?)(?:[^a-z]|$)/i;

/** What one name says: `rank` (rank, decile, quintile, quartile), `score` (score, proportion, extent), or null when it says neither or both. */
export function measureNamedIn(name: string): DeprivationMeasure | null {
  const spaced = name.replace(/_/g, ' ');
  const rank = RANK_WORDS.test(spaced);
  const score = SCORE_WORDS.test(spaced);
  return rank === score ? null : rank ? 'rank' : 'score';
}

/**
 * The measure a column holds: from its own name first, then from the first of `context` (table label,
 * sheet, file names) that names one; null when nothing says.
 */
export function deprivationMeasureOf(columnName: string, context: readonly string[] = []): DeprivationMeasure | null {
  const own = measureNamedIn(columnName);
  if (own) return own;
  for (const text of context) {
    const found = measureNamedIn(text);
    if (found) return found;
  }
  return null;
}

/** The names that tell what a table's columns hold: its label, the sheet it was read from, its files. */
export function tableContext(table: Pick<IndicatorTable, 'label' | 'files' | 'report'>): string[] {
  return [table.label, table.report.sheet?.sheet ?? '', ...table.files].filter((text) => text !== '');
}
