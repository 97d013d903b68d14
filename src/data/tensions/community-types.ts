/**
 * Community types of tension monitoring, as the Welsh Government cohesion guide's assessment form lists
 * them. A table's spelling is matched ignoring case, spacing and "&" for "and"; anything else is unknown
 * unless the user adds it to the list (never guessed).
 */

/** The standard community types, in the form's order. */
export const STANDARD_COMMUNITY_TYPES: readonly string[] = [
  'Ethnic',
  'Faith or religious',
  'New arrivals',
  'Generational',
  'Socio-economic',
  'LGBT',
  'Gypsies and Travellers',
  'Language groups',
];

/** Words that mark a row as the overall assessment, which the analysis derives from the communities. */
const OVERALL_KEYS = new Set(['overall', 'overall assessment', 'all', 'all communities']);

/** What a community cell names: a known type (its standard spelling), the overall row, or an unknown type. */
export type CommunityReading = { kind: 'type'; communityType: string } | { kind: 'overall' } | { kind: 'unknown' } | { kind: 'empty' };

function communityKey(text: string): string {
  return text.toLowerCase().replace(/&/g, ' and ').replace(/\s+/g, ' ').trim();
}

/** A reader for community cells: the standard types plus the user's own (`extraTypes`, spelt as given). */
export function createCommunityTypeReader(extraTypes: readonly string[] = []): (cell: string) => CommunityReading {
  const known = new Map<string, string>();
  for (const type of [...STANDARD_COMMUNITY_TYPES, ...extraTypes]) {
    const key = communityKey(type);
    if (key !== '' && !known.has(key)) known.set(key, type.trim());
  }
  return (cell) => {
    const key = communityKey(cell);
    if (key === '') return { kind: 'empty' };
    const communityType = known.get(key);
    if (communityType !== undefined) return { kind: 'type', communityType };
    return OVERALL_KEYS.has(key) ? { kind: 'overall' } : { kind: 'unknown' };
  };
}

/** The types present, standard ones in the form's order, then the user's own in `extraTypes` order. */
export function orderCommunityTypes(present: ReadonlySet<string>, extraTypes: readonly string[] = []): string[] {
  const ordered = [...STANDARD_COMMUNITY_TYPES, ...extraTypes.map((type) => type.trim())];
  return ordered.filter((type, index) => present.has(type) && ordered.indexOf(type) === index);
}
