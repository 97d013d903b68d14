/**
 * Categorical classifications: a fixed domain of values, each with its colour and its name (a catalogue
 * key). Gi* significance, emerging hot spot categories, tension levels and yes/no fields use it, so legends
 * list named categories and never numeric ranges or a classification method.
 */
import type { CategoryLabel, Classification } from '../types';
import { NO_DATA_COLOR } from './palettes';

/** One category of the domain: the value that areas carry, its colour and its name. */
export interface CategoryDefinition {
  value: number;
  color: string;
  label: CategoryLabel;
}

/** The categories and, per area, the index of its category (-1 = no data). */
export interface CategoricalResult {
  classification: Classification;
  classIndexes: number[];
}

/**
 * Classes each value by exact match with the domain; values outside it (and null) are no data. Every
 * category of the domain gets a legend row, with its count (0 included), so the legend is the same in every
 * period and people learn the whole scale.
 */
export function classifyCategorical(values: ReadonlyArray<number | null>, domain: ReadonlyArray<CategoryDefinition>, paletteId: string, noDataColor = NO_DATA_COLOR): CategoricalResult {
  const indexOf = new Map(domain.map((category, i) => [category.value, i]));
  const counts = new Array<number>(domain.length).fill(0);
  let noDataCount = 0;
  const classIndexes = values.map((value) => {
    const index = value === null ? undefined : indexOf.get(value);
    if (index === undefined) {
      noDataCount += 1;
      return -1;
    }
    counts[index] += 1;
    return index;
  });
  const domainValues = domain.map((c) => c.value);
  return {
    classIndexes,
    classification: {
      method: 'categorical',
      paletteId,
      thresholds: [],
      bins: domain.map((category, i) => ({ lower: category.value, upper: category.value, color: category.color, count: counts[i] })),
      categories: domain.map((category) => category.label),
      noDataColor,
      noDataCount,
      min: domainValues.length ? Math.min(...domainValues) : 0,
      max: domainValues.length ? Math.max(...domainValues) : 0,
    },
  };
}

/** Colours of a yes/no map: "no" light grey, "yes" a strong purple that reads on a projector and in grey print. */
export const YES_NO_COLORS = { no: '#e0e0e0', yes: '#6a3d9a' } as const;

/** The yes/no domain (1 = yes, 0 = no), named by the catalogue's `legend.yes` / `legend.no`. */
export const YES_NO_DOMAIN: ReadonlyArray<CategoryDefinition> = [
  { value: 1, color: YES_NO_COLORS.yes, label: { key: 'legend.yes' } },
  { value: 0, color: YES_NO_COLORS.no, label: { key: 'legend.no' } },
];

/** True when every known value is 0 or 1 and both occur or at least one does: a yes/no field. */
export function isYesNo(values: ReadonlyArray<number | null>): boolean {
  let seen = false;
  for (const value of values) {
    if (value === null || Number.isNaN(value)) continue;
    if (value !== 0 && value !== 1) return false;
    seen = true;
  }
  return seen;
}
