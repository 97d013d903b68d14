/**
 * Tension history as an area indicator: how many of an area's assessments rated its current tension at a
 * level that calls for a Community Impact Assessment (EEP 1–4, or four-level High or Medium), so a log can
 * enter the cohesion index beside table columns. Areas never assessed have no data (NaN), never 0.
 */
import type { TensionAssessment } from '../../types';
import { callsForImpactAssessment } from './tension-scale';

/** Per area code (parallel to `areaCodes`): elevated assessments counted over every community; NaN when never assessed. */
export function elevatedAssessmentCounts(rows: readonly TensionAssessment[], areaCodes: readonly string[]): Float64Array {
  const position = new Map(areaCodes.map((code, index) => [code, index]));
  const counts = new Float64Array(areaCodes.length).fill(Number.NaN);
  for (const row of rows) {
    const index = position.get(row.areaCode);
    if (index === undefined) continue;
    counts[index] = (Number.isNaN(counts[index]) ? 0 : counts[index]) + (callsForImpactAssessment(row.current) ? 1 : 0);
  }
  return counts;
}
