/**
 * Community types of tension monitoring, as the Welsh Government cohesion guide's assessment form lists
 * them. A table's spelling is matched ignoring case, spacing, "&" for "and" and a trailing "groups" or
 * "communities" (the form's own labels: "Generational groups", "Socio-economic groups", "LGBT communities"),
 * plus a few spellings the guide and partner forms use; anything else is unknown unless the user adds it
 * to the list (never guessed).
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

/** Words that mark a row as the overall assessment: the group's recorded judgement of the area. */
const OVERALL_KEYS = new Set(['overall', 'overall assessment', 'overall rating', 'overall tension', 'overall judgement', 'all']);

/** What a community cell names: a known type (its standard spelling), the overall row, or an unknown type. */
export type CommunityReading = { kind: 'type'; communityType: string } | { kind: 'overall' } | { kind: 'unknown' } | { kind: 'empty' };

/** Other spellings of standard types (keys as `communityKey` writes them), from the guide and partner forms. */
const ALIASES: Readonly<Record<string, string>> = {
  faith: 'Faith or religious',
  religious: 'Faith or religious',
  'faith and religious': 'Faith or religious',
  'faith and religion': 'Faith or religious',
  'ethnicity and race': 'Ethnic',
  race: 'Ethnic',
  'socioeconomic': 'Socio-economic',
  age: 'Generational',
  'lgbt+': 'LGBT',
  'lgbtq+': 'LGBT',
  lgbtq: 'LGBT',
  'lesbian gay bisexual and transgender': 'LGBT',
  'gypsy and traveller': 'Gypsies and Travellers',
  'gypsy roma and traveller': 'Gypsies and Travellers',
  'gypsies roma and travellers': 'Gypsies and Travellers',
  language: 'Language groups',
  'refugees and asylum seekers': 'New arrivals',
  'migrants and new arrivals': 'New arrivals',
};

function communityKey(text: string): string {
  return text
    .toLowerCase()
    .replace(/&/g, ' and ')
    .replace(/[,/]/g, ' ')
    .replace(/-/g, ' ')
    .replace(/\s+/g, ' ')
    .trim()
    .replace(/ (groups?|communities|community)$/, '');
}

/** A reader for community cells: the standard types plus the user's own (`extraTypes`, spelt as given). */
export function createCommunityTypeReader(extraTypes: readonly string[] = []): (cell: string) => CommunityReading {
  const known = new Map<string, string>();
  for (const type of [...STANDARD_COMMUNITY_TYPES, ...extraTypes]) {
    const key = communityKey(type);
    if (key !== '' && !known.has(key)) known.set(key, type.trim());
  }
  for (const [key, type] of Object.entries(ALIASES)) if (!known.has(key)) known.set(key, type);
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
