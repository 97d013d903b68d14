/**
 * The cohesion indicator catalogue (layers/indicator-catalogue.json): validated at load, and used to
 * suggest which factor a table column measures and which way its values run.
 */
import type { CohesionDirection, CohesionFactorId, IndicatorCatalogue, IndicatorColumnPattern, IndicatorDefinition } from '../types/cohesion';
import catalogueJson from '../../layers/indicator-catalogue.json';

/** The eight factors of the guide, in the catalogue's order. */
export const COHESION_FACTOR_IDS: readonly CohesionFactorId[] = ['age', 'ethnicity', 'migration', 'deprivation', 'crime', 'education', 'occupation', 'disability'];

export type CatalogueValidation = { ok: true; value: IndicatorCatalogue } | { ok: false; problems: string[] };

const DIRECTIONS = new Set(['positive', 'negative']);
const INDICATOR_KEYS = new Set(['id', 'label', 'direction', 'description', 'typicalSources', 'columnPatterns', 'custom', 'weight', 'unreliable']);
const PATTERN_KEYS = new Set(['pattern', 'direction', 'note']);
const FACTORS = new Set<string>(COHESION_FACTOR_IDS);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';

function patternProblems(raw: unknown, where: string): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [`${where}: expected an object { "pattern", "direction"?, "note"? }`];
  const p = raw as Record<string, unknown>;
  const problems = Object.keys(p).filter((key) => !PATTERN_KEYS.has(key)).map((key) => `${where}: unknown field "${key}"`);
  if (!isText(p.pattern)) problems.push(`${where}: "pattern" must be a non-empty regular expression`);
  else {
    try {
      new RegExp(p.pattern, 'i');
    } catch (caught) {
      problems.push(`${where}: "pattern" is not a valid regular expression (${(caught as Error).message})`);
    }
  }
  if (p.direction !== undefined && p.direction !== 'unknown' && !DIRECTIONS.has(p.direction as string)) problems.push(`${where}: "direction" must be positive, negative or unknown`);
  if (p.note !== undefined && !isText(p.note)) problems.push(`${where}: "note" must be a non-empty string`);
  if (p.direction === 'unknown' && p.note === undefined) problems.push(`${where}: a pattern with direction "unknown" needs a "note" saying why`);
  return problems;
}

function indicatorProblems(raw: unknown, where: string): string[] {
  if (!raw || typeof raw !== 'object' || Array.isArray(raw)) return [`${where}: expected an object`];
  const p = raw as Record<string, unknown>;
  const problems = Object.keys(p).filter((key) => !INDICATOR_KEYS.has(key)).map((key) => `${where}: unknown field "${key}"`);
  if (p.custom !== undefined && typeof p.custom !== 'boolean') problems.push(`${where}: "custom" must be true or false`);
  if (p.custom !== true && isText(p.id) && !FACTORS.has(p.id)) problems.push(`${where}: "id" "${p.id}" is not one of the eight factors (${COHESION_FACTOR_IDS.join(', ')}); mark your own indicators "custom": true`);
  if (!isText(p.label)) problems.push(`${where}: "label" must be a non-empty string`);
  if (!DIRECTIONS.has(p.direction as string)) problems.push(`${where}: "direction" must be positive or negative`);
  if (!isText(p.description)) problems.push(`${where}: "description" must be a non-empty string`);
  if (!Array.isArray(p.typicalSources) || !p.typicalSources.every(isText)) problems.push(`${where}: "typicalSources" must be a list of non-empty strings`);
  if (!Array.isArray(p.columnPatterns)) problems.push(`${where}: "columnPatterns" must be a list`);
  else p.columnPatterns.forEach((pattern, index) => problems.push(...patternProblems(pattern, `${where}, column pattern ${index + 1}`)));
  if (p.weight !== undefined && (typeof p.weight !== 'number' || !Number.isFinite(p.weight) || p.weight <= 0)) problems.push(`${where}: "weight" must be a number above 0`);
  if (p.unreliable !== undefined && typeof p.unreliable !== 'boolean') problems.push(`${where}: "unreliable" must be true or false`);
  return problems;
}

/**
 * Checks a catalogue (`{ "indicators": [...] }` or a bare list): every field of every indicator and
 * column pattern, unique ids, built-in ids from the eight factors and others marked `custom`. Returns
 * all problems found, each naming the indicator and field.
 */
export function validateIndicatorCatalogue(input: unknown): CatalogueValidation {
  const list = Array.isArray(input) ? input : (input as { indicators?: unknown } | null)?.indicators;
  if (!Array.isArray(list)) return { ok: false, problems: ['expected a list of indicators or { "indicators": [...] }'] };
  const problems: string[] = [];
  const ids = new Set<string>();
  list.forEach((raw, index) => {
    const id = (raw as { id?: unknown } | null)?.id;
    const where = isText(id) ? `indicator ${index + 1} ("${id}")` : `indicator ${index + 1}`;
    if (!isText(id)) problems.push(`${where}: "id" must be a non-empty string`);
    else if (ids.has(id)) problems.push(`${where}: duplicate id "${id}"`);
    else ids.add(id);
    problems.push(...indicatorProblems(raw, where));
  });
  return problems.length ? { ok: false, problems } : { ok: true, value: { indicators: list as IndicatorDefinition[] } };
}

function loadBuiltInCatalogue(): IndicatorCatalogue {
  const result = validateIndicatorCatalogue(catalogueJson as unknown);
  // The shipped file is checked by tests; a broken one is a programmer error, not user input.
  if (!result.ok) throw new Error(`layers/indicator-catalogue.json is invalid: ${result.problems.join('; ')}`);
  return result.value;
}

/** The built-in catalogue of the eight cohesion factors (layers/indicator-catalogue.json), validated. */
export const BUILT_IN_INDICATOR_CATALOGUE: IndicatorCatalogue = loadBuiltInCatalogue();

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
 * What the catalogue suggests for a column: the indicator, the column's own direction (null = ask the
 * user), why, and which of the indicator's patterns matched (earlier patterns are preferred columns).
 */
export interface ColumnSuggestion {
  indicatorId: string;
  direction: CohesionDirection | null;
  note: string | null;
  patternIndex: number;
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

/**
 * The first indicator (catalogue order, then pattern order) with a column pattern matching the
 * normalised `columnName`, with the direction of that kind of column; null when none matches.
 */
export function suggestIndicatorForColumn(columnName: string, catalogue: IndicatorCatalogue = BUILT_IN_INDICATOR_CATALOGUE): ColumnSuggestion | null {
  const name = normaliseColumnName(columnName);
  for (const indicator of catalogue.indicators) {
    const patternIndex = indicator.columnPatterns.findIndex((candidate) => matches(candidate, name));
    if (patternIndex < 0) continue;
    const pattern = indicator.columnPatterns[patternIndex];
    const direction = pattern.direction === undefined ? indicator.direction : pattern.direction === 'unknown' ? null : pattern.direction;
    return { indicatorId: indicator.id, direction, note: pattern.note ?? null, patternIndex };
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
 * to the first column. Result in catalogue order; indicators with no such column are absent.
 */
export function chooseDefaultColumns(columnNames: readonly string[], catalogue: IndicatorCatalogue = BUILT_IN_INDICATOR_CATALOGUE): DefaultColumn[] {
  const best = new Map<string, { column: string; direction: CohesionDirection; patternIndex: number }>();
  for (const column of columnNames) {
    const suggestion = suggestIndicatorForColumn(column, catalogue);
    if (!suggestion || suggestion.direction === null) continue;
    const current = best.get(suggestion.indicatorId);
    if (!current || suggestion.patternIndex < current.patternIndex) best.set(suggestion.indicatorId, { column, direction: suggestion.direction, patternIndex: suggestion.patternIndex });
  }
  return catalogue.indicators.flatMap((indicator) => {
    const chosen = best.get(indicator.id);
    return chosen ? [{ column: chosen.column, indicatorId: indicator.id, direction: chosen.direction }] : [];
  });
}
