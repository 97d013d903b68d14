/**
 * The group's agreed overall rating of an area (issue 14): a recorded judgement, separate from the ratings of
 * its communities. The most alarming community is only offered as the default; the group may judge otherwise
 * (the guide's example: Overall Potential 6 with two communities at 5).
 *
 * Decision: a judgement stands from its day until the area's communities are rated again after it; a
 * judgement older than the area's latest ratings is out of date and no longer shown as agreed.
 */
import type { TensionAssessment, TensionJudgement, TensionRating } from '../../types';
import { deriveTensionRating } from './derived-rating';

/**
 * The area's judgement in force at `atMs`: the latest on or before `atMs` (the last given on ties), unless
 * the area was rated after it. Null when there is none in force.
 */
export function agreedJudgement(judgements: readonly TensionJudgement[], rows: readonly TensionAssessment[], areaCode: string, atMs: number): TensionJudgement | null {
  let found: TensionJudgement | null = null;
  for (const judgement of judgements) {
    if (judgement.areaCode !== areaCode || judgement.timeMs > atMs) continue;
    if (!found || judgement.timeMs >= found.timeMs) found = judgement;
  }
  if (!found) return null;
  const judgedMs = found.timeMs;
  const ratedSince = rows.some((row) => row.areaCode === areaCode && row.timeMs > judgedMs && row.timeMs <= atMs);
  return ratedSince ? null : found;
}

/** The default offered when the group records its judgement: the most alarming of the area's latest ratings, or null. */
export function defaultJudgement(rows: readonly TensionAssessment[], areaCode: string, atMs: number): { current: TensionRating; potential: TensionRating } | null {
  const derived = deriveTensionRating(rows.filter((row) => row.areaCode === areaCode), atMs);
  return derived ? { current: derived.current, potential: derived.potential } : null;
}
