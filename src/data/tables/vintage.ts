/**
 * Explaining (as codes with parameters, worded by the catalogue's `vintage.*` entries) why a table's codes and the loaded boundaries' codes do not line up: LSOA
 * vintages (2001 → 2011 → 2021), ward boundary reviews, a different geographic level, or no overlap.
 */
import type { AreaLevel, VintageNote, VintageText } from '../../types';
import { listFirst } from '../importers/messages';

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

/** The code ranges of each level, as shown beside its name ("E01…/W01…"). */
const LEVEL_CODES: Record<AreaLevel, string> = { lsoa: 'E01…/W01…', ward: 'E05…/W05…', 'local-authority': 'E06–E09…/W06…', other: '—' };

/** Nations as the first letter of their codes ("E,W"), which the catalogue words as a list of names. */
function nationLetters(codes: Iterable<string>): string {
  return [...new Set([...codes].map((code) => code.charAt(0)))].join(',');
}

/** The comparison narrowed to the nations the table covers, and the loaded areas left outside them. */
interface NationScope {
  covered: CodeComparison;
  outside: string[];
  /** The nations of the table (code letters), when areas elsewhere were set aside, else ''. */
  nations: string;
}

function scopeToTableNations(comparison: CodeComparison): NationScope {
  const nations = new Set(comparison.tableCodes.map((code) => code.charAt(0)));
  const inTable = (code: string) => nations.has(code.charAt(0));
  const outside = comparison.areasOnly.filter((code) => !inTable(code));
  if (outside.length === 0) return { covered: comparison, outside, nations: '' };
  const covered = { ...comparison, areaCodes: comparison.areaCodes.filter(inTable), areasOnly: comparison.areasOnly.filter(inTable) };
  return { covered, outside, nations: [...nations].join(',') };
}

function outsideText(scope: NationScope, tableCodes: readonly string[], level: AreaLevel): VintageText {
  return { code: 'outside', params: { count: scope.outside.length, level, levels: level, outsideNations: nationLetters(scope.outside), nations: nationLetters(tableCodes) } };
}

function missingTexts(comparison: CodeComparison, level: AreaLevel, nations: string): VintageText[] {
  const { areasOnly, areaCodes, tableOnly } = comparison;
  const params = { count: areasOnly.length, total: areaCodes.length, level, levels: level, codes: listFirst(areasOnly), nations };
  const missing: VintageText = { code: nations ? 'missing-in' : 'missing', params };
  return tableOnly.length === 0 ? [missing] : [missing, { code: 'table-extra', params: { count: tableOnly.length, levels: level } }];
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

function lsoaNote(comparison: CodeComparison, nations: string): VintageNote | null {
  const { table, areas } = guessVintages(comparison);
  const known = table !== undefined || areas !== undefined;
  if (!known && !mostAreasMatch(comparison)) return null;
  const guess: VintageText = known ? { code: 'lsoa-guess', params: { tableVintage: table ?? 'older', areasVintage: areas ?? 'older' } } : { code: 'lsoa-unknown', params: {} };
  const texts = [...missingTexts(comparison, 'lsoa', nations), guess];
  return { kind: 'lsoa-vintage', tableLevel: comparison.tableLevel, areasLevel: comparison.areasLevel, ...(table ? { tableVintage: table } : {}), ...(areas ? { areasVintage: areas } : {}), texts };
}

function wardNote(comparison: CodeComparison, nations: string): VintageNote | null {
  if (!mostAreasMatch(comparison)) return null;
  const texts: VintageText[] = [...missingTexts(comparison, 'ward', nations), { code: 'ward', params: {} }];
  return { kind: 'ward-vintage', tableLevel: comparison.tableLevel, areasLevel: comparison.areasLevel, texts };
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
    const params = { tableLevel, tableCodes: LEVEL_CODES[tableLevel], areasLevel, areasLevels: areasLevel, areasCodes: LEVEL_CODES[areasLevel], count: matched };
    return { kind: 'level-mismatch', ...base, texts: [{ code: matched === 0 ? 'level-mismatch-none' : 'level-mismatch', params }] };
  }
  if (matched === 0) {
    const params = { tableCount: comparison.tableCodes.length, areaCount: comparison.areaCodes.length, codes: listFirst(comparison.tableCodes.slice(0, 3)) };
    return { kind: 'no-overlap', ...base, texts: [{ code: 'no-overlap', params }] };
  }
  const scope = scopeToTableNations(comparison);
  const { covered, nations } = scope;
  let note: VintageNote | null = null;
  if (covered.areasOnly.length > 0 && tableLevel === 'lsoa' && areasLevel === 'lsoa') note = lsoaNote(covered, nations);
  if (covered.areasOnly.length > 0 && tableLevel === 'ward' && areasLevel === 'ward') note = wardNote(covered, nations);
  if (scope.outside.length === 0) return note;
  const outside = outsideText(scope, comparison.tableCodes, areasLevel);
  return note ? { ...note, texts: [...note.texts, outside] } : { kind: 'other-nation', ...base, texts: [outside] };
}
