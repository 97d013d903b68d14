/**
 * Which column of an indicator table holds the area code, the area name, the period and (long tables) the
 * indicator name and value, from the column names (case-insensitive) and the values (GSS codes).
 */
import { GSS_CODE_PATTERN } from '../field-detection';
import { cellText, type GridRow } from './cell-values';

/** Columns by role, as indexes into the header. Null when the table has no such column. */
export interface ColumnRoles {
  code: number;
  name: number | null;
  period: number | null;
  indicator: number | null;
  value: number | null;
  /** Other columns that identify rather than measure: further GSS code columns, row ids. */
  identifiers: number[];
}

/** Rows sampled from the top of the data to judge columns by their values. */
export const ROLE_SAMPLE_ROWS = 2000;

/** "LSOA Code", "lsoa11_code", "WD19CD", "geography code", "ward_code", "Area code"… after `normaliseName`. */
const CODE_NAME = /^((lsoa|msoa|oa|wd|ward|lad|la|lau|ltla|utla|ctyua|cty|pcon|ced|dz|iz|rgn|ctry|sa|small area|geography|geo|area|gss|ons|local authority|electoral ward|output area)\s?\d{0,4}\s?(cd|code)|code|areacode|gsscode|gss)$/;
/** "LSOA Name", "lsoa11_name", "WD19NM", "geography", "Geography label", "Area name"… */
const NAME_NAME = /^((lsoa|msoa|oa|wd|ward|lad|la|lau|ltla|utla|pcon|ced|dz|iz|sa|small area|geography|geo|area|local authority|electoral ward)\s?\d{0,4}\s?(nm|name|label)|name|areaname|geography|label)$/;
const WELSH_NAME = /(nmw|\scym|\swelsh)$/;
const PERIOD_NAME = /^(period|year|date|time|time period|yr|financial year|reference year|census year|year ending|edition|release year)$/;
const INDICATOR_NAME = /^(indicator|indicator name|measure|measures|measure name|variable|variable name|metric|statistic|series)$/;
const VALUE_NAME = /^(value|values|obs value|observation|observation value|val)$/;
const ID_NAME = /^(fid|objectid|object id|id|row|row number|rownum)$/;
/** Code columns of a containing area (TS004's "Parent area code"), never the row's own area. */
const PARENT_NAME = /parent|higher|containing/;

/** Lower-case, with underscores, hyphens and runs of spaces as one space, and "(Eng)"-style notes dropped. */
export function normaliseName(name: string): string {
  return name.toLowerCase().replace(/\((eng|english|cym|welsh)\)/g, (_, language: string) => (language.startsWith('c') || language === 'welsh' ? 'cym' : '')).replace(/[_\s-]+/g, ' ').trim();
}

interface ColumnSample {
  filled: number;
  distinct: number;
  gss: number;
}

function sampleColumn(rows: readonly GridRow[], column: number): ColumnSample {
  const distinct = new Set<string>();
  let filled = 0;
  let gss = 0;
  for (const row of rows) {
    const text = cellText(row[column]);
    if (text === '') continue;
    filled += 1;
    distinct.add(text);
    if (GSS_CODE_PATTERN.test(text)) gss += 1;
  }
  return { filled, distinct: distinct.size, gss };
}

function codeScore(name: string, sample: ColumnSample): number | null {
  if (sample.filled === 0) return null;
  const gssShare = sample.gss / sample.filled;
  const nameMatches = CODE_NAME.test(name);
  if (!nameMatches && gssShare < 0.5) return null;
  // Values decide first (mostly GSS codes), then how many distinct areas (an LSOA column beats its LAD
  // column), then the name. A parent-area column loses to the row's own code column.
  return (gssShare >= 0.8 ? 100 : gssShare * 50) + (sample.distinct / sample.filled) * 40 + (nameMatches ? 30 : 0) - (PARENT_NAME.test(name) ? 60 : 0);
}

/**
 * Scores a candidate name column. It must name about as many distinct things as the code column has
 * (an LSOA table's "lad04_name" names local authorities, not the rows' areas).
 */
function nameScore(name: string, sample: ColumnSample, codeName: string, codeSample: ColumnSample): number | null {
  if (sample.distinct < codeSample.distinct * 0.8) return null;
  const withoutWelsh = name.replace(/nmw$/, 'nm').replace(/\s(cym|welsh)$/, '');
  if (sample.filled === 0 || sample.gss / sample.filled >= 0.5 || !NAME_NAME.test(withoutWelsh)) return null;
  const prefix = codeName.replace(/\s?(cd|code)$/, '').trim();
  const sharesPrefix = prefix !== '' && name.startsWith(prefix) ? 20 : 0;
  return (WELSH_NAME.test(name) ? 0 : 50) + sharesPrefix + (sample.distinct / sample.filled) * 40 - (PARENT_NAME.test(name) ? 60 : 0);
}

function best(scores: Map<number, number>): number | null {
  let top: number | null = null;
  for (const [column, score] of scores) if (top === null || score > scores.get(top)!) top = column;
  return top;
}

/** The code column ranked best, or null when no column has GSS codes or a code-like name. */
export function detectCodeColumn(columns: readonly string[], rows: readonly GridRow[]): number | null {
  const scores = new Map<number, number>();
  columns.forEach((column, index) => {
    const score = codeScore(normaliseName(column), sampleColumn(rows, index));
    if (score !== null) scores.set(index, score);
  });
  return best(scores);
}

function firstNamed(columns: readonly string[], pattern: RegExp, taken: ReadonlySet<number>): number | null {
  const index = columns.findIndex((column, at) => !taken.has(at) && pattern.test(normaliseName(column)));
  return index === -1 ? null : index;
}

/**
 * Assigns roles given the code column: the best name column, a period column by name (period, year, date…),
 * and, for long tables, an indicator-name column (indicator, measure, variable…) with a value column.
 */
export function detectColumnRoles(columns: readonly string[], rows: readonly GridRow[], code: number): ColumnRoles {
  const samples = columns.map((_, index) => sampleColumn(rows, index));
  const codeName = normaliseName(columns[code]);
  const nameScores = new Map<number, number>();
  columns.forEach((column, index) => {
    const score = index === code ? null : nameScore(normaliseName(column), samples[index], codeName, samples[code]);
    if (score !== null) nameScores.set(index, score);
  });
  const name = best(nameScores);
  const taken = new Set([code, ...(name === null ? [] : [name])]);
  const period = firstNamed(columns, PERIOD_NAME, taken);
  if (period !== null) taken.add(period);
  const indicator = firstNamed(columns, INDICATOR_NAME, taken);
  const value = indicator === null ? null : firstNamed(columns, VALUE_NAME, new Set([...taken, indicator]));
  const identifiers = columns.flatMap((column, index) => {
    if (taken.has(index)) return [];
    const sample = samples[index];
    const isCodeColumn = sample.filled > 0 && sample.gss / sample.filled >= 0.5;
    return isCodeColumn || ID_NAME.test(normaliseName(column)) ? [index] : [];
  });
  return { code, name, period, indicator: value === null ? null : indicator, value, identifiers };
}
