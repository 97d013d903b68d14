/**
 * The tension summary form of the Welsh Government cohesion guide: one row per community type and an
 * "Overall assessment" row, each with a Current and a Potential cell written as the level and its trend
 * arrow ("5►", "6▲"). For the district, each community's cell is the most alarming across its areas.
 */
import type { DerivedTensionRating, TensionAssessment, TensionSummaryCell, TensionSummaryRow } from '../../types';
import { deriveTensionRating } from './derived-rating';
import { tensionCellText } from './tension-scale';

/** Label of the overall row, as the form writes it. */
export const OVERALL_ASSESSMENT_LABEL = 'Overall assessment';

function summaryRow(kind: TensionSummaryRow['kind'], label: string, derived: DerivedTensionRating): TensionSummaryRow {
  const cell = (rating: TensionSummaryCell['rating'], trend: TensionSummaryCell['trend']): TensionSummaryCell => ({ rating, trend, text: tensionCellText(rating, trend) });
  return { kind, label, timeMs: derived.timeMs, current: cell(derived.current, derived.currentTrend), potential: cell(derived.potential, derived.potentialTrend) };
}

/**
 * The form for one area (`areaCode`) or the whole district at `atMs`: a row for each community type assessed
 * there on or before `atMs` (types in `communityOrder`, e.g. the dataset's `communityTypes`, then any others
 * in first-seen order), then the overall row. Empty when nothing is assessed there by then.
 */
export function tensionSummaryTable(rows: readonly TensionAssessment[], atMs: number, area: string | 'district', communityOrder: readonly string[] = []): TensionSummaryRow[] {
  const inArea = area === 'district' ? rows : rows.filter((row) => row.areaCode === area);
  const byCommunity = new Map<string, TensionAssessment[]>(communityOrder.map((type) => [type, []]));
  for (const row of inArea) {
    const group = byCommunity.get(row.communityType);
    if (group) group.push(row);
    else byCommunity.set(row.communityType, [row]);
  }
  const table: TensionSummaryRow[] = [];
  for (const [communityType, group] of byCommunity) {
    const derived = deriveTensionRating(group, atMs);
    if (derived) table.push(summaryRow('community', communityType, derived));
  }
  const overall = deriveTensionRating(inArea, atMs);
  return overall ? [...table, summaryRow('overall', OVERALL_ASSESSMENT_LABEL, overall)] : [];
}
