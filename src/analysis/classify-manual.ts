/**
 * Manual classification: the user's own inner breaks, e.g. policy bands such as 0–10, 10–25, 25+.
 * Breaks may lie outside the data range (a band nobody falls in yet is still a band); `classify` drops
 * classes wholly beyond the data min/max and keeps each remaining class's colour from its position
 * among the user's bands, so a colour always means the same band.
 */

/** Fewest inner breaks accepted (two classes, e.g. below/above a target). */
export const MIN_MANUAL_BREAKS = 1;
/** Most inner breaks accepted (nine classes, the most any palette supports). */
export const MAX_MANUAL_BREAKS = 8;

/**
 * Why a list of manual breaks was rejected: a code and the values concerned (`count`/`limit`, or the
 * 1-based `index` of the break and its `value`, with the `previous` one when they do not increase). No
 * words: the interface says its own catalogue text (style.manualBreaksInvalid).
 */
export interface ManualBreaksProblem {
  code: 'manual-breaks-missing' | 'manual-breaks-too-many' | 'manual-breaks-not-finite' | 'manual-breaks-not-ascending';
  params: Record<string, string | number>;
}

/**
 * Checks user-entered breaks before classifying: 1–8 finite numbers in strictly ascending order.
 * Returns null when they are usable, otherwise the problem (the UI refuses the breaks; `classify` throws on it).
 */
export function validateManualBreaks(breaks: readonly number[] | undefined): ManualBreaksProblem | null {
  if (breaks === undefined || breaks.length < MIN_MANUAL_BREAKS) {
    return { code: 'manual-breaks-missing', params: { count: breaks?.length ?? 0, minimum: MIN_MANUAL_BREAKS } };
  }
  if (breaks.length > MAX_MANUAL_BREAKS) {
    return { code: 'manual-breaks-too-many', params: { count: breaks.length, limit: MAX_MANUAL_BREAKS } };
  }
  const notFinite = breaks.findIndex((value) => !Number.isFinite(value));
  if (notFinite >= 0) {
    return { code: 'manual-breaks-not-finite', params: { index: notFinite + 1, value: String(breaks[notFinite]) } };
  }
  for (let i = 1; i < breaks.length; i++) {
    if (!(breaks[i] > breaks[i - 1])) {
      return { code: 'manual-breaks-not-ascending', params: { index: i + 1, value: breaks[i], previous: breaks[i - 1] } };
    }
  }
  return null;
}

/**
 * The thresholds for manual classification: a validated copy of `breaks`. The data values play no part,
 * so unlike the other methods this takes only the breaks. Invalid breaks are a programmer error here
 * (validate first with `validateManualBreaks`) and throw.
 */
export function manualThresholds(breaks: readonly number[] | undefined): number[] {
  const problem = validateManualBreaks(breaks);
  if (problem) throw new Error(`Invalid manual breaks (${problem.code}): ${JSON.stringify(problem.params)}`);
  return [...(breaks as readonly number[])];
}
