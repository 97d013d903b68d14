/**
 * Which areas of a boundary layer the map outlines for open assessments, and at which risk level: every
 * assessment open (not closed, or open at the view's date) whose footprint lies on that layer, an area in
 * several taking the highest level. An assessment with no risk scored yet is outlined as `unscored`.
 */
import type { CommunityImpactAssessment } from '../../types';
import { assessmentRiskLevel, footprintCodes } from './assessment';
import { wasOpenAt } from './open-at';
import type { RiskLevel } from './risk-score';

export type OutlineLevel = RiskLevel | 'unscored';

const RANK: Record<OutlineLevel, number> = { unscored: 0, low: 1, medium: 2, high: 3 };

/**
 * The outlined areas of the layer `datasetId` (codes `areaCodes`), in layer order: of the assessments open now
 * (not closed), or, given `atMs`, of those open at that date.
 */
export function assessmentOutlines(assessments: readonly CommunityImpactAssessment[], datasetId: string, areaCodes: readonly string[], atMs: number | null = null): { areaCode: string; level: OutlineLevel }[] {
  const levels = new Map<string, OutlineLevel>();
  for (const assessment of assessments) {
    const open = atMs === null ? assessment.status !== 'closed' : wasOpenAt(assessment, atMs);
    if (!open || assessment.footprint.datasetId !== datasetId) continue;
    const level: OutlineLevel = assessmentRiskLevel(assessment) ?? 'unscored';
    for (const code of footprintCodes(assessment.footprint, areaCodes)) {
      const held = levels.get(code);
      if (!held || RANK[level] > RANK[held]) levels.set(code, level);
    }
  }
  return areaCodes.flatMap((areaCode) => (levels.has(areaCode) ? [{ areaCode, level: levels.get(areaCode)! }] : []));
}
