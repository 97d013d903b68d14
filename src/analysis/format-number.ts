/**
 * Number formatting for legends and tooltips: a locale-aware formatter with digit grouping, and a rule
 * for how many decimals make a set of class bounds readable without two bounds looking the same.
 */

/** Most decimals a legend shows; finer differences are rounded together. */
export const MAX_DECIMALS = 3;

/**
 * The fewest decimals (0 to 3) at which every distinct finite value in `values` prints differently,
 * e.g. class thresholds plus the data min and max. Non-finite values are ignored; 3 when even 3 cannot
 * tell some values apart.
 */
export function chooseDecimals(values: readonly number[]): number {
  const distinct = [...new Set(values.filter((value) => Number.isFinite(value)))];
  for (let decimals = 0; decimals < MAX_DECIMALS; decimals++) {
    const printed = new Set(distinct.map((value) => value.toFixed(decimals)));
    if (printed.size === distinct.length) return decimals;
  }
  return MAX_DECIMALS;
}

const formatters = new Map<string, Intl.NumberFormat>();

/**
 * `n` with exactly `decimals` decimals and the locale's grouping, e.g. "1,234.50" for 'en-GB' and 'cy'.
 * Values that round to zero print as "0" rather than "-0". `decimals` is clamped to 0–20.
 */
export function formatNumber(n: number, locale: string, decimals: number): string {
  const digits = Math.min(20, Math.max(0, Math.round(decimals)));
  const key = `${locale}|${digits}`;
  let formatter = formatters.get(key);
  if (!formatter) {
    formatter = new Intl.NumberFormat(locale, { minimumFractionDigits: digits, maximumFractionDigits: digits, useGrouping: true });
    formatters.set(key, formatter);
  }
  const roundsToZero = Math.abs(n) < 0.5 * 10 ** -digits;
  return formatter.format(roundsToZero ? 0 : n);
}
