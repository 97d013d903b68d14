/** The open assessments' outlined areas on one boundary layer, for the map (issue 17). */
import { useMemo } from 'react';
import type { AreaDataset } from '../types';
import { assessmentOutlines, type OutlineLevel } from '../analysis/cia/assessment-outlines';
import { useCiaStore } from './cia-store';

/** Outlined areas of `dataset` with their risk level; recomputed when the assessments change. */
export function useAssessmentOutlines(dataset: AreaDataset | undefined): { areaCode: string; level: OutlineLevel }[] {
  const assessments = useCiaStore((s) => s.assessments);
  return useMemo(() => (dataset ? assessmentOutlines(assessments, dataset.id, dataset.areaCodes) : []), [assessments, dataset]);
}
