/**
 * Reading a tension rating cell: an EEP number (1–6), an EEP word ("Imminent", "Moderate (high)",
 * "moderate high"), a number with its word ("2 - High"), or a word of the four-level scale ("Medium",
 * "No tensions"). "High" is on both scales, so it stays ambiguous until the table's scale is known.
 * A trend arrow after the level, as the guide's summary form writes cells ("5►", "6▲", "High ▼"), is read
 * past: the trend is worked out from the previous assessment, never taken from the cell.
 */
import type { TensionRating, TensionScale } from '../../types';

/** What a cell says: a rating on a known scale, "High" (level 2 on EEP, 1 on four-level), or nothing readable. */
export type RatingReading = { kind: 'rating'; rating: TensionRating } | { kind: 'high' } | { kind: 'unreadable' };

/** EEP words by level (index 0 is level 1), written without punctuation, lower case. */
const EEP_WORDS = ['imminent', 'high', 'moderate high', 'moderate low', 'raised', 'normal'];

const FOUR_LEVEL_WORDS: Readonly<Record<string, number>> = {
  medium: 2,
  low: 3,
  'no tensions': 4,
  'no tension': 4,
  none: 4,
};

/** The form's trend arrows (and the plain ones people type instead) at the end of a cell. */
const TRAILING_ARROWS = /\s*[▲▼►◄△▽▶◀↑↓→←]+\s*$/u;

const NUMBER_AND_WORD = /^([1-6])(?:\.0+)?(?:\s+(.*))?$/;

/** Lower case, brackets/dashes/underscores as spaces, single spaces: "Moderate (High)" → "moderate high". */
function normaliseWords(text: string): string {
  return text
    .toLowerCase()
    .replace(/[()[\]\-–—_:/,.]+/g, ' ')
    .replace(/\s+/g, ' ')
    .trim();
}

function eep(level: number): RatingReading {
  return { kind: 'rating', rating: { scale: 'eep', level } };
}

/** Reads one rating cell. Numbers are always EEP levels; "Moderate" alone is unreadable (it is 3 or 4). */
export function readTensionRating(cell: string | number | null): RatingReading {
  if (typeof cell === 'number') return Number.isInteger(cell) && cell >= 1 && cell <= 6 ? eep(cell) : { kind: 'unreadable' };
  const text = (cell ?? '').trim().replace(TRAILING_ARROWS, '');
  const numbered = NUMBER_AND_WORD.exec(text.replace(/\s*[-–:]\s*/, ' '));
  if (numbered) {
    const level = Number(numbered[1]);
    const words = normaliseWords(numbered[2] ?? '');
    return words === '' || words === EEP_WORDS[level - 1] ? eep(level) : { kind: 'unreadable' };
  }
  const words = normaliseWords(text);
  if (words === 'high') return { kind: 'high' };
  const eepIndex = EEP_WORDS.indexOf(words);
  if (eepIndex !== -1) return eep(eepIndex + 1);
  const fourLevel = FOUR_LEVEL_WORDS[words];
  return fourLevel === undefined ? { kind: 'unreadable' } : { kind: 'rating', rating: { scale: 'four-level', level: fourLevel } };
}

/**
 * The scale a table is on: four-level when more of its cells are unambiguously four-level words than EEP
 * numbers or words, else EEP (the police standard, also for a table holding only "High").
 */
export function chooseTensionScale(readings: Iterable<RatingReading>): TensionScale {
  let eepCount = 0;
  let fourLevelCount = 0;
  for (const reading of readings) {
    if (reading.kind !== 'rating') continue;
    if (reading.rating.scale === 'eep') eepCount += 1;
    else fourLevelCount += 1;
  }
  return fourLevelCount > eepCount ? 'four-level' : 'eep';
}

/** The rating a reading gives on the table's scale: "High" resolved, a rating on the other scale null. */
export function ratingOnScale(reading: RatingReading, scale: TensionScale): TensionRating | null {
  if (reading.kind === 'high') return { scale, level: scale === 'eep' ? 2 : 1 };
  if (reading.kind === 'rating' && reading.rating.scale === scale) return reading.rating;
  return null;
}
