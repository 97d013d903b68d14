/**
 * Making and reading an assessment as a whole: a new draft from where it was opened, its risks grouped as
 * the form lists them (PPPLEM heading × intervening / doing nothing), and its overall risk level, by which
 * the map outlines open assessments.
 */
import type { AreaDataset, CiaFootprint, CiaLink, CiaRisk, CommunityImpactAssessment, LngLat, RiskCourse, RiskHeading } from '../../types';
import { areasUnderShape } from '../../geo/shape-cover';
import { highestScore, riskLevel, type RiskLevel } from './risk-score';
import { startOfDayMs } from './review';

/** The PPPLEM headings in the order the form lists them. */
export const RISK_HEADINGS: readonly RiskHeading[] = ['physical', 'police', 'psychological', 'legal', 'economic', 'moral'];
/** The two courses every heading is considered for. */
export const RISK_COURSES: readonly RiskCourse[] = ['intervene', 'do-nothing'];

/** What a new assessment starts from. */
export interface NewAssessment {
  id: string;
  title: string;
  origin: CiaLink | null;
  footprint: CiaFootprint;
  communities: string[];
  openedMs: number;
  /** Days until the first review (the group's usual cycle); the review date is the start of that day. */
  firstReviewDays: number;
}

/** A draft assessment with every section empty, its first review set, and no versions yet. */
export function newAssessment(start: NewAssessment): CommunityImpactAssessment {
  return {
    id: start.id,
    title: start.title,
    origin: start.origin,
    footprint: start.footprint,
    communities: start.communities,
    information: { problem: '', rootCauses: '', happened: '', mayHappen: '', anecdote: '', sources: '' },
    // What it was opened from, when that is a report or an event, is its first citation.
    citations: start.origin && (start.origin.kind === 'report' || start.origin.kind === 'event') ? [start.origin] : [],
    affected: [],
    legislation: {},
    risks: [],
    nextStep: { decided: null, note: '' },
    status: 'draft',
    openedMs: start.openedMs,
    reviewDates: [startOfDayMs(start.openedMs) + start.firstReviewDays * 86_400_000],
    closedMs: null,
    versions: [],
    shareSummary: '',
  };
}

/** The risks under each heading and course, headings and courses in form order, risks in input order. */
export function risksByHeading(risks: readonly CiaRisk[]): { heading: RiskHeading; course: RiskCourse; risks: CiaRisk[] }[] {
  return RISK_HEADINGS.flatMap((heading) => RISK_COURSES.map((course) => ({ heading, course, risks: risks.filter((r) => r.heading === heading && r.course === course) })));
}

/** The headings with no risk recorded for a course: the form asks the group to consider each. */
export function headingsNotConsidered(risks: readonly CiaRisk[], course: RiskCourse): RiskHeading[] {
  return RISK_HEADINGS.filter((heading) => !risks.some((r) => r.heading === heading && r.course === course));
}

/** The assessment's risk level: that of its highest-scoring risk; null without risks. */
export function assessmentRiskLevel(assessment: Pick<CommunityImpactAssessment, 'risks'>): RiskLevel | null {
  const highest = highestScore(assessment.risks);
  return highest === null ? null : riskLevel(highest);
}

/** The codes an assessment's footprint covers in a layer with `areaCodes` (its codes, or all for the district). */
export function footprintCodes(footprint: CiaFootprint, areaCodes: readonly string[]): string[] {
  return footprint.kind === 'district' ? [...areaCodes] : footprint.areaCodes.filter((code) => areaCodes.includes(code));
}

/**
 * The footprint of a shape drawn over `layer`: its corners and the areas it covers (see geo/shape-cover);
 * null when the shape has fewer than three corners or covers no area of the layer.
 */
export function drawnFootprint(layer: Pick<AreaDataset, 'id' | 'areaCodes' | 'features'>, corners: readonly LngLat[]): Extract<CiaFootprint, { kind: 'drawn' }> | null {
  const covered = areasUnderShape(corners, layer.features.map((feature) => feature.geometry));
  if (corners.length < 3 || covered.length === 0) return null;
  return { kind: 'drawn', datasetId: layer.id, ring: corners.map(([lng, lat]) => [lng, lat]), areaCodes: covered.map((index) => layer.areaCodes[index]) };
}
