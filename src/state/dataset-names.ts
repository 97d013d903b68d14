/**
 * Readable names for loaded datasets, from what they are rather than their file names (issue 15):
 * "LSOAs 2011 · Caerphilly", "Police recorded crime · Gwent · Jan – Dec 2021", "Census 2021 TS001: Usual
 * residents". Given once, when a dataset is loaded, in the interface language; the user can rename it.
 * Pure: the locale is a parameter.
 */
import { localeTags, translate, type Locale, type MessageKey } from '../i18n/translate';
import { WELSH_AUTHORITIES } from '../data/authorities/welsh-authorities';
import type { AreaLevel } from '../types/area';
import type { AreaAuthority, AreaVintage } from '../types/authority';

/** An authority's name in the interface language: the 22 Welsh principal areas have Welsh names. */
export function authorityName(authority: { code: string; name: string }, locale: Locale): string {
  if (locale !== 'cy') return authority.name;
  const known = WELSH_AUTHORITIES.find((a) => a.code === authority.code || a.name === authority.name);
  return known?.nameCy ?? authority.name;
}

/** The place a dataset covers: one to three authorities by name, more as a count. */
function placeOf(authorities: ReadonlyArray<AreaAuthority>, locale: Locale): string {
  const named = authorities.filter((a) => a.name);
  if (named.length === 0) return '';
  if (named.length <= 3) return named.map((a) => authorityName(a, locale)).join(', ');
  return translate(locale, 'name.authorities', { count: named.length });
}

const LEVEL_WORDS: Record<AreaLevel, MessageKey> = {
  lsoa: 'name.level.lsoa',
  ward: 'name.level.ward',
  'local-authority': 'name.level.local-authority',
  other: 'name.level.other',
};

/** "LSOAs 2011 · Caerphilly": the level, the boundary vintage when known, and the authorities covered. */
export function nameAreaDataset(dataset: { level: AreaLevel; vintage?: AreaVintage | null; authorities?: AreaAuthority[] }, locale: Locale): string {
  const level = translate(locale, LEVEL_WORDS[dataset.level]);
  const what = dataset.vintage ? `${level} ${dataset.vintage.year}` : level;
  const place = placeOf(dataset.authorities ?? [], locale);
  return place ? `${what} · ${place}` : what;
}

/** "Jan – Dec 2021", "Dec 2020 – Mar 2021" or "Jan 2021": the months from `fromMs` to `toMs` (UTC). */
export function monthSpan(fromMs: number, toMs: number, locale: Locale): string {
  if (!Number.isFinite(fromMs) || !Number.isFinite(toMs)) return '';
  const tag = localeTags[locale];
  const monthYear = new Intl.DateTimeFormat(tag, { month: 'short', year: 'numeric', timeZone: 'UTC' });
  const month = new Intl.DateTimeFormat(tag, { month: 'short', timeZone: 'UTC' });
  const from = new Date(fromMs);
  const to = new Date(toMs);
  const sameMonth = from.getUTCFullYear() === to.getUTCFullYear() && from.getUTCMonth() === to.getUTCMonth();
  if (sameMonth) return monthYear.format(from);
  const sameYear = from.getUTCFullYear() === to.getUTCFullYear();
  return `${sameYear ? month.format(from) : monthYear.format(from)} – ${monthYear.format(to)}`;
}

/** A police force from police.uk file names ("2021-01-south-wales-street.csv" → "South Wales"), or null. */
export function policeForce(files: ReadonlyArray<string>): string | null {
  for (const file of files) {
    const match = /^\d{4}-\d{2}-([a-z-]+?)-street\.csv$/i.exec(file.replace(/^.*[\\/]/, ''));
    if (match) return match[1].split('-').map((word) => word.charAt(0).toUpperCase() + word.slice(1)).join(' ');
  }
  return null;
}

/** "Police recorded crime · Gwent · Jan – Dec 2021" for police.uk street files, else "Incidents · <months>". */
export function nameIncidentDataset(files: ReadonlyArray<string>, timeMs: ArrayLike<number>, locale: Locale): string {
  let first = Infinity;
  let last = -Infinity;
  for (let i = 0; i < timeMs.length; i++) {
    const time = timeMs[i];
    if (!Number.isFinite(time)) continue;
    if (time < first) first = time;
    if (time > last) last = time;
  }
  const months = monthSpan(first, last, locale);
  const force = policeForce(files);
  const parts = force ? [translate(locale, 'name.policeCrime'), force] : [translate(locale, 'name.incidents')];
  return [...parts, months].filter(Boolean).join(' · ');
}

/** Census 2021 topic summaries whose titles the catalogue holds, by table number. */
const CENSUS_TITLES: Readonly<Record<string, MessageKey>> = {
  '001': 'name.census.ts001',
  '004': 'name.census.ts004',
  '011': 'name.census.ts011',
  '021': 'name.census.ts021',
  '030': 'name.census.ts030',
};

/** Publications recognised from their usual file names, with their title and edition. */
const PUBLICATIONS: ReadonlyArray<{ pattern: RegExp; name: (match: RegExpExecArray, locale: Locale) => string }> = [
  {
    pattern: /census[-_ ]?2021[-_ ]?ts[-_ ]?(\d{3})/i,
    name: (m, locale) => {
      const table = `TS${m[1]}`;
      const titleKey = CENSUS_TITLES[m[1]];
      return titleKey ? translate(locale, 'name.censusTitled', { table, title: translate(locale, titleKey) }) : translate(locale, 'name.census', { table });
    },
  },
  { pattern: /wimd[-_ ]?(\d{4})/i, name: (m, locale) => translate(locale, 'name.wimd', { year: m[1] }) },
  { pattern: /imd[-_ ]?(\d{4})/i, name: (m, locale) => translate(locale, 'name.imd', { year: m[1] }) },
];

/** A table's name from its publication when the file name says which ("census2021-ts001-lsoa.csv"), or null. */
export function nameTable(fileName: string, locale: Locale): string | null {
  for (const publication of PUBLICATIONS) {
    const match = publication.pattern.exec(fileName);
    if (match) return publication.name(match, locale);
  }
  return null;
}
