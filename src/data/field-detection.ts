/**
 * Summarising property columns and guessing which one holds the area code and which the area name,
 * from column names (case-insensitive) and from the shape of the values (ONS GSS codes).
 */
import type { FieldDetection, FieldSummary, FieldValue } from '../types';

/** Anything with properties: area features, or CSV rows wrapped as `{ properties: row }`. */
export interface PropertyRecord {
  properties: Readonly<Record<string, FieldValue>>;
}

/**
 * ONS GSS code: a letter for the nation and 8 digits (E01000001). Our generated example data uses the
 * same shape with `X` (X01… LSOA-like, X05… ward-like, X06… authority-like), so `X` is accepted too.
 */
export const GSS_CODE_PATTERN = /^[EWSNX]\d{8}$/;

const PLAIN_NUMBER = /^[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?$/;
const GROUPED_NUMBER = /^[+-]?\d{1,3}(,\d{3})+(\.\d+)?$/;

/**
 * A property value as a finite number: numbers as they are, numeric strings (including thousands
 * separators such as "12,345.6") parsed; empty, non-numeric and boolean values give null.
 */
export function parseNumericValue(value: FieldValue | undefined): number | null {
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  if (typeof value !== 'string') return null;
  const text = value.trim();
  if (PLAIN_NUMBER.test(text)) return Number(text);
  if (GROUPED_NUMBER.test(text)) return Number(text.replace(/,/g, ''));
  return null;
}

function isFilled(value: FieldValue | undefined): value is string | number | boolean {
  return value !== null && value !== undefined && !(typeof value === 'string' && value.trim() === '');
}

/** Every property name in first-seen order, with how full, numeric and varied its values are. */
export function summariseFields(features: ReadonlyArray<PropertyRecord>): FieldSummary[] {
  const stats = new Map<string, { filled: number; numeric: number; distinct: Set<string> }>();
  for (const feature of features) {
    for (const [name, value] of Object.entries(feature.properties)) {
      let entry = stats.get(name);
      if (!entry) stats.set(name, (entry = { filled: 0, numeric: 0, distinct: new Set() }));
      if (!isFilled(value)) continue;
      entry.filled += 1;
      if (parseNumericValue(value) !== null) entry.numeric += 1;
      entry.distinct.add(String(value));
    }
  }
  return [...stats].map(([name, { filled, numeric, distinct }]) => ({
    name,
    kind: filled === 0 ? 'empty' : numeric === filled ? 'numeric' : 'text',
    filled,
    numeric,
    distinct: distinct.size,
  }));
}

/** Column names that usually hold area codes: LSOA21CD, WD13CD, lad22cd, "geography code", small_area… */
const CODE_NAME_PATTERN =
  /^((lsoa|msoa|oa|wd|ward|lad|lau|ltla|utla|ctyua|cty|cmlad|pcon|ced|dz|iz|rgn|ctry|ccg|sa)\d{0,4}_?(cd|code)|(lsoa|msoa|ward|lad|la|area|gss|ons|geography|geo|small_area|dz)[ _]?(code|cd)|small_area|areacode|gsscode|code|label)$/i;
/** Column names that usually hold area names: LSOA21NM, WD13NM, name, label, "geography"… (Welsh …NMW lower). */
const NAME_NAME_PATTERN =
  /^((lsoa|msoa|oa|wd|ward|lad|lau|ltla|utla|ctyua|cty|pcon|ced|dz|iz|rgn|ctry|sa)\d{0,4}_?(nm|name)|(lsoa|msoa|ward|lad|la|area|geography|small_area|dz)[ _]?(name|nm)|name|areaname|label|geography)$/i;
const WELSH_NAME_PATTERN = /nmw$/i;

interface ColumnValues {
  filled: number;
  distinct: number;
  gssShaped: number;
}

function columnValues(features: ReadonlyArray<PropertyRecord>, name: string): ColumnValues {
  const distinct = new Set<string>();
  let filled = 0;
  let gssShaped = 0;
  for (const feature of features) {
    const value = feature.properties[name];
    if (!isFilled(value)) continue;
    filled += 1;
    const text = String(value).trim();
    distinct.add(text);
    if (GSS_CODE_PATTERN.test(text)) gssShaped += 1;
  }
  return { filled, distinct: distinct.size, gssShaped };
}

function codeScore(name: string, values: ColumnValues): number | null {
  if (values.filled === 0) return null;
  const gssShare = values.gssShaped / values.filled;
  const uniqueShare = values.distinct / values.filled;
  const nameMatches = CODE_NAME_PATTERN.test(name.trim());
  if (!nameMatches && gssShare < 0.5) return null;
  // Mostly GSS-shaped and unique beats any name match (STYLE: join on codes; the values decide).
  const gssUnique = gssShare >= 0.9 && uniqueShare >= 0.99 ? 100 : 0;
  return gssUnique + (nameMatches ? 40 : 0) + gssShare * 20 + uniqueShare * 10;
}

function nameScore(name: string, values: ColumnValues, codeField: string | null): number | null {
  if (values.filled === 0 || name === codeField || values.gssShaped / values.filled >= 0.5) return null;
  if (!NAME_NAME_PATTERN.test(name.trim()) && !WELSH_NAME_PATTERN.test(name.trim())) return null;
  const welsh = WELSH_NAME_PATTERN.test(name.trim());
  // The name column that shares the code column's prefix (WD13CD → WD13NM) is the one we want.
  const prefix = codeField?.replace(/_?(cd|code)$/i, '').toLowerCase();
  const sharesPrefix = prefix !== undefined && prefix !== '' && name.toLowerCase().startsWith(prefix) ? 20 : 0;
  return (welsh ? 0 : 50) + sharesPrefix + (values.distinct / values.filled) * 10;
}

function ranked(scores: Map<string, number>): string[] {
  return [...scores].sort((a, b) => b[1] - a[1]).map(([name]) => name);
}

/**
 * Ranks candidate code and name columns. A column whose values are mostly GSS-shaped and unique wins over a
 * column that only has a code-like name; English names (…NM) rank above Welsh (…NMW).
 */
export function detectAreaFields(features: ReadonlyArray<PropertyRecord>, fields: ReadonlyArray<FieldSummary>): FieldDetection {
  const values = new Map(fields.map((field) => [field.name, columnValues(features, field.name)]));
  const codeScores = new Map<string, number>();
  for (const field of fields) {
    const score = codeScore(field.name, values.get(field.name)!);
    if (score !== null) codeScores.set(field.name, score);
  }
  const codeCandidates = ranked(codeScores);
  const codeField = codeCandidates[0] ?? null;
  const nameScores = new Map<string, number>();
  for (const field of fields) {
    const score = nameScore(field.name, values.get(field.name)!, codeField);
    if (score !== null) nameScores.set(field.name, score);
  }
  const nameCandidates = ranked(nameScores);
  return { codeField, nameField: nameCandidates[0] ?? null, codeCandidates, nameCandidates };
}

/**
 * The column of Welsh area names paired with the chosen name column (ONS files give both: WD13NM and
 * WD13NMW, LAD13NM and LAD13NMW), used when the interface is in Welsh; null when the file has none.
 */
export function detectWelshNameField(fields: ReadonlyArray<FieldSummary>, nameField: string | null): string | null {
  const filled = fields.filter((field) => field.kind === 'text' && field.filled > 0);
  if (nameField) {
    const paired = filled.find((field) => field.name.toLowerCase() === `${nameField.toLowerCase()}w`);
    if (paired) return paired.name;
  }
  return filled.find((field) => WELSH_NAME_PATTERN.test(field.name) || /^(.*[_ ])?(name|nm)[_ ]?(cy|welsh)$/i.test(field.name))?.name ?? null;
}

