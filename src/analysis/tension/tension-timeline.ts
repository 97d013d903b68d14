/** The assessment days of a tension dataset, as the stops of the shared time slider (issue 5). */
import type { TensionAssessment } from '../../types';

/** Sorted unique assessment days (UTC ms). */
export function tensionTimeline(rows: readonly TensionAssessment[]): number[] {
  return [...new Set(rows.map((row) => row.timeMs))].sort((a, b) => a - b);
}
