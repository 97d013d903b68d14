/**
 * The two tension scales as the analysis reads them: which rating is more alarming, the trend between two
 * ratings, whether a rating calls for a community impact assessment (CIA), and how the form writes a level.
 */
import type { CommunityImpactAssessmentCause, TensionRating, TensionTrend } from '../../types';

/** Names of the levels (index 0 is level 1) on each scale. */
export const TENSION_LEVEL_NAMES = {
  eep: ['Imminent', 'High', 'Moderate (high)', 'Moderate (low)', 'Raised', 'Normal'],
  'four-level': ['High', 'Medium', 'Low', 'No tensions'],
} as const;

/** Arrows of the Welsh Government guide's form: ▲ raised, ▼ falling, ► static. */
export const TREND_ARROWS: Readonly<Record<TensionTrend, string>> = { raised: '▲', falling: '▼', static: '►' };

/**
 * Highest level that calls for a CIA: EEP 1–4 (Imminent to Moderate (low)), as police practice sets it; on the
 * four-level scale only High, the one level that clearly matches EEP 1–2 (Medium spans Moderate and Raised).
 */
const CIA_MAX_LEVEL = { eep: 4, 'four-level': 1 } as const;

function assertSameScale(a: TensionRating, b: TensionRating): void {
  if (a.scale !== b.scale) throw new Error(`tension ratings on different scales (${a.scale}, ${b.scale}) cannot be compared`);
}

/** The trend from `previous` to `rating`: raised when the level number went down. Throws on mixed scales. */
export function tensionTrend(previous: TensionRating, rating: TensionRating): TensionTrend {
  assertSameScale(previous, rating);
  if (rating.level < previous.level) return 'raised';
  return rating.level > previous.level ? 'falling' : 'static';
}

/** The more alarming of two ratings (the lower level; `a` on a tie). Throws on mixed scales. */
export function moreAlarmingRating(a: TensionRating, b: TensionRating): TensionRating {
  assertSameScale(a, b);
  return b.level < a.level ? b : a;
}

/** True when the rating calls for a community impact assessment (EEP 1–4, four-level High). */
export function callsForImpactAssessment(rating: TensionRating): boolean {
  return rating.level <= CIA_MAX_LEVEL[rating.scale];
}

/** Why a CIA is called for: the current rating when it qualifies, else the potential one, else null. */
export function impactAssessmentCause(current: TensionRating, potential: TensionRating): CommunityImpactAssessmentCause {
  if (callsForImpactAssessment(current)) return 'current';
  return callsForImpactAssessment(potential) ? 'potential' : null;
}

/** The level as the form writes it: the number on EEP ("5"), the word on the four-level scale ("High"). */
export function tensionLevelText(rating: TensionRating): string {
  return rating.scale === 'eep' ? String(rating.level) : TENSION_LEVEL_NAMES['four-level'][rating.level - 1];
}

/** A form cell: the level followed by its arrow ("5►", "High▲"); no arrow for a first assessment. */
export function tensionCellText(rating: TensionRating, trend: TensionTrend | null): string {
  return `${tensionLevelText(rating)}${trend === null ? '' : TREND_ARROWS[trend]}`;
}
