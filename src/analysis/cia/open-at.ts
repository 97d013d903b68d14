/**
 * Which assessments were open at a date (issue 17: assessments on the timeline and in saved views): opened on
 * or before it and not closed by then. An assessment's risk level is today's (versions record what changed,
 * not the scores then).
 */
import type { CommunityImpactAssessment } from '../../types';

/** True when the assessment was open at `atMs` (UTC ms): opened by then and not yet closed. */
export function wasOpenAt(assessment: Pick<CommunityImpactAssessment, 'openedMs' | 'closedMs' | 'status'>, atMs: number): boolean {
  if (assessment.openedMs > atMs) return false;
  if (assessment.closedMs !== null) return assessment.closedMs > atMs;
  return assessment.status !== 'closed';
}

/** The assessments open at `atMs`, earliest opened first. */
export function assessmentsOpenAt<T extends Pick<CommunityImpactAssessment, 'openedMs' | 'closedMs' | 'status'>>(assessments: readonly T[], atMs: number): T[] {
  return assessments.filter((a) => wasOpenAt(a, atMs)).sort((a, b) => a.openedMs - b.openedMs);
}
