/** Small wording helpers shared by the importers, so counts and feature lists read the same everywhere. */

/** 2696 → "2,696" (fixed en-GB grouping, independent of the runtime locale). */
export function formatCount(count: number): string {
  return String(count).replace(/\B(?=(\d{3})+(?!\d))/g, ',');
}

/** "features 3, 7, 9" or "features 3, 7, 9, 12, 15 and 4 more" (1-based feature numbers, first five). */
export function describeFeatureNumbers(numbers: number[]): string {
  const shown = numbers.slice(0, 5).join(', ');
  const rest = numbers.length - 5;
  const label = numbers.length === 1 ? 'feature' : 'features';
  return rest > 0 ? `${label} ${shown} and ${formatCount(rest)} more` : `${label} ${shown}`;
}

/** "1 Point feature" / "2,696 Point features". */
export function pluralFeatures(count: number, kind: string): string {
  return `${formatCount(count)} ${kind} feature${count === 1 ? '' : 's'}`;
}

/** "1 area has" / "3 areas have": a count with the noun and verb agreeing. */
export function countWith(count: number, singular: string, plural: string): string {
  return `${formatCount(count)} ${count === 1 ? singular : plural}`;
}
