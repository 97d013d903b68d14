/**
 * Invented ward names: plausible English place-name pieces combined at random ("Hollin Green",
 * "Thornfield", "St Anne's"), never repeating a first element, so no two wards in the region share a name.
 */
import { randomInteger, type Random } from './random';

const FIRST_PARTS = [
  'Hollin', 'Castle', 'Thorn', 'Brook', 'Mill', 'Kings', 'Holly', 'Moss', 'Fern', 'Oak', 'Ridge', 'Heather',
  'Birch', 'Alder', 'Hazel', 'Rook', 'Lark', 'Stone', 'Marsh', 'Church', 'Wood', 'Cold', 'Long', 'Broad',
  'Holm', 'Sand', 'Crag', 'Bram', 'Whin', 'Gorse', 'Elm', 'Raven', 'Beck', 'Kirk', 'Wren', 'Tansy',
  'Fox', 'Hart', 'Rush', 'Slack',
];
const URBAN_ENDINGS = [' Green', ' Park', ' Bank', ' End', 'croft', 'gate', 'side', 'field', ' Cross', ' Hill', ' Common'];
const RURAL_ENDINGS = [' Moor', ' Clough', ' Dale', ' Head', ' Edge', ' Top', 'ford', 'ley', ' Fold', ' Brow', 'hurst'];
const SAINTS = ["St Anne's", "St Mark's", "St Oswald's", "St Chad's", "St Hilda's", "St Wilfrid's"];

/** What the namer needs to know about a ward. */
export interface WardNaming {
  authorityName: string;
  /** 0 (open country) to 1 (town centre). */
  centrality: number;
  /** The one ward holding its authority's town centre; named after the town. */
  isTownCentre: boolean;
}

/** One unique invented name per ward, in the order given. */
export function createWardNames(wards: WardNaming[], random: Random): string[] {
  const firstParts = [...FIRST_PARTS];
  const saints = [...SAINTS];
  const take = (list: string[]) => list.splice(randomInteger(random, 0, list.length - 1), 1)[0];
  // Each ending is used at most twice per region before the pool refills, so names vary.
  const endingPools = { urban: [] as string[], rural: [] as string[] };
  const takeEnding = (kind: 'urban' | 'rural') => {
    if (endingPools[kind].length === 0) endingPools[kind] = [...(kind === 'urban' ? URBAN_ENDINGS : RURAL_ENDINGS)].flatMap((e) => [e, e]);
    return take(endingPools[kind]);
  };
  return wards.map((ward) => {
    if (ward.isTownCentre) return `${ward.authorityName} Central`;
    if (ward.centrality > 0.45 && saints.length > SAINTS.length - 2 && random() < 0.3) return take(saints);
    const first = take(firstParts);
    const ending = takeEnding(ward.centrality > 0.3 ? 'urban' : 'rural');
    // "Castle" + "ley" reads badly: join a suffix only after a consonant, otherwise keep it a separate word.
    const joined = ending[0] !== ' ' && /[aeiou]$/i.test(first) ? ` ${ending[0].toUpperCase()}${ending.slice(1)}` : ending;
    const qualifier = ward.centrality < 0.15 && random() < 0.15 ? (random() < 0.5 ? 'Upper ' : 'Nether ') : '';
    return `${qualifier}${first}${joined}`;
  });
}
