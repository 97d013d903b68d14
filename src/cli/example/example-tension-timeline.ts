/**
 * A year of invented tension ratings for one ward and community type on the police EEP scale: mostly Normal,
 * short seeded spells of Raised, and scripted episodes (the worse of background and script wins), with the
 * potential rating and short notes derived from the sequence.
 */
import { STANDARD_COMMUNITY_TYPES } from '../../data/tensions/community-types';
import { randomInteger, type Random } from './random';

/** The community types a tension assessment covers: the same list the tension importer accepts. */
export const TENSION_COMMUNITY_TYPES = STANDARD_COMMUNITY_TYPES;
export type TensionCommunityType = string;

/** The EEP scale: 1 Imminent, 2 High, 3 Moderate (high), 4 Moderate (low), 5 Raised, 6 Normal. */
export const EEP_NORMAL = 6;
export const EEP_RAISED = 5;

/** A scripted episode: ratings for consecutive assessments from `start`, with a note for each (or ''). */
export interface TensionEpisode {
  start: number;
  ratings: number[];
  notes: string[];
}

/** One assessment: current and potential rating (potential never better than current) and a note. */
export interface TensionAssessment {
  current: number;
  potential: number;
  notes: string;
}

/** The first note of a background spell of Raised, by community type (invented, naming no one). */
const RAISED_NOTES: Record<TensionCommunityType, string[]> = {
  'Ethnic': ['Racially abusive graffiti reported; removed by the council', 'Online posts raising local concerns; partners monitoring'],
  'Faith or religious': ['Graffiti reported near a place of worship; partners monitoring', 'Religious festival period; reassurance patrols planned'],
  'New arrivals': ['Rumours about housing allocation on social media; partners monitoring'],
  'Generational': ['Complaints about young people gathering in the park; youth service engaged', 'Older residents report feeling unsafe after dark; ward walk arranged'],
  'Socio-economic': ["Concerns at residents' meeting about cost of living and local services", 'Complaints about fly-tipping and neglected housing; partners engaged'],
  'LGBT': ['Homophobic abuse reported in the night-time economy; venues briefed'],
  'Gypsies and Travellers': ['Hostile comments online about a nearby site; liaison officer informed'],
  'Language groups': ['Misinformation circulating in community languages; translated updates shared'],
};
const BACK_TO_NORMAL = 'Back to normal; routine monitoring';

/** How likely a background spell of Raised is over the year, by type (most pairs stay Normal all year). */
const SPELL_CHANCE: Record<TensionCommunityType, number> = {
  'Ethnic': 0.6, 'Faith or religious': 0.5, 'New arrivals': 0.4, 'Generational': 0.5,
  'Socio-economic': 0.5, 'LGBT': 0.3, 'Gypsies and Travellers': 0.3, 'Language groups': 0.3,
};

/** Mondays two weeks apart from the first Monday of `year` to its last such Monday, as ISO dates. */
export function fortnightlyMondays(year: number): string[] {
  const dayMs = 86_400_000;
  let timeMs = Date.UTC(year, 0, 1);
  while (new Date(timeMs).getUTCDay() !== 1) timeMs += dayMs;
  const dates: string[] = [];
  for (; new Date(timeMs).getUTCFullYear() === year; timeMs += 14 * dayMs) dates.push(new Date(timeMs).toISOString().slice(0, 10));
  return dates;
}

/**
 * The potential rating: where things could go before the next assessment. It anticipates a rise by one step
 * at most, stays one step worse while a Moderate or High rating holds, and is otherwise the current rating.
 */
function potentialRating(current: number, next: number): number {
  if (next < current) return Math.max(next, current - 1);
  if (current <= 4 && next === current) return Math.max(1, current - 1);
  return current;
}

/**
 * The assessments of one ward and community type on `dateCount` dates: seeded background spells of Raised
 * (1–2 assessments long), then the episodes, then potential ratings and notes.
 */
export function buildTensionTimeline(dateCount: number, type: TensionCommunityType, episodes: readonly TensionEpisode[], random: Random): TensionAssessment[] {
  const ratings = new Array<number>(dateCount).fill(EEP_NORMAL);
  const notes = new Array<string>(dateCount).fill('');
  const spells = (random() < SPELL_CHANCE[type] ? 1 : 0) + (random() < SPELL_CHANCE[type] / 3 ? 1 : 0);
  for (let spell = 0; spell < spells; spell++) {
    const start = randomInteger(random, 0, dateCount - 1);
    const length = randomInteger(random, 1, 2);
    for (let at = start; at < Math.min(dateCount, start + length); at++) ratings[at] = EEP_RAISED;
  }
  for (const episode of episodes) {
    episode.ratings.forEach((rating, step) => {
      const at = episode.start + step;
      if (at >= dateCount) throw new Error(`episode runs past the last assessment (${at} of ${dateCount})`);
      ratings[at] = Math.min(ratings[at], rating);
      notes[at] = episode.notes[step];
    });
  }
  const pool = RAISED_NOTES[type];
  return ratings.map((current, at) => {
    const previous = at === 0 ? EEP_NORMAL : ratings[at - 1];
    let note = notes[at];
    if (note === '' && current < EEP_NORMAL && previous === EEP_NORMAL) note = pool[randomInteger(random, 0, pool.length - 1)];
    if (note === '' && current === EEP_NORMAL && previous < EEP_NORMAL) note = BACK_TO_NORMAL;
    return { current, potential: potentialRating(current, at + 1 < dateCount ? ratings[at + 1] : current), notes: note };
  });
}
