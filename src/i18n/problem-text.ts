/**
 * Words for problems found in data: importers, workers and analyses return a code with plain parameters
 * (src/types ProblemParams), never text; this module words them from the catalogue, in either language.
 * Pure (no React, no store), so the interface and the node CLI (which reads English) word them alike.
 * It reads the problem by shape only, because the catalogue imports nothing (test/eslint.config.js).
 */
import { catalogueFor, localeTags, translate, type Locale, type MessageKey, type MessageParams } from './translate';

/** Which catalogue family a problem belongs to: `<kind>.<code>[.<detail>]`. */
export type ProblemKind = 'importError' | 'importWarning' | 'rowNote' | 'tableRejected' | 'tensionRejected' | 'vintage' | 'progress' | 'workspaceDamage';

/** A problem as data: its code, an optional wording variant, and the values it is worded from. */
export interface ProblemText {
  code: string;
  detail?: string;
  params?: MessageParams;
  /** What was found in the rows concerned (`rowNote.<code>`), worded after the problem's own text. */
  notes?: ReadonlyArray<ProblemText>;
}

/** The catalogue key of a problem's main text. */
export function problemKey(kind: ProblemKind, problem: ProblemText): string {
  return problem.detail ? `${kind}.${problem.code}.${problem.detail}` : `${kind}.${problem.code}`;
}

function has(locale: Locale, key: string): key is MessageKey {
  return Object.prototype.hasOwnProperty.call(catalogueFor(locale), key);
}

/**
 * Parameters that name a kind of thing rather than a value from the file ("expected": 'geojson-areas'),
 * by the family of catalogue words (`problemWord.<family>.<value>`) that words them.
 */
const WORDED_PARAMS: Readonly<Record<string, string>> = {
  expected: 'expected',
  found: 'found',
  where: 'where',
  field: 'field',
  fields: 'fields',
  role: 'role',
  tensionReason: 'tensionReason',
  shouldBe: 'shouldBe',
  level: 'level',
  tableLevel: 'level',
  areasLevel: 'level',
  levels: 'levels',
  areasLevels: 'levels',
  tableVintage: 'vintage',
  areasVintage: 'vintage',
};

/** Parameters holding a list of nations as code letters ("E,W"), worded "England and Wales". */
const NATION_PARAMS = ['nations', 'outsideNations'];

function nationList(locale: Locale, letters: string): string {
  const name = (letter: string) => {
    const key = `problemWord.nation.${letter}`;
    return has(locale, key) ? translate(locale, key) : letter;
  };
  const names = letters.split(',').filter(Boolean).map(name);
  return names.length <= 1 ? (names[0] ?? '') : translate(locale, 'problemWord.listAnd', { items: names.slice(0, -1).join(', '), last: names[names.length - 1] });
}

/**
 * Parameters in the interface language: numbers read as counts ("2,696"), strings (names, years, rows)
 * stay as given, worded parameters with an entry `problemWord.<family>.<value>` take its words, and
 * nation lists become names.
 */
function localParams(locale: Locale, params: MessageParams | undefined): MessageParams {
  const format = new Intl.NumberFormat(localeTags[locale], { maximumFractionDigits: 3 });
  const plain: MessageParams = Object.fromEntries(Object.entries(params ?? {}).map(([name, value]) => [name, typeof value === 'number' ? format.format(value) : value]));
  const worded = Object.entries(params ?? {}).flatMap(([name, value]): [string, string][] => {
    if (NATION_PARAMS.includes(name)) return [[name, nationList(locale, String(value))]];
    const key = WORDED_PARAMS[name] === undefined ? '' : `problemWord.${WORDED_PARAMS[name]}.${String(value)}`;
    return has(locale, key) ? [[name, translate(locale, key, plain)]] : [];
  });
  return { ...plain, ...Object.fromEntries(worded) };
}

/**
 * Looks `key` up, using `key.one` when the `count` parameter is 1 and the catalogue has that entry
 * (English "1 row was" against "3 rows were"). Undefined when the catalogue has no such key.
 */
function wordKey(locale: Locale, key: string, params: MessageParams | undefined): string | undefined {
  const single = `${key}.one`;
  const chosen = params?.count === 1 && has(locale, single) ? single : key;
  return has(locale, chosen) ? translate(locale, chosen, localParams(locale, params)) : undefined;
}

/** A problem in words; an unknown code (a newer app's data) is shown as the code itself, never dropped. */
export function formatProblem(locale: Locale, kind: ProblemKind, problem: ProblemText): string {
  const text = wordKey(locale, problemKey(kind, problem), problem.params) ?? problem.code;
  return [text, ...(problem.notes ?? []).map((note) => formatProblem(locale, 'rowNote', note))].join(' ');
}

/** What the user can do about a problem (`<key>.hint` in the catalogue), when the catalogue says. */
export function formatProblemHint(locale: Locale, kind: ProblemKind, problem: ProblemText): string | undefined {
  return wordKey(locale, `${problemKey(kind, problem)}.hint`, problem.params);
}
