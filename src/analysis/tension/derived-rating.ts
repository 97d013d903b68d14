/**
 * A rating derived over a group of assessments (an area's communities, one community across a district, or
 * everything): the most alarming of the group's latest ratings, with its trend against the same derivation
 * on the group's previous assessment day.
 */
import type { DerivedTensionRating, TensionAssessment, TensionRating } from '../../types';
import { latestRowsAt } from './latest-assessments';
import { moreAlarmingRating, tensionTrend } from './tension-scale';

function mostAlarmingAt(rows: readonly TensionAssessment[], atMs: number): { current: TensionRating; potential: TensionRating } {
  const latest = [...latestRowsAt(rows, atMs).values()];
  return {
    current: latest.map((row) => row.current).reduce(moreAlarmingRating),
    potential: latest.map((row) => row.potential).reduce(moreAlarmingRating),
  };
}

/**
 * The most alarming current and potential ratings among the latest assessment of each area × community in
 * `rows` on or before `atMs` (each stands until reassessed), dated by the group's last assessment day, with
 * trends against the same taken on the group's assessment day before it. Null when nothing is assessed by then.
 */
export function deriveTensionRating(rows: readonly TensionAssessment[], atMs: number): DerivedTensionRating | null {
  let timeMs = -Infinity;
  for (const row of rows) if (row.timeMs <= atMs && row.timeMs > timeMs) timeMs = row.timeMs;
  if (timeMs === -Infinity) return null;
  let previousTimeMs = -Infinity;
  for (const row of rows) if (row.timeMs < timeMs && row.timeMs > previousTimeMs) previousTimeMs = row.timeMs;
  const now = mostAlarmingAt(rows, timeMs);
  if (previousTimeMs === -Infinity) return { timeMs, previousTimeMs: null, ...now, currentTrend: null, potentialTrend: null };
  const before = mostAlarmingAt(rows, previousTimeMs);
  return {
    timeMs,
    previousTimeMs,
    ...now,
    currentTrend: tensionTrend(before.current, now.current),
    potentialTrend: tensionTrend(before.potential, now.potential),
  };
}
