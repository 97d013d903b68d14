/**
 * The legend model: one row per class of a `Classification`, then a "no data" row. The UI renders it
 * as-is, and exported map images draw the same rows, so labels and colours are decided only here.
 */
import type { Classification } from '../types';
import { chooseDecimals } from './format-number';

/** One legend row. `lower`/`upper` are the class bounds, both null on the no-data row. */
export interface LegendItem {
  color: string;
  label: string;
  count: number;
  lower: number | null;
  upper: number | null;
  isNoData: boolean;
}

/** The en dash between a class's bounds ("12.3 – 45.6"), spaced because bounds can be negative. */
export const RANGE_SEPARATOR = ' – ';

/**
 * Rows for each class ("lower – upper", formatted with `format`; a class whose bounds print the same
 * shows one number) followed by the no-data row, which is always present, even with a count of 0, so
 * people learn the no-data colour. Adjacent rows share a bound; the first starts at the data minimum
 * and the last ends at the maximum.
 */
export function buildLegend(classification: Classification, format: (n: number) => string, noDataLabel: string): LegendItem[] {
  const items: LegendItem[] = classification.bins.map((bin) => {
    const lower = format(bin.lower);
    const upper = format(bin.upper);
    return {
      color: bin.color,
      label: lower === upper ? lower : `${lower}${RANGE_SEPARATOR}${upper}`,
      count: bin.count,
      lower: bin.lower,
      upper: bin.upper,
      isNoData: false,
    };
  });
  items.push({
    color: classification.noDataColor,
    label: noDataLabel,
    count: classification.noDataCount,
    lower: null,
    upper: null,
    isNoData: true,
  });
  return items;
}

/**
 * Decimals for formatting a legend of `classification`: the fewest (at most 3) at which all its printed
 * bounds (min, thresholds, max) read differently.
 */
export function legendDecimals(classification: Classification): number {
  return chooseDecimals([classification.min, ...classification.thresholds, classification.max]);
}
