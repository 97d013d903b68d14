/** The 3×3 bivariate classes in the shape the fill builder reads (nine bins, one per cell colour). */
import type { Classification } from '../../types';
import type { BivariateClassification } from '../../analysis/cohesion/bivariate';

/** A Classification whose bin i is bivariate class i, so the same fill expression builder draws it. */
export function bivariateAsClassification(bivariate: BivariateClassification): Classification {
  return {
    method: 'manual',
    paletteId: 'bivariate',
    thresholds: [],
    bins: bivariate.colors.map((color, i) => ({ lower: i, upper: i + 1, color, count: bivariate.counts[i] ?? 0 })),
    noDataColor: bivariate.noDataColor,
    noDataCount: bivariate.noDataCount,
    min: 0,
    max: 8,
  };
}
