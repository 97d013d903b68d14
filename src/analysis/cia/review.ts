/**
 * Review dates, versions and closing of an assessment: each saved change is a version naming the sections
 * that changed, when and by whom; review dates say when the group looks at it again.
 */
import type { CiaSection, CommunityImpactAssessment } from '../../types';

const DAY_MS = 86_400_000;

/** Start of the UTC day holding `timeMs`. */
export function startOfDayMs(timeMs: number): number {
  return Math.floor(timeMs / DAY_MS) * DAY_MS;
}

/** Which field of the assessment each section covers (versions compare these). */
const SECTION_FIELDS: Record<CiaSection, (keyof CommunityImpactAssessment)[]> = {
  title: ['title'],
  origin: ['origin'],
  footprint: ['footprint'],
  communities: ['communities'],
  information: ['information'],
  affected: ['affected'],
  legislation: ['legislation'],
  risks: ['risks'],
  'next-step': ['nextStep'],
  review: ['reviewDates'],
  status: ['status', 'closedMs'],
  citations: ['citations'],
  'share-summary': ['shareSummary'],
};

/** The sections whose content differs between two states of one assessment, in the guide's order. */
export function changedSections(before: CommunityImpactAssessment, after: CommunityImpactAssessment): CiaSection[] {
  return (Object.keys(SECTION_FIELDS) as CiaSection[]).filter((section) =>
    SECTION_FIELDS[section].some((field) => JSON.stringify(before[field]) !== JSON.stringify(after[field])),
  );
}

/**
 * `after` with a new version recorded against `before`: the sections that changed, when and by whom. When
 * nothing changed, `after` is returned as it is (no empty version).
 */
export function recordVersion(before: CommunityImpactAssessment, after: CommunityImpactAssessment, by: string, timeMs: number, note = ''): CommunityImpactAssessment {
  const changed = changedSections(before, after);
  if (changed.length === 0) return after;
  const version = (before.versions.at(-1)?.version ?? 0) + 1;
  return { ...after, versions: [...before.versions, { version, timeMs, by, changed, note }] };
}

/** The first review date on or after the day of `atMs`, or null when none is set. */
export function nextReviewMs(assessment: Pick<CommunityImpactAssessment, 'reviewDates'>, atMs: number): number | null {
  const today = startOfDayMs(atMs);
  return assessment.reviewDates.find((date) => date >= today) ?? null;
}

/** Review dates whose day has passed while the assessment is still open (not closed). */
export function missedReviews(assessment: Pick<CommunityImpactAssessment, 'reviewDates' | 'status' | 'versions'>, atMs: number): number[] {
  if (assessment.status === 'closed') return [];
  const today = startOfDayMs(atMs);
  const lastChangeMs = assessment.versions.at(-1)?.timeMs ?? -Infinity;
  // A review is missed when its day is over and no version was recorded on or after it.
  return assessment.reviewDates.filter((date) => date < today && lastChangeMs < date);
}

/** Adds a review date (start of its day), keeping the dates sorted and distinct. */
export function withReviewDate(assessment: CommunityImpactAssessment, dateMs: number): CommunityImpactAssessment {
  const day = startOfDayMs(dateMs);
  return { ...assessment, reviewDates: [...new Set([...assessment.reviewDates, day])].sort((a, b) => a - b) };
}

/** The assessment closed at `timeMs` (closing keeps everything for the record). */
export function closeAssessment(assessment: CommunityImpactAssessment, timeMs: number): CommunityImpactAssessment {
  return { ...assessment, status: 'closed', closedMs: timeMs };
}
