/**
 * The standing risk register of the district (the Oldham model): indicators such as far-right activity or
 * gang tensions, each scored likelihood × impact before and after the measures in place (the residual risk),
 * reviewed on a set cycle, with every review kept as history.
 */
import type { RiskRegisterEntry, RiskRegisterReview } from '../../types';
import { riskLevel, riskScore, type RiskLevel } from './risk-score';
import { startOfDayMs } from './review';

const DAY_MS = 86_400_000;

/** The scores an entry holds, before and after the measures. */
export type RegisterScores = Pick<RiskRegisterEntry, 'likelihood' | 'impact' | 'residualLikelihood' | 'residualImpact'>;

/** The entry's inherent and residual score and level. */
export function registerScores(entry: RegisterScores): { inherent: number; inherentLevel: RiskLevel; residual: number; residualLevel: RiskLevel } {
  const inherent = riskScore(entry);
  const residual = riskScore({ likelihood: entry.residualLikelihood, impact: entry.residualImpact });
  return { inherent, inherentLevel: riskLevel(inherent), residual, residualLevel: riskLevel(residual) };
}

/** When the entry is next due for review: its last review's day plus the cycle. */
export function registerReviewDueMs(entry: Pick<RiskRegisterEntry, 'history' | 'reviewCycleDays'>): number {
  const last = entry.history.at(-1);
  if (!last) throw new Error('a register entry always has its creation in its history');
  return startOfDayMs(last.timeMs) + entry.reviewCycleDays * DAY_MS;
}

/** True when the entry's review is due on or before the day of `atMs`. */
export function isRegisterReviewDue(entry: Pick<RiskRegisterEntry, 'history' | 'reviewCycleDays'>, atMs: number): boolean {
  return registerReviewDueMs(entry) <= startOfDayMs(atMs);
}

/** The entry after a review: the new scores and measures, with the review added to its history. */
export function reviewRegisterEntry(entry: RiskRegisterEntry, scores: RegisterScores, measures: string, by: string, timeMs: number, note: string): RiskRegisterEntry {
  const review: RiskRegisterReview = { timeMs, by, ...scores, note };
  return { ...entry, ...scores, measures, history: [...entry.history, review] };
}

/** The register sorted as a meeting reads it: highest residual score first, then highest inherent, then indicator. */
export function sortRegister(entries: readonly RiskRegisterEntry[]): RiskRegisterEntry[] {
  return [...entries].sort((a, b) => {
    const sa = registerScores(a);
    const sb = registerScores(b);
    return sb.residual - sa.residual || sb.inherent - sa.inherent || a.indicator.localeCompare(b.indicator);
  });
}
