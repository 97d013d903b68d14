/**
 * The cohesion indicator catalogue (layers/indicator-catalogue.json): validated at load, and used to
 * suggest which factor and proxy a table column measures and which way its values run.
 */
import type { CohesionDirection, DeprivationMeasure, GuideReference, IndicatorCatalogue, IndicatorColumnPattern, IndicatorDefinition } from '../types/cohesion';
import catalogueJson from '../../layers/indicator-catalogue.json';
import { validateIndicatorCatalogue } from './indicator-catalogue-validation';
import { deprivationMeasureOf } from './deprivation-measure';

export { COHESION_FACTOR_IDS, validateIndicatorCatalogue, type CatalogueValidation } from './indicator-catalogue-validation';

function loadBuiltInCatalogue(): IndicatorCatalogue {
  const result = validateIndicatorCatalogue(catalogueJson as unknown);
  // The shipped file is checked by tests; a broken one is a programmer error, not user input.
  if (!result.ok) throw new Error(`layers/indicator-catalogue.json is invalid: ${result.problems.join('; ')}`);
  return result.value;
}

/** The built-in catalogue of the eight cohesion factors (layers/indicator-catalogue.json), validated. */
export const BUILT_IN_INDICATOR_CATALOGUE: IndicatorCatalogue = loadBuiltInCatalogue();

/** The guide the built-in catalogue follows, and whether its sentences were checked against it. */
export const CATALOGUE_GUIDE: GuideReference = (catalogueJson as unknown as { guide: GuideReference }).guide;

/** The caveat shown wherever factors are chosen or explained. */
export const CATALOGUE_CAVEAT: string = (catalogueJson as unknown as { caveat: string }).caveat;

/**
 * A column name as the patterns see it: lower case, `%` read as "pct" and `+` as "plus", every run of
 * other characters turned into one `_`, none at either end ("% Aged 65+" → "pct_aged_65_plus").
 */
export function normaliseColumnName(columnName: string): string {
  return columnName
    .toLowerCase()
    .replace(/%/g, ' pct ')
    .replace(/\+/g, ' plus ')
    .replace(/[^a-z0-9]+/g, '_')
    .replace(/^_+|_+$/g, '');
}

/**
 * What the catalogue suggests for a column: the indicator and proxy, the column's own direction (null =
 * the user must choose), why, which pattern matched (earlier patterns are preferred columns), and for a
 * deprivation measure whether it holds scores or ranks.
 */
export interface ColumnSuggestion {
  indicatorId: string;
  proxyId: string | null;
  direction: CohesionDirection | null;
  note: string | null;
  patternIndex: number;
  measure: DeprivationMeasure | null;
}

const compiled = new WeakMap<IndicatorColumnPattern, RegExp>();

function matches(pattern: IndicatorColumnPattern, name: string): boolean {
  let regex = compiled.get(pattern);
  if (!regex) {
    regex = new RegExp(pattern.pattern, 'i');
    compiled.set(pattern, regex);
  }
  return regex.test(name);
}

/** An indicator's patterns in preference order: its own, then each proxy's, each with the proxy it belongs to. */
function patternsOf(indicator: IndicatorDefinition) {
  const own = indicator.columnPatterns.map((pattern) => ({ pattern, proxy: null }));
  return [...own, ...(indicator.proxies ?? []).flatMap((proxy) => proxy.columnPatterns.map((pattern) => ({ pattern, proxy })))];
}

/** Notes for a deprivation measure once the file or column has said what it holds. */
export const RANK_NOTE = 'rank, decile or quintile 1 is the most deprived area, so a higher number here means less deprivation';
export const SCORE_NOTE = 'a deprivation domain score, proportion or extent: higher means more deprived';

/**
 * The first indicator (catalogue order, then pattern order) with a pattern matching the normalised
 * `columnName`, with the direction of that kind of column: the pattern's, else its proxy's, else the
 * indicator's. A `by-measure` pattern takes its direction from what the column holds, told by its name or
 * `context` (the table's label, sheet and file names): ranks positive, scores negative, else none.
 */
export function suggestIndicatorForColumn(columnName: string, catalogue: IndicatorCatalogue = BUILT_IN_INDICATOR_CATALOGUE, context: readonly string[] = []): ColumnSuggestion | null {
  const name = normaliseColumnName(columnName);
  for (const indicator of catalogue.indicators) {
    const patterns = patternsOf(indicator);
    const patternIndex = patterns.findIndex((candidate) => matches(candidate.pattern, name));
    if (patternIndex < 0) continue;
    const { pattern, proxy } = patterns[patternIndex];
    const base = { indicatorId: indicator.id, proxyId: proxy?.id ?? null, patternIndex };
    if (pattern.direction === 'by-measure') {
      const measure = deprivationMeasureOf(columnName, context);
      if (measure === null) return { ...base, direction: null, note: pattern.note ?? null, measure };
      return { ...base, direction: measure === 'rank' ? 'positive' : 'negative', note: measure === 'rank' ? RANK_NOTE : SCORE_NOTE, measure };
    }
    const stated = pattern.direction ?? proxy?.direction ?? indicator.direction;
    const measure = pattern.note === RANK_NOTE ? 'rank' : pattern.note === SCORE_NOTE ? 'score' : null;
    return { ...base, direction: stated === 'unknown' ? null : stated, note: pattern.note ?? proxy?.note ?? null, measure };
  }
  return null;
}

/** The id of the factor (or custom indicator) a column most likely measures, from its name; null when none fits. */
export function suggestFactor(columnName: string, catalogue: IndicatorCatalogue = BUILT_IN_INDICATOR_CATALOGUE): string | null {
  return suggestIndicatorForColumn(columnName, catalogue)?.indicatorId ?? null;
}

/** A column chosen for an indicator by `chooseDefaultColumns`, with its direction. */
export interface DefaultColumn {
  column: string;
  indicatorId: string;
  direction: CohesionDirection;
}

/**
 * One column per indicator for a default index: among the columns whose name suggests an indicator with
 * a known direction, the one matched by the earliest pattern (the catalogue lists preferred measures
 * first, e.g. the income domain before the overall index, which already contains the other domains), ties
 * to the first column. `context` is the table's names (or a function giving them per column), for bare
 * deprivation columns. Result in catalogue order; indicators with no such column are absent.
 */
export function chooseDefaultColumns(columnNames: readonly string[], catalogue: IndicatorCatalogue = BUILT_IN_INDICATOR_CATALOGUE, context: readonly string[] | ((column: string) => readonly string[]) = []): DefaultColumn[] {
  const best = new Map<string, { column: string; direction: CohesionDirection; patternIndex: number }>();
  for (const column of columnNames) {
    const suggestion = suggestIndicatorForColumn(column, catalogue, typeof context === 'function' ? context(column) : context);
    if (!suggestion || suggestion.direction === null) continue;
    const current = best.get(suggestion.indicatorId);
    if (!current || suggestion.patternIndex < current.patternIndex) best.set(suggestion.indicatorId, { column, direction: suggestion.direction, patternIndex: suggestion.patternIndex });
  }
  return catalogue.indicators.flatMap((indicator) => {
    const chosen = best.get(indicator.id);
    return chosen ? [{ column: chosen.column, indicatorId: indicator.id, direction: chosen.direction }] : [];
  });
}
