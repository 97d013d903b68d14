/**
 * The tension summary form of the Welsh Government cohesion guide: one row per community type and an
 * "Overall assessment" row, each with a Current and a Potential cell written as the level and its trend
 * arrow ("5►", "6▲"). For the district, each community's cell is the most alarming across its areas.
 * When several agencies rate a community, each agency's rating follows the community's row, side by side;
 * the group's recorded judgement, when one is in force, follows the most alarming community's row.
 */
import type { DerivedTensionRating, TensionAssessment, TensionJudgement, TensionSummaryCell, TensionSummaryRow } from '../../types';
import { agreedJudgement } from './agreed-overall';
import { deriveTensionRating } from './derived-rating';
import { tensionCellText } from './tension-scale';

/** Label of the overall row, as the form writes it. */
export const OVERALL_ASSESSMENT_LABEL = 'Overall assessment';

/** Label of the group's agreed row. */
export const AGREED_ASSESSMENT_LABEL = 'Overall assessment (agreed)';

const cell = (rating: TensionSummaryCell['rating'], trend: TensionSummaryCell['trend']): TensionSummaryCell => ({ rating, trend, text: tensionCellText(rating, trend) });

function summaryRow(kind: TensionSummaryRow['kind'], label: string, derived: DerivedTensionRating, agency?: string): TensionSummaryRow {
  return { kind, label, ...(agency !== undefined && { agency }), timeMs: derived.timeMs, current: cell(derived.current, derived.currentTrend), potential: cell(derived.potential, derived.potentialTrend) };
}

/** One row per agency when more than one rated the community (none otherwise). */
function sourceRows(communityType: string, group: readonly TensionAssessment[], atMs: number): TensionSummaryRow[] {
  const byAgency = new Map<string, TensionAssessment[]>();
  for (const row of group) {
    if (row.timeMs > atMs) continue;
    const agency = row.agency ?? '';
    byAgency.set(agency, [...(byAgency.get(agency) ?? []), row]);
  }
  if (byAgency.size < 2) return [];
  return [...byAgency].flatMap(([agency, rows]) => {
    const derived = deriveTensionRating(rows, atMs);
    return derived ? [summaryRow('source', communityType, derived, agency)] : [];
  });
}

/**
 * The form for one area (`areaCode`) or the whole district at `atMs`: a row for each community type assessed
 * there on or before `atMs` (types in `communityOrder`, e.g. the dataset's `communityTypes`, then any others
 * in first-seen order) each followed by its agencies' rows when several rated it, then the most alarming
 * community's row, then (for one area) the group's judgement in force. Empty when nothing is assessed there by then.
 */
export function tensionSummaryTable(rows: readonly TensionAssessment[], atMs: number, area: string | 'district', communityOrder: readonly string[] = [], judgements: readonly TensionJudgement[] = []): TensionSummaryRow[] {
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
    if (derived) table.push(summaryRow('community', communityType, derived), ...sourceRows(communityType, group, atMs));
  }
  const overall = deriveTensionRating(inArea, atMs);
  if (!overall) return [];
  table.push(summaryRow('overall', OVERALL_ASSESSMENT_LABEL, overall));
  const agreed = area === 'district' ? null : agreedJudgement(judgements, rows, area, atMs);
  if (agreed) {
    table.push({ kind: 'agreed', label: AGREED_ASSESSMENT_LABEL, ...(agreed.agency !== undefined && { agency: agreed.agency }), timeMs: agreed.timeMs, current: cell(agreed.current, null), potential: cell(agreed.potential, null) });
  }
  return table;
}
