/**
 * Each area's overall tension: the most alarming current and potential ratings across its community types
 * at a time, with trends against the area's previous assessment day, and whether a community impact
 * assessment is called for (issue 5).
 */
import type { AreaTensionOverall, TensionAssessment } from '../../types';
import { deriveTensionRating } from './derived-rating';
import { impactAssessmentCause } from './tension-scale';

/** Rows grouped by area code, in area code order. */
export function groupRowsByArea(rows: readonly TensionAssessment[]): Map<string, TensionAssessment[]> {
  const groups = new Map<string, TensionAssessment[]>();
  for (const row of rows) {
    const group = groups.get(row.areaCode);
    if (group) group.push(row);
    else groups.set(row.areaCode, [row]);
  }
  return new Map([...groups.entries()].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0)));
}

/**
 * The overall rating of every area assessed on or before `atMs`, sorted by area code. A community not
 * reassessed on the area's latest day still counts with its last rating (see `latestAssessments`).
 */
export function areaTensionOverall(rows: readonly TensionAssessment[], atMs: number): AreaTensionOverall[] {
  const overall: AreaTensionOverall[] = [];
  for (const [areaCode, group] of groupRowsByArea(rows)) {
    const derived = deriveTensionRating(group, atMs);
    if (derived) overall.push({ areaCode, ...derived, impactAssessment: impactAssessmentCause(derived.current, derived.potential) });
  }
  return overall;
}
