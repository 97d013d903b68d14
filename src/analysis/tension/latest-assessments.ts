/**
 * The latest tension assessment of each area and community type at a time, with its trend against the
 * previous assessment of the same area and community (issue 5).
 *
 * Decisions: an assessment stands until the next one of the same area and community, however long the gap
 * (so a community not assessed on the latest date keeps its last rating, and after a gap the previous
 * assessment is the last one before the gap). Rows of one area and community on the same day are a
 * re-assessment: the last row in input order wins, and the trend compares with the last earlier day.
 * Two agencies are two sources (issue 14): their ratings of the same area, community and day are both kept,
 * each standing until that agency rates again; derivations take the most alarming of them.
 */
import type { LatestTensionAssessment, TensionAssessment } from '../../types';
import { tensionTrend } from './tension-scale';

/** Key of an area, community type and agency (rows without an agency are one source). */
export function assessmentKey(row: TensionAssessment): string {
  return `${row.areaCode}\u0000${row.communityType}\u0000${row.agency ?? ''}`;
}

/** For each area, community and agency, the last row (input order on ties) dated on or before `atMs`, in first-seen key order. */
export function latestRowsAt(rows: readonly TensionAssessment[], atMs: number): Map<string, TensionAssessment> {
  const latest = new Map<string, TensionAssessment>();
  for (const row of rows) {
    if (row.timeMs > atMs) continue;
    const key = assessmentKey(row);
    const held = latest.get(key);
    if (!held || row.timeMs >= held.timeMs) latest.set(key, row);
  }
  return latest;
}

/**
 * The latest assessment on or before `atMs` of every area × community type × agency assessed by then, with the trend
 * of its current and potential ratings against the previous day's assessment (null for a first assessment).
 * Sorted by area code, then community types in the order they first appear in `rows`. A community rated on
 * the other scale than before gets its trend through the scales' correspondence (see scale-correspondence.ts).
 */
export function latestAssessments(rows: readonly TensionAssessment[], atMs: number): LatestTensionAssessment[] {
  const latest = latestRowsAt(rows, atMs);
  const previous = new Map<string, TensionAssessment>();
  for (const row of rows) {
    const key = assessmentKey(row);
    const last = latest.get(key);
    if (!last || row.timeMs >= last.timeMs) continue;
    const held = previous.get(key);
    if (!held || row.timeMs >= held.timeMs) previous.set(key, row);
  }
  const communityOrder = new Map<string, number>();
  for (const row of rows) if (!communityOrder.has(row.communityType)) communityOrder.set(row.communityType, communityOrder.size);
  const results = [...latest.entries()].map(([key, assessment]): LatestTensionAssessment => {
    const before = previous.get(key);
    return {
      assessment,
      previousTimeMs: before ? before.timeMs : null,
      currentTrend: before ? tensionTrend(before.current, assessment.current) : null,
      potentialTrend: before ? tensionTrend(before.potential, assessment.potential) : null,
    };
  });
  return results.sort(
    (a, b) =>
      (a.assessment.areaCode < b.assessment.areaCode ? -1 : a.assessment.areaCode > b.assessment.areaCode ? 1 : 0) ||
      communityOrder.get(a.assessment.communityType)! - communityOrder.get(b.assessment.communityType)!,
  );
}
