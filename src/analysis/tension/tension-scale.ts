/**
 * The two tension scales as the analysis reads them: which rating is more alarming, the trend between two
 * ratings, whether a rating calls for a community impact assessment (CIA), and how the form writes a level.
 * Ratings on different scales are compared through `eepEquivalent` (see scale-correspondence.ts), never refused.
 */
import type { CommunityImpactAssessmentCause, TensionRating, TensionTrend } from '../../types';
import { eepEquivalent } from './scale-correspondence';

/** Names of the levels (index 0 is level 1) on each scale. */
export const TENSION_LEVEL_NAMES = {
  eep: ['Imminent', 'High', 'Moderate (high)', 'Moderate (low)', 'Raised', 'Normal'],
  'four-level': ['High', 'Medium', 'Low', 'No tensions'],
} as const;

/** Arrows of the Welsh Government guide's form: ▲ raised, ▼ falling, ► static. */
export const TREND_ARROWS: Readonly<Record<TensionTrend, string>> = { raised: '▲', falling: '▼', static: '►' };

/** Highest EEP level that calls for a CIA: EEP 1–4 (Imminent to Moderate (low)), as police practice sets it. */
const CIA_MAX_EEP_LEVEL = 4;

/**
 * The trend from `previous` to `rating`: raised when the (EEP-equivalent) level went down. Works across
 * scales: four-level Medium after EEP 5 is raised.
 */
export function tensionTrend(previous: TensionRating, rating: TensionRating): TensionTrend {
  const before = eepEquivalent(previous);
  const now = eepEquivalent(rating);
  if (now < before) return 'raised';
  return now > before ? 'falling' : 'static';
}

/** The more alarming of two ratings (the lower EEP-equivalent level; `a` on a tie), returned on its own scale. */
export function moreAlarmingRating(a: TensionRating, b: TensionRating): TensionRating {
  return eepEquivalent(b) < eepEquivalent(a) ? b : a;
}

/** True when the rating calls for a community impact assessment (EEP 1–4; four-level High and Medium). */
export function callsForImpactAssessment(rating: TensionRating): boolean {
  return eepEquivalent(rating) <= CIA_MAX_EEP_LEVEL;
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
