/**
 * Per-authority classification (issue 7): breaks computed within each authority's areas, so each council
 * is shaded against itself. The shared alternative is the ordinary `classify` over all areas.
 */
import type { Classification, ClassificationOptions } from '../types';
import { classify, classIndexOf } from './classify';

/** One authority's classification; `authority` indexes the dataset's authorities (-1 = authority unknown). */
export interface AuthorityClassification {
  authority: number;
  classification: Classification;
}

/** Class of every area from its own authority's breaks, and each authority's classification (in order). */
export interface ClassesByAuthority {
  classIndexes: number[];
  byAuthority: AuthorityClassification[];
}

/**
 * Classifies `values` separately within each authority (`areaAuthorities[i]`, -1 = unknown, which forms
 * its own group). Groups appear in order of first area; an area's class index comes from its group's breaks.
 */
export function classifyByAuthority(values: ReadonlyArray<number | null>, areaAuthorities: ReadonlyArray<number>, options: ClassificationOptions): ClassesByAuthority {
  const members = new Map<number, number[]>();
  values.forEach((_v, i) => {
    const authority = areaAuthorities[i] ?? -1;
    let list = members.get(authority);
    if (!list) members.set(authority, (list = []));
    list.push(i);
  });
  const classIndexes = new Array<number>(values.length).fill(-1);
  const byAuthority: AuthorityClassification[] = [];
  for (const [authority, indexes] of members) {
    const classification = classify(indexes.map((i) => values[i]), options);
    for (const i of indexes) classIndexes[i] = classIndexOf(classification, values[i]);
    byAuthority.push({ authority, classification });
  }
  return { classIndexes, byAuthority };
}

/** Per-authority classes as one classification for the map paint: every authority's bins in turn. */
export interface FlattenedAuthorityClasses {
  classification: Classification;
  classIndexes: number[];
  /** Index of each authority's first bin in `classification.bins`, parallel to `byAuthority`. */
  offsets: number[];
}

/**
 * Concatenates the bins of each authority's classification so one `match` paint colours every area with its
 * own authority's class colour; thresholds are left empty because no single set of breaks applies.
 */
export function flattenAuthorityClasses(result: ClassesByAuthority, areaAuthorities: ReadonlyArray<number>, noDataColor: string): FlattenedAuthorityClasses {
  const offsets: number[] = [];
  const bins: Classification['bins'] = [];
  const offsetOf = new Map<number, number>();
  for (const { authority, classification } of result.byAuthority) {
    offsets.push(bins.length);
    offsetOf.set(authority, bins.length);
    bins.push(...classification.bins);
  }
  const classIndexes = result.classIndexes.map((c, i) => (c < 0 ? -1 : (offsetOf.get(areaAuthorities[i] ?? -1) ?? 0) + c));
  const finite = result.byAuthority.map((a) => a.classification).filter((c) => c.bins.length > 0);
  const first = result.byAuthority[0]?.classification;
  const classification: Classification = {
    method: first?.method ?? 'quantile',
    paletteId: first?.paletteId ?? '',
    thresholds: [],
    bins,
    noDataColor,
    noDataCount: classIndexes.filter((c) => c < 0).length,
    min: finite.length ? Math.min(...finite.map((c) => c.min)) : Number.NaN,
    max: finite.length ? Math.max(...finite.map((c) => c.max)) : Number.NaN,
  };
  return { classification, classIndexes, offsets };
}
