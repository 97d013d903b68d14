/**
 * The tension map's values: per area of a boundary layer, the rating at the timeline's date (the overall
 * rating, or one community's), its trend arrow against the previous assessment, and whether it calls for
 * a Community Impact Assessment.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { AreaDataset, TensionAssessment, TensionJudgement, TensionRating, TensionTrend } from '../types';
import { useTensionEntryStore } from './tension-entry-store';
import { areaTensionOverall } from '../analysis/tension/area-overall';
import { agreedJudgement } from '../analysis/tension/agreed-overall';
import { latestAssessments } from '../analysis/tension/latest-assessments';
import { callsForImpactAssessment, moreAlarmingRating } from '../analysis/tension/tension-scale';
import { useTensionStore } from './tension-store';
import { useStepDateRange } from './timeline-derived';
import { fieldId } from '../analysis/field-registry';
import { useScopedTension } from './view-scope';

export const TENSION_FIELD = fieldId({ kind: 'tension' });

export interface AreaTension {
  rating: TensionRating | null;
  trend: TensionTrend | null;
  impactAssessment: boolean;
  /** True when the rating is the group's recorded judgement of the area (overall only), not derived from its communities. */
  agreed?: boolean;
}

/** Every loaded assessment row and every rating entered in the app, oldest first. */
export function useTensionRows(): TensionAssessment[] {
  const { datasets, order } = useTensionStore(useShallow((s) => ({ datasets: s.datasets, order: s.order })));
  const entered = useTensionEntryStore((s) => s.ratings);
  return useMemo(() => [...order.flatMap((id) => datasets[id]?.rows ?? []), ...entered].sort((a, b) => a.timeMs - b.timeMs), [datasets, order, entered]);
}

/** The group's overall judgements: the logs' "Overall" rows, then those recorded in the app. */
export function useTensionJudgements(): TensionJudgement[] {
  const { datasets, order } = useTensionStore(useShallow((s) => ({ datasets: s.datasets, order: s.order })));
  const entered = useTensionEntryStore((s) => s.judgements);
  return useMemo(() => [...order.flatMap((id) => datasets[id]?.judgements ?? []), ...entered], [datasets, order, entered]);
}

/** The date the tension map shows: the end of the slider's window, else the latest assessment. */
export function useTensionDate(rows: TensionAssessment[], pinnedStep?: number | 'follow'): number | null {
  const range = useStepDateRange(pinnedStep);
  return useMemo(() => (rows.length === 0 ? null : range ? range.toMs - 1 : rows[rows.length - 1].timeMs), [rows, range]);
}

/**
 * Per area of the layer, its rating at `atMs` for the measure and community, with trend and CIA flag. The
 * overall rating is the group's agreed judgement where one is in force (issue 14; no arrow, as on the summary
 * form's agreed row), else the most alarming of the area's communities.
 */
export function tensionForAreas(boundary: AreaDataset, rows: TensionAssessment[], atMs: number, measure: 'current' | 'potential', community: string, judgements: readonly TensionJudgement[] = []): AreaTension[] {
  const byCode = new Map<string, AreaTension>();
  if (community === 'overall') {
    for (const overall of areaTensionOverall(rows, atMs)) {
      const rating = overall[measure];
      byCode.set(overall.areaCode, { rating, trend: measure === 'current' ? overall.currentTrend : overall.potentialTrend, impactAssessment: callsForImpactAssessment(rating) });
    }
    for (const areaCode of new Set(judgements.map((judgement) => judgement.areaCode))) {
      const agreed = agreedJudgement(judgements, rows, areaCode, atMs);
      if (agreed) byCode.set(areaCode, { rating: agreed[measure], trend: null, impactAssessment: callsForImpactAssessment(agreed[measure]), agreed: true });
    }
  } else {
    for (const latest of latestAssessments(rows, atMs)) {
      if (latest.assessment.communityType !== community) continue;
      const rating = latest.assessment[measure];
      // Two agencies rating the community: the map shows the more alarming (the panel shows both).
      const held = byCode.get(latest.assessment.areaCode)?.rating;
      if (held && moreAlarmingRating(held, rating) === held) continue;
      byCode.set(latest.assessment.areaCode, { rating, trend: measure === 'current' ? latest.currentTrend : latest.potentialTrend, impactAssessment: callsForImpactAssessment(rating) });
    }
  }
  return boundary.areaCodes.map((code) => byCode.get(code) ?? { rating: null, trend: null, impactAssessment: false });
}

/** The tension of every area of a layer at the timeline's date, as the map and panels read it. */
export function useAreaTension(boundary: AreaDataset | undefined, pinnedStep?: number | 'follow'): AreaTension[] | null {
  const rows = useTensionRows();
  const judgements = useTensionJudgements();
  const atMs = useTensionDate(rows, pinnedStep);
  const { measure, community } = useScopedTension();
  return useMemo(() => {
    if (!boundary || atMs === null) return null;
    const result = tensionForAreas(boundary, rows, atMs, measure, community, judgements);
    return result.some((r) => r.rating) ? result : null;
  }, [boundary, rows, atMs, measure, community, judgements]);
}
