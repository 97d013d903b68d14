/**
 * The open assessments' outlined areas and drawn shapes on one boundary layer, for the map and its legend
 * (issue 17): none when the view being drawn hides them; with the timeline on a period, those open at its
 * end (what was open then), else those not closed.
 */
import { useMemo } from 'react';
import type { AreaDataset, LngLat } from '../types';
import { assessmentOutlines, type OutlineLevel } from '../analysis/cia/assessment-outlines';
import { assessmentRiskLevel } from '../analysis/cia/assessment';
import { wasOpenAt } from '../analysis/cia/open-at';
import { useCiaStore } from './cia-store';
import { useScopedAssessments } from './view-scope';
import { useStepDateRange } from './timeline-derived';

const NONE: never[] = [];

/** The date the view's outlines are read at: the last moment of the timeline's window, or null (open now). */
export function useOutlineDate(): number | null {
  const range = useStepDateRange();
  return range ? range.toMs - 1 : null;
}

/** Outlined areas of `dataset` with their risk level; recomputed when the assessments or the view change. */
export function useAssessmentOutlines(dataset: AreaDataset | undefined): { areaCode: string; level: OutlineLevel }[] {
  const assessments = useCiaStore((s) => s.assessments);
  const shown = useScopedAssessments();
  const atMs = useOutlineDate();
  return useMemo(() => (dataset && shown ? assessmentOutlines(assessments, dataset.id, dataset.areaCodes, atMs) : NONE), [assessments, dataset, shown, atMs]);
}

/** The shapes drawn as the geography of the open assessments on the layers `datasetIds`, with their risk level. */
export function useDrawnFootprints(datasetIds: readonly string[]): { id: string; ring: LngLat[]; level: OutlineLevel }[] {
  const assessments = useCiaStore((s) => s.assessments);
  const shown = useScopedAssessments();
  const atMs = useOutlineDate();
  const key = datasetIds.join('\n');
  return useMemo(() => {
    if (!shown) return NONE;
    const layers = new Set(key.split('\n'));
    return assessments.flatMap((a) => {
      const open = atMs === null ? a.status !== 'closed' : wasOpenAt(a, atMs);
      return open && a.footprint.kind === 'drawn' && layers.has(a.footprint.datasetId) ? [{ id: a.id, ring: a.footprint.ring, level: assessmentRiskLevel(a) ?? 'unscored' as const }] : [];
    });
  }, [assessments, shown, atMs, key]);
}
