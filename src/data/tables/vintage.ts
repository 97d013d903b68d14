/**
 * Explaining in plain words why a table's codes and the loaded boundaries' codes do not line up: LSOA
 * vintages (2001 → 2011 → 2021), ward boundary reviews, a different geographic level, or no overlap.
 */
import type { AreaLevel, VintageNote } from '../../types';
import { countWith, formatCount } from '../importers/messages';

type LsoaVintage = '2001' | '2011' | '2021';

/**
 * LSOA code numbers first used in 2011 and in 2021, per nation. Codes up to the 2011 start existed in 2001
 * (E01000001–E01032482, W01000001–W01001896); 2011 added E01032483–E01033768 and W01001897–W01001958;
 * 2021 added E01033769 onwards and W01001959 onwards. Checked against IMD 2004/2010 (LSOA 2001), IMD 2019
 * and WIMD 2019 (LSOA 2011) and Census 2021 (LSOA 2021) tables.
 */
const FIRST_NEW_CODE: Record<string, { in2011: number; in2021: number }> = {
  E01: { in2011: 32_483, in2021: 33_769 },
  W01: { in2011: 1_897, in2021: 1_959 },
};

/** The LSOA vintage a code proves at least: '2021' or '2011' for codes first used then, else null. */
export function lsoaCodeEra(code: string): '2011' | '2021' | null {
  const ranges = FIRST_NEW_CODE[code.slice(0, 3)];
  if (!ranges) return null;
  const number = Number(code.slice(3));
  if (number >= ranges.in2021) return '2021';
  return number >= ranges.in2011 ? '2011' : null;
}

/** The newest LSOA vintage any of the codes proves; null when all codes already existed in 2001. */
export function newestLsoaEra(codes: Iterable<string>): '2011' | '2021' | null {
  let newest: '2011' | '2021' | null = null;
  for (const code of codes) {
    const era = lsoaCodeEra(code);
    if (era === '2021') return '2021';
    if (era === '2011') newest = '2011';
  }
  return newest;
}

/** What both sides of a code comparison hold, as counted by `matchTableToAreas`. */
export interface CodeComparison {
  tableCodes: readonly string[];
  areaCodes: readonly string[];
  tableLevel: AreaLevel;
  areasLevel: AreaLevel;
  matched: number;
  tableOnly: readonly string[];
  areasOnly: readonly string[];
}

const LEVEL_WORDS: Record<AreaLevel, { one: string; many: string; codes: string }> = {
  lsoa: { one: 'LSOA', many: 'LSOAs', codes: 'E01…/W01…' },
  ward: { one: 'ward', many: 'wards', codes: 'E05…/W05…' },
  'local-authority': { one: 'local authority', many: 'local authorities', codes: 'E06–E09…/W06…' },
  other: { one: 'area', many: 'areas', codes: 'other' },
};

function examples(codes: readonly string[]): string {
  const shown = codes.slice(0, 5).join(', ');
  return codes.length > 5 ? `${shown} and ${formatCount(codes.length - 5)} more` : shown;
}

/** The comparison narrowed to the nations the table covers, and the loaded areas left outside them. */
interface NationScope {
  covered: CodeComparison;
  outside: string[];
  /** " in Wales" when areas elsewhere were set aside, else "". */
  where: string;
}

const NATION_NAMES: Record<string, string> = { E: 'England', W: 'Wales', S: 'Scotland', N: 'Northern Ireland', X: 'the example area' };

function nationList(letters: Iterable<string>): string {
  const names = [...letters].map((letter) => NATION_NAMES[letter] ?? `codes starting ${letter}`);
  return names.length <= 1 ? (names[0] ?? '') : `${names.slice(0, -1).join(', ')} and ${names[names.length - 1]}`;
}

function scopeToTableNations(comparison: CodeComparison): NationScope {
  const nations = new Set(comparison.tableCodes.map((code) => code.charAt(0)));
  const inTable = (code: string) => nations.has(code.charAt(0));
  const outside = comparison.areasOnly.filter((code) => !inTable(code));
  if (outside.length === 0) return { covered: comparison, outside, where: '' };
  const covered = { ...comparison, areaCodes: comparison.areaCodes.filter(inTable), areasOnly: comparison.areasOnly.filter(inTable) };
  return { covered, outside, where: ` in ${nationList(nations)}` };
}

function outsideSentence(scope: NationScope, tableCodes: readonly string[], words: { one: string; many: string }): string {
  const outsideNations = new Set(scope.outside.map((code) => code.charAt(0)));
  const covers = nationList(new Set(tableCodes.map((code) => code.charAt(0))));
  return `${formatCount(scope.outside.length)} loaded ${scope.outside.length === 1 ? words.one : words.many} in ${nationList(outsideNations)} ${scope.outside.length === 1 ? 'has' : 'have'} no row because the table covers ${covers} only.`;
}

function missingSentence(comparison: CodeComparison, words: { one: string; many: string }, where: string): string {
  const { areasOnly, areaCodes, tableOnly } = comparison;
  const loaded = `${formatCount(areasOnly.length)} of the ${formatCount(areaCodes.length)} loaded ${words.many}${where} ${areasOnly.length === 1 ? 'has' : 'have'} no row in the table (${examples(areasOnly)})`;
  const extra = tableOnly.length === 0 ? '' : `, and ${countWith(tableOnly.length, "of the table's codes is", "of the table's codes are")} not among the loaded ${words.many}`;
  return `${loaded}${extra}.`;
}

const ERA_RANK = { none: 0, '2011': 1, '2021': 2 } as const;

/**
 * Guesses each side's vintage. The side proving a newer era is that era; the other side is its own era, or
 * 2001 when the newer side is 2011, or unknown ("older") when it is 2021. Nothing when both prove the same.
 */
function guessVintages(comparison: CodeComparison): { table?: LsoaVintage; areas?: LsoaVintage } {
  const tableEra = newestLsoaEra(comparison.tableCodes);
  const areasEra = newestLsoaEra(comparison.areaCodes);
  const [tableRank, areasRank] = [ERA_RANK[tableEra ?? 'none'], ERA_RANK[areasEra ?? 'none']];
  if (tableRank === areasRank) return {};
  const older = (own: '2011' | '2021' | null, newer: '2011' | '2021'): LsoaVintage | undefined => own ?? (newer === '2011' ? '2001' : undefined);
  if (tableRank > areasRank) return { table: tableEra!, areas: older(areasEra, tableEra!) };
  return { table: older(tableEra, areasEra!), areas: areasEra! };
}

/** With no sign of a vintage change, missing rows only point to one when most areas still match. */
function mostAreasMatch(comparison: CodeComparison): boolean {
  return comparison.areasOnly.length * 2 <= comparison.areaCodes.length;
}

function lsoaNote(comparison: CodeComparison, where: string): VintageNote | null {
  const { table, areas } = guessVintages(comparison);
  const known = table !== undefined || areas !== undefined;
  if (!known && !mostAreasMatch(comparison)) return null;
  const guess = known
    ? `the table seems to use ${table ?? 'older'} LSOA codes while the boundaries are ${areas ?? 'older'} LSOAs.`
    : 'the table may use 2021 codes while the boundaries are 2011 (or the reverse).';
  const message = `${missingSentence(comparison, LEVEL_WORDS.lsoa, where)} LSOA codes changed in 2011 and again in 2021 (areas split or merged): ${guess} Load boundaries of the same vintage as the table.`;
  return { kind: 'lsoa-vintage', tableLevel: comparison.tableLevel, areasLevel: comparison.areasLevel, ...(table ? { tableVintage: table } : {}), ...(areas ? { areasVintage: areas } : {}), message };
}

function wardNote(comparison: CodeComparison, where: string): VintageNote | null {
  if (!mostAreasMatch(comparison)) return null;
  const message = `${missingSentence(comparison, LEVEL_WORDS.ward, where)} Ward codes change whenever ward boundaries are reviewed, so the table probably uses wards of a different year from the boundaries (for example a 2019 ward table on 2013 ward boundaries). Load ward boundaries of the same year as the table.`;
  return { kind: 'ward-vintage', tableLevel: comparison.tableLevel, areasLevel: comparison.areasLevel, message };
}

/**
 * A note when loaded areas lack rows and the cause can be named, else null: every area has a row, or the
 * table covers only part of the areas with no sign of a vintage change (most areas unmatched, same era).
 * Areas in nations the table has no codes for (English LSOAs beside a Welsh table) are told apart.
 */
export function describeCodeMismatch(comparison: CodeComparison): VintageNote | null {
  const { tableLevel, areasLevel, matched, areasOnly } = comparison;
  if (areasOnly.length === 0) return null;
  const base = { tableLevel, areasLevel };
  if (tableLevel !== areasLevel && tableLevel !== 'other' && areasLevel !== 'other') {
    const [table, areas] = [LEVEL_WORDS[tableLevel], LEVEL_WORDS[areasLevel]];
    const message = `The table has ${table.one} codes (${table.codes}) but the loaded boundaries are ${areas.many} (${areas.codes}), so ${matched === 0 ? 'no rows join' : `only ${countWith(matched, 'row joins', 'rows join')}`}. Load ${table.one} boundaries for this table, or a ${areas.one}-level table.`;
    return { kind: 'level-mismatch', ...base, message };
  }
  if (matched === 0) {
    const message = `None of the table's ${formatCount(comparison.tableCodes.length)} codes is among the ${formatCount(comparison.areaCodes.length)} loaded areas: the table may cover a different place, or use another kind of code (e.g. ${examples(comparison.tableCodes.slice(0, 3))}).`;
    return { kind: 'no-overlap', ...base, message };
  }
  const scope = scopeToTableNations(comparison);
  const { covered, where } = scope;
  let note: VintageNote | null = null;
  if (covered.areasOnly.length > 0 && tableLevel === 'lsoa' && areasLevel === 'lsoa') note = lsoaNote(covered, where);
  if (covered.areasOnly.length > 0 && tableLevel === 'ward' && areasLevel === 'ward') note = wardNote(covered, where);
  if (scope.outside.length === 0) return note;
  const outside = outsideSentence(scope, comparison.tableCodes, LEVEL_WORDS[areasLevel]);
  return note ? { ...note, message: `${note.message} ${outside}` } : { kind: 'other-nation', ...base, message: outside };
}
