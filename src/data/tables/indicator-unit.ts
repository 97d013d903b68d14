/** Guessing an indicator's unit from its name and values, so rates and legends treat counts and shares right. */
import type { IndicatorUnit } from '../../types';

/** Names that say the values are percentages: "%", "percent", "percentage", "pct". */
const PERCENT_NAME = /%|\bper ?cent(age)?s?\b|(?:^|[^a-z])pct(?:[^a-z]|$)|percentage/i;
/** Names of measures that are whole numbers without being counts of people or things. */
const NOT_COUNT_NAME = /rank|decile|quintile|quartile|vigintile|percentile|score|index|rate|ratio|proportion|extent|share|years?(?:_|\s)?(?:of|old)|group|band|average|mean|median|per\b|density|code|\bid\b/i;

/**
 * True when the values are a ranking: whole numbers from 1 to n (n values), nearly all distinct (ties
 * allowed), like the unnamed rank columns of the WIMD workbooks. Counts of people are rarely like that.
 */
function isRanking(values: ArrayLike<number>, seen: number): boolean {
  if (seen < 3) return false;
  const hits = new Uint8Array(seen + 1);
  let distinct = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (Number.isNaN(value)) continue;
    if (value < 1 || value > seen) return false;
    if (hits[value] === 0) distinct += 1;
    hits[value] = 1;
  }
  return distinct >= seen * 0.9;
}

/**
 * 'percent' when the name says so or the cells carried a % sign; 'count' when every value is a whole number
 * ≥ 0, the name is not a rank, decile, score, rate or similar, and the values are not a ranking 1…n
 * (ties allowed);
 * otherwise 'number'. NaN values are ignored.
 */
export function inferIndicatorUnit(name: string, values: ArrayLike<number>, sawPercentSign: boolean): IndicatorUnit {
  if (sawPercentSign || PERCENT_NAME.test(name)) return 'percent';
  if (NOT_COUNT_NAME.test(name.replace(/_/g, ' '))) return 'number';
  let seen = 0;
  for (let i = 0; i < values.length; i += 1) {
    const value = values[i];
    if (Number.isNaN(value)) continue;
    if (value < 0 || !Number.isInteger(value)) return 'number';
    seen += 1;
  }
  return seen > 0 && !isRanking(values, seen) ? 'count' : 'number';
}
