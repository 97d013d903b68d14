/**
 * Rapid-change flags: areas whose indicator moved unusually fast between two periods, which the cohesion
 * mapping guide asks to watch. Two rules: beyond k standard deviations of all areas' change from the mean
 * change, or beyond p percent up or down.
 */
import { formatNumber } from '../format-number';
import { changeSincePrevious } from './benchmark';
import { hasValue, summariseValues } from './statistics';

/**
 * `std-dev`: |change − mean change| > threshold × SD of all areas' change (population SD).
 * `percent`: |percent change| > threshold (areas whose previous value is 0 have no percent change).
 * Both compare strictly: an area exactly on the limit is not flagged. Threshold must be above 0.
 */
export type RapidChangeRule = { kind: 'std-dev'; threshold: number } | { kind: 'percent'; threshold: number };

/**
 * One flagged area: its change in the indicator's units and in percent (NaN when previous was 0), and the
 * side of the band it broke: `above` = rose faster (or fell slower) than the band allows, `below` the reverse.
 */
export interface RapidChangeFlag {
  areaIndex: number;
  change: number;
  changePercent: number;
  side: 'above' | 'below';
}

/** The rule applied, in words and numbers, and the flagged areas, most extreme first. */
export interface RapidChangeResult {
  rule: RapidChangeRule;
  /** Plain words for the UI: "change more than 2 standard deviations from the average change (±3.4 points)". */
  ruleText: string;
  /** Areas the rule could judge: data in both periods (and, for `percent`, previous ≠ 0). */
  areasCompared: number;
  /** Mean and population SD of the change over areas with data in both periods (NaN when none). */
  meanChange: number;
  stdDevChange: number;
  /**
   * The range that is not rapid: change within [low, high] for `std-dev` (mean ∓ k·SD, indicator units),
   * percent change within [−p, p] for `percent`. Empty SD (no areas) gives [NaN, NaN].
   */
  band: [number, number];
  flagged: RapidChangeFlag[];
}

/** How the rule text prints numbers: the unit word after a change ("points", "places") and the formatter. */
export interface RapidChangeTextOptions {
  unit?: string;
  format?: (n: number) => string;
}

/** Two significant figures, at most 3 decimals, British English grouping: 3.4, 0.034, 34, 1,234. */
export function formatChangeAmount(n: number): string {
  const magnitude = Math.abs(n);
  const decimals = magnitude === 0 || !Number.isFinite(magnitude) ? 0 : Math.min(3, Math.max(0, Math.ceil(-Math.log10(magnitude)) + 1));
  return formatNumber(n, 'en-GB', decimals);
}

const thresholdFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 3 });

/**
 * The rule in plain words; `limit` is k·SD for `std-dev` (the ± around the average change), printed with
 * `options.format`. The threshold prints as the user set it (up to 3 decimals).
 */
export function describeRapidChangeRule(rule: RapidChangeRule, limit: number, options: RapidChangeTextOptions = {}): string {
  const format = options.format ?? formatChangeAmount;
  const threshold = thresholdFormat.format(rule.threshold);
  if (rule.kind === 'percent') return `change of more than ${threshold}% up or down since the previous period`;
  const deviations = rule.threshold === 1 ? 'standard deviation' : 'standard deviations';
  const plusMinus = hasValue(limit) ? ` (±${format(limit)} ${options.unit ?? 'points'})` : '';
  return `change more than ${threshold} ${deviations} from the average change${plusMinus}`;
}

/**
 * Flags areas whose change from `previous` to `current` breaks `rule`. Arrays are per area, NaN = no
 * data; areas without data in both periods are never flagged. Flags are sorted most extreme first (by
 * distance from the mean change, or by |percent change|), then by area index.
 */
export function flagRapidChange(current: ArrayLike<number>, previous: ArrayLike<number>, rule: RapidChangeRule, options: RapidChangeTextOptions = {}): RapidChangeResult {
  if (!(rule.threshold > 0) || !Number.isFinite(rule.threshold)) throw new Error(`rapid-change threshold must be a number above 0, got ${rule.threshold}`);
  const { change, changePercent } = changeSincePrevious(current, previous);
  const { mean, stdDev } = summariseValues(change);
  const judged = rule.kind === 'std-dev' ? change : changePercent;
  const centre = rule.kind === 'std-dev' ? mean : 0;
  const limit = rule.kind === 'std-dev' ? rule.threshold * stdDev : rule.threshold;
  const candidates: { flag: RapidChangeFlag; distance: number }[] = [];
  let areasCompared = 0;
  for (let i = 0; i < judged.length; i++) {
    if (!hasValue(judged[i])) continue;
    areasCompared += 1;
    const distance = Math.abs(judged[i] - centre);
    if (distance > limit) candidates.push({ flag: { areaIndex: i, change: change[i], changePercent: changePercent[i], side: judged[i] > centre ? 'above' : 'below' }, distance });
  }
  candidates.sort((a, b) => b.distance - a.distance || a.flag.areaIndex - b.flag.areaIndex);
  return {
    rule,
    ruleText: describeRapidChangeRule(rule, limit, options),
    areasCompared,
    meanChange: mean,
    stdDevChange: stdDev,
    band: [centre - limit, centre + limit],
    flagged: candidates.map((candidate) => candidate.flag),
  };
}
