/**
 * Reading a place file's category words into the closed set of place categories. The words are the ones
 * councils and partners write (English and Welsh), matched whole after folding case, punctuation and a
 * plural "s"; anything else is reported as an unknown category, never guessed.
 */
import type { PlaceCategory } from '../../types';

/** The categories in the order the legend lists them. */
export const PLACE_CATEGORIES: readonly PlaceCategory[] = ['place-of-worship', 'community-centre', 'school', 'hostel', 'flashpoint', 'bridging-organisation', 'venue', 'other'];

const WORDS: Record<PlaceCategory, readonly string[]> = {
  'place-of-worship': ['place of worship', 'worship', 'church', 'chapel', 'cathedral', 'mosque', 'masjid', 'synagogue', 'temple', 'gurdwara', 'mandir', 'meeting house', 'faith building', 'addoldy', 'man addoli', 'capel', 'eglwys', 'mosg'],
  'community-centre': ['community centre', 'community center', 'community hall', 'village hall', 'church hall', 'community building', 'canolfan gymunedol', 'neuadd gymunedol', 'neuadd bentref'],
  school: ['school', 'primary school', 'secondary school', 'college', 'academy', 'ysgol', 'ysgol gynradd', 'ysgol uwchradd', 'coleg'],
  hostel: ['hostel', 'homeless hostel', 'hostel accommodation', 'hostel or hmo', 'hostel/hmo', 'hmo', 'hostel asylum', 'asylum accommodation', 'hostel lloches'],
  flashpoint: ['flashpoint', 'flash point', 'flashpoint location', 'pwynt fflach'],
  'bridging-organisation': ['bridging organisation', 'bridging organization', 'bridging group', 'interfaith group', 'inter faith group', 'interfaith forum', 'inter faith forum', 'faith forum', 'sefydliad pontio', 'fforwm rhyng ffydd'],
  venue: ['venue', 'event venue', 'stadium', 'sports ground', 'arena', 'lleoliad', 'stadiwm'],
  other: ['other', 'arall'],
};

function fold(text: string): string {
  return text.toLowerCase().normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^a-z0-9]+/g, ' ').trim();
}

const BY_WORD = new Map<string, PlaceCategory>();
for (const category of PLACE_CATEGORIES) {
  BY_WORD.set(fold(category), category);
  for (const word of WORDS[category]) BY_WORD.set(fold(word), category);
}

/** The category a cell names, or null when its words are not among the known ones (an empty cell too). */
export function readPlaceCategory(text: string): PlaceCategory | null {
  const folded = fold(text);
  if (folded === '') return null;
  return BY_WORD.get(folded) ?? (folded.endsWith('s') ? BY_WORD.get(folded.slice(0, -1)) : undefined) ?? BY_WORD.get(folded.replace(/ies$/, 'y')) ?? null;
}
