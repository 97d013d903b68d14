/**
 * Summaries by area type: the cohesion score (or any value) averaged within each category of a categorical
 * column, e.g. urban/rural or a classification of the areas. Areas without a category are left out.
 */
import { hasValue } from './statistics';

/** One category's summary: how many areas it has, how many have a value, and their mean (NaN when none). */
export interface CategorySummary {
  category: string;
  areaCount: number;
  valueCount: number;
  mean: number;
}

/** Per category (in first-seen order), the mean of `values` over its areas that have one. */
export function summariseByCategory(categories: readonly (string | null)[], values: ArrayLike<number>): CategorySummary[] {
  const groups = new Map<string, { areaCount: number; valueCount: number; sum: number }>();
  categories.forEach((category, area) => {
    if (category === null || category.trim() === '') return;
    const group = groups.get(category) ?? { areaCount: 0, valueCount: 0, sum: 0 };
    group.areaCount += 1;
    if (hasValue(values[area])) {
      group.valueCount += 1;
      group.sum += values[area];
    }
    groups.set(category, group);
  });
  return [...groups].map(([category, g]) => ({ category, areaCount: g.areaCount, valueCount: g.valueCount, mean: g.valueCount ? g.sum / g.valueCount : Number.NaN }));
}
