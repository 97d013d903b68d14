/**
 * Checking an indicator catalogue (layers/indicator-catalogue.json, or the users' own proxies): every field
 * of every factor, proxy, dataset and column pattern, with each problem naming where it is.
 */
import type { CohesionFactorId, IndicatorCatalogue, IndicatorDefinition } from '../types/cohesion';

/** The eight factors of the guide, in the catalogue's order. */
export const COHESION_FACTOR_IDS: readonly CohesionFactorId[] = ['age', 'ethnicity', 'migration', 'deprivation', 'crime', 'education', 'occupation', 'disability'];

export type CatalogueValidation = { ok: true; value: IndicatorCatalogue } | { ok: false; problems: string[] };

const DIRECTIONS = new Set(['positive', 'negative']);
const PATTERN_DIRECTIONS = new Set(['positive', 'negative', 'unknown', 'by-measure']);
const INDICATOR_KEYS = new Set(['id', 'label', 'direction', 'description', 'association', 'laterEvidence', 'typicalSources', 'columnPatterns', 'proxies', 'custom', 'weight', 'unreliable']);
const PROXY_KEYS = new Set(['id', 'label', 'guideWording', 'direction', 'note', 'datasets', 'columnPatterns']);
const DATASET_KEYS = new Set(['name', 'owner', 'source', 'replaces']);
const PATTERN_KEYS = new Set(['pattern', 'direction', 'note']);
const FACTORS = new Set<string>(COHESION_FACTOR_IDS);

const isText = (value: unknown): value is string => typeof value === 'string' && value.trim() !== '';
const isRecord = (value: unknown): value is Record<string, unknown> => !!value && typeof value === 'object' && !Array.isArray(value);
const unknownKeys = (record: Record<string, unknown>, allowed: ReadonlySet<string>, where: string) => Object.keys(record).filter((key) => !allowed.has(key)).map((key) => `${where}: unknown field "${key}"`);

function patternProblems(raw: unknown, where: string): string[] {
  if (!isRecord(raw)) return [`${where}: expected an object { "pattern", "direction"?, "note"? }`];
  const problems = unknownKeys(raw, PATTERN_KEYS, where);
  if (!isText(raw.pattern)) problems.push(`${where}: "pattern" must be a non-empty regular expression`);
  else {
    try {
      new RegExp(raw.pattern, 'i');
    } catch (caught) {
      problems.push(`${where}: "pattern" is not a valid regular expression (${(caught as Error).message})`);
    }
  }
  if (raw.direction !== undefined && !PATTERN_DIRECTIONS.has(raw.direction as string)) problems.push(`${where}: "direction" must be positive, negative, unknown or by-measure`);
  if (raw.note !== undefined && !isText(raw.note)) problems.push(`${where}: "note" must be a non-empty string`);
  if ((raw.direction === 'unknown' || raw.direction === 'by-measure') && raw.note === undefined) problems.push(`${where}: a pattern with direction "${raw.direction}" needs a "note" saying why`);
  return problems;
}

function patternListProblems(raw: unknown, where: string): string[] {
  if (!Array.isArray(raw)) return [`${where}: "columnPatterns" must be a list`];
  return raw.flatMap((pattern, index) => patternProblems(pattern, `${where}, column pattern ${index + 1}`));
}

function datasetProblems(raw: unknown, where: string): string[] {
  if (!isRecord(raw)) return [`${where}: expected an object { "name", "owner", "source", "replaces"? }`];
  const problems = unknownKeys(raw, DATASET_KEYS, where);
  for (const key of ['name', 'owner', 'source'] as const) if (!isText(raw[key])) problems.push(`${where}: "${key}" must be a non-empty string`);
  if (raw.replaces !== undefined && !isText(raw.replaces)) problems.push(`${where}: "replaces" must be a non-empty string`);
  return problems;
}

function proxyProblems(raw: unknown, where: string): string[] {
  if (!isRecord(raw)) return [`${where}: expected an object`];
  const problems = unknownKeys(raw, PROXY_KEYS, where);
  if (!isText(raw.id)) problems.push(`${where}: "id" must be a non-empty string`);
  if (!isText(raw.label)) problems.push(`${where}: "label" must be a non-empty string`);
  if (raw.guideWording !== null && !isText(raw.guideWording)) problems.push(`${where}: "guideWording" must be the guide's wording or null`);
  if (raw.direction !== undefined && !['positive', 'negative', 'unknown'].includes(raw.direction as string)) problems.push(`${where}: "direction" must be positive, negative or unknown`);
  if (raw.direction === 'unknown' && !isText(raw.note)) problems.push(`${where}: a proxy with direction "unknown" needs a "note" saying why`);
  if (!Array.isArray(raw.datasets) || raw.datasets.length === 0) problems.push(`${where}: "datasets" must list at least one dataset`);
  else raw.datasets.forEach((dataset, index) => problems.push(...datasetProblems(dataset, `${where}, dataset ${index + 1}`)));
  problems.push(...patternListProblems(raw.columnPatterns, where));
  return problems;
}

function indicatorProblems(raw: unknown, where: string): string[] {
  if (!isRecord(raw)) return [`${where}: expected an object`];
  const p = raw;
  const problems = unknownKeys(p, INDICATOR_KEYS, where);
  if (p.custom !== undefined && typeof p.custom !== 'boolean') problems.push(`${where}: "custom" must be true or false`);
  if (p.custom !== true && isText(p.id) && !FACTORS.has(p.id)) problems.push(`${where}: "id" "${p.id}" is not one of the eight factors (${COHESION_FACTOR_IDS.join(', ')}); mark your own indicators "custom": true`);
  if (!isText(p.label)) problems.push(`${where}: "label" must be a non-empty string`);
  if (!DIRECTIONS.has(p.direction as string)) problems.push(`${where}: "direction" must be positive or negative`);
  if (!isText(p.description)) problems.push(`${where}: "description" must be a non-empty string`);
  if (p.association !== undefined && (!isRecord(p.association) || !isText(p.association.text) || typeof p.association.quotedFromGuide !== 'boolean')) problems.push(`${where}: "association" must be { "text", "quotedFromGuide": true or false }`);
  if (p.laterEvidence !== undefined && !isText(p.laterEvidence)) problems.push(`${where}: "laterEvidence" must be a non-empty string`);
  if (!Array.isArray(p.typicalSources) || !p.typicalSources.every(isText)) problems.push(`${where}: "typicalSources" must be a list of non-empty strings`);
  problems.push(...patternListProblems(p.columnPatterns, where));
  if (p.proxies !== undefined) {
    if (!Array.isArray(p.proxies)) problems.push(`${where}: "proxies" must be a list`);
    else p.proxies.forEach((proxy, index) => problems.push(...proxyProblems(proxy, `${where}, proxy ${index + 1}`)));
  }
  if (p.weight !== undefined && (typeof p.weight !== 'number' || !Number.isFinite(p.weight) || p.weight <= 0)) problems.push(`${where}: "weight" must be a number above 0`);
  if (p.unreliable !== undefined && typeof p.unreliable !== 'boolean') problems.push(`${where}: "unreliable" must be true or false`);
  return problems;
}

/**
 * Checks a catalogue (`{ "indicators": [...] }` or a bare list): every field of every indicator, proxy,
 * dataset and column pattern, unique ids, built-in ids from the eight factors and others marked `custom`.
 * Returns all problems found, each naming the indicator and field.
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
