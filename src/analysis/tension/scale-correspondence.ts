/**
 * The one correspondence between the two tension scales, used wherever ratings from both must be compared
 * (the most alarming rating, trends, the Community Impact Assessment trigger, the tension map's categories).
 * Each rating keeps its own scale; only comparisons read it through the EEP level it corresponds to.
 *
 * Four-level → EEP (issue 14), and why:
 * - High → EEP 2 (High): the same word, and the four-level scale's top level covers the signs of EEP 1–3. It
 *   sits at 2, not 1, because the four-level scale has no level for imminent disorder: an EEP 1 (Imminent)
 *   rating stays more alarming than a four-level High, and a High more alarming than EEP 3 (Moderate (high)).
 * - Medium → EEP 4 (Moderate (low)): the Welsh Government guide says four-level Medium describes the same
 *   signs as EEP 4, so Medium, like EEP 1–4, calls for a Community Impact Assessment.
 * - Low → EEP 5 (Raised): tension present but below the CIA threshold.
 * - No tensions → EEP 6 (Normal).
 */
import type { TensionRating } from '../../types';

/** EEP level (1–6) of each four-level level (index 0 is four-level 1, High). */
export const FOUR_LEVEL_AS_EEP = [2, 4, 5, 6] as const;

/** The EEP level a rating corresponds to: its own level on EEP, else through `FOUR_LEVEL_AS_EEP`. */
export function eepEquivalent(rating: TensionRating): number {
  return rating.scale === 'eep' ? rating.level : FOUR_LEVEL_AS_EEP[rating.level - 1];
}

/** True when some of the ratings are on EEP and some on the four-level scale. */
export function hasMixedScales(ratings: Iterable<TensionRating>): boolean {
  let first: TensionRating['scale'] | null = null;
  for (const rating of ratings) {
    if (first === null) first = rating.scale;
    else if (rating.scale !== first) return true;
  }
  return false;
}
