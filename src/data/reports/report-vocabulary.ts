/**
 * The closed lists of a tension report (the guide's eight tension types, source kinds, status of the
 * information, source reliability), with the English words partners' files and form exports use for them.
 * Files are matched ignoring case, punctuation and "&" for "and"; the catalogue words them for the interface.
 */
import type { InformationStatus, ReportSourceKind, SourceReliability, TensionType } from '../../types';

/** The guide's tension types, in its order. */
export const TENSION_TYPES: readonly TensionType[] = [
  'political',
  'community',
  'immigration-asylum-refugees',
  'racial-religious',
  'criminal',
  'national-international',
  'future',
  'organisational-capacity',
];

export const SOURCE_KINDS: readonly ReportSourceKind[] = ['resident', 'area-worker', 'own-observation', 'partner-agency', 'media', 'social-media', 'other'];

export const INFORMATION_STATUSES: readonly InformationStatus[] = ['experienced', 'evidenced', 'potential'];

export const SOURCE_RELIABILITIES: readonly SourceReliability[] = ['reliable', 'untested', 'not-reliable'];

/** The words written in the template and accepted on import, first the one the template writes. */
const WORDS: Readonly<Record<TensionType | ReportSourceKind | InformationStatus | SourceReliability, readonly string[]>> = {
  political: ['Political'],
  community: ['Community'],
  'immigration-asylum-refugees': ['Immigration, asylum and refugees', 'Immigration', 'Asylum', 'Refugees'],
  'racial-religious': ['Racial and religious', 'Racial', 'Religious', 'Race and religion'],
  criminal: ['Criminal', 'Crime'],
  'national-international': ['National and international', 'National', 'International'],
  future: ['Future'],
  'organisational-capacity': ['Organisational capacity', 'Organizational capacity', 'Capacity'],
  resident: ['Resident', 'Member of the public', 'Community member'],
  'area-worker': ['Someone working in the area', 'Worker in the area', 'Frontline worker', 'Staff'],
  'own-observation': ['Own observation', 'Observed', 'Observation'],
  'partner-agency': ['Partner agency', 'Partner', 'Agency'],
  media: ['Media', 'Press', 'News'],
  'social-media': ['Social media', 'Online'],
  other: ['Other'],
  experienced: ['Experienced'],
  evidenced: ['Evidenced'],
  potential: ['Potential'],
  reliable: ['Reliable'],
  untested: ['Untested', 'Not known', 'Unknown'],
  'not-reliable': ['Not reliable', 'Unreliable'],
};

function wordKey(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/[^a-z0-9]+/g, ' ').trim();
}

/** The word the template writes for a value. */
export function reportWord(value: keyof typeof WORDS): string {
  return WORDS[value][0];
}

/** Reads one cell as one of `values` by its words; null when it names none of them. */
export function readReportWord<T extends keyof typeof WORDS>(cell: string, values: readonly T[]): T | null {
  const key = wordKey(cell);
  if (key === '') return null;
  return values.find((value) => WORDS[value].some((word) => wordKey(word) === key)) ?? null;
}

/**
 * Reads a list cell ("Political; Criminal", or a form tool's "Political;Criminal;"): the values named, and the
 * parts naming none. Parts are separated by ";", "|" or new lines (commas belong to "Immigration, asylum and refugees").
 */
export function readReportWords<T extends keyof typeof WORDS>(cell: string, values: readonly T[]): { found: T[]; unknown: string[] } {
  const found: T[] = [];
  const unknown: string[] = [];
  for (const part of cell.split(/[;|\n]/).map((p) => p.trim()).filter(Boolean)) {
    const value = readReportWord(part, values);
    if (value === null) unknown.push(part);
    else if (!found.includes(value)) found.push(value);
  }
  return { found, unknown };
}
