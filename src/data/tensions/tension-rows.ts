/**
 * Reading the rows of one tension table into assessments: area (code, or name looked up to a code), community
 * type (or the guide's "Overall" row, the group's judgement), day, notes, who rated it, and the two rating
 * cells, read before the table's scale is known.
 */
import type { TensionAssessment } from '../../types';
import { createDateReading, readIncidentDate } from '../incidents/date-parsing';
import type { CommunityReading } from './community-types';
import type { TensionColumnIndexes } from './tension-columns';
import { readTensionRating, type RatingReading } from './tension-ratings';
import { rejectTensionRow, type TensionTally } from './tension-report';

const DAY_MS = 86_400_000;

/** A row that passed every check but its ratings, which wait for the table's scale. */
export interface PendingTensionRow {
  /** For an "Overall" row, `communityType` is '' and `overall` is true. */
  assessment: Omit<TensionAssessment, 'current' | 'potential'>;
  overall: boolean;
  current: RatingReading;
  potential: RatingReading;
  currentText: string;
  potentialText: string;
}

/** What reading a table's rows needs: its columns, the lookups from the options, and the running tally. */
export interface TensionRowContext {
  fileName: string;
  columns: TensionColumnIndexes;
  readCommunity: (cell: string) => CommunityReading;
  /** Known area codes (upper case), or null to accept any code. */
  areaCodes: ReadonlySet<string> | null;
  /** Area name (lower case, single spaces) → code, or null when names are not looked up. */
  areaNames: ReadonlyMap<string, string> | null;
  tally: TensionTally;
  /** Who rated rows without an agency cell (the file's label). */
  defaultAgency: string;
}

/** Lower case and single spaces, for matching area names as people type them. */
export function areaNameKey(name: string): string {
  return name.toLowerCase().replace(/\s+/g, ' ').trim();
}

type AreaOutcome = { ok: true; areaCode: string } | { ok: false; reason: 'no-area' | 'unknown-area'; value: string };

function readArea(cells: readonly string[], context: TensionRowContext): AreaOutcome {
  const { columns, areaCodes, areaNames } = context;
  const code = columns.areaCode === -1 ? '' : cells[columns.areaCode].trim().toUpperCase();
  const name = columns.areaName === -1 ? '' : cells[columns.areaName].trim();
  let areaCode = code;
  if (areaCode === '' && name !== '' && areaNames) {
    const found = areaNames.get(areaNameKey(name));
    if (found === undefined) return { ok: false, reason: 'unknown-area', value: name };
    areaCode = found.toUpperCase();
  }
  if (areaCode === '') return { ok: false, reason: 'no-area', value: '' };
  if (areaCodes && !areaCodes.has(areaCode)) return { ok: false, reason: 'unknown-area', value: code || name };
  return { ok: true, areaCode };
}

function readDay(text: string): { ok: true; timeMs: number } | { ok: false; reason: 'no-date' | 'unparseable-date' } {
  const reading = createDateReading();
  if (readIncidentDate(text, reading)) {
    // A month alone ("2023-07") is not an assessment day; a time of day is dropped.
    if (reading.precision === 0) return { ok: false, reason: 'unparseable-date' };
    return { ok: true, timeMs: Math.floor(reading.timeMs / DAY_MS) * DAY_MS };
  }
  return { ok: false, reason: reading.failure === 'empty' ? 'no-date' : 'unparseable-date' };
}

/**
 * Reads one data row (cells as text, `line` 1-based), or rejects it for its first problem in the order
 * malformed, area, community type, date. Ratings are read but judged later, against the table's scale.
 */
export function readTensionRow(cells: readonly string[], line: number, context: TensionRowContext): PendingTensionRow | null {
  const { columns, tally } = context;
  const source = `${context.fileName}:${line}`;
  const required = [columns.areaCode, columns.areaName, columns.communityType, columns.date, columns.current, columns.potential];
  if (required.some((index) => index >= cells.length)) {
    rejectTensionRow(tally, 'malformed-row', source, '');
    return null;
  }
  const area = readArea(cells, context);
  if (!area.ok) {
    rejectTensionRow(tally, area.reason, source, area.value);
    return null;
  }
  const communityText = cells[columns.communityType].trim();
  const community = context.readCommunity(communityText);
  if (community.kind === 'empty' || community.kind === 'unknown') {
    const reason = community.kind === 'empty' ? 'no-community-type' : 'unknown-community-type';
    rejectTensionRow(tally, reason, source, communityText);
    return null;
  }
  const dateText = cells[columns.date].trim();
  const day = readDay(dateText);
  if (!day.ok) {
    rejectTensionRow(tally, day.reason, source, dateText);
    return null;
  }
  const areaName = columns.areaName === -1 ? '' : cells[columns.areaName].trim();
  const notes = columns.notes === -1 ? '' : (cells[columns.notes] ?? '').trim();
  const agency = (columns.agency === -1 ? '' : (cells[columns.agency] ?? '').trim()) || context.defaultAgency;
  const currentText = cells[columns.current].trim();
  const potentialText = cells[columns.potential].trim();
  return {
    assessment: {
      areaCode: area.areaCode,
      ...(areaName !== '' && { areaName }),
      communityType: community.kind === 'type' ? community.communityType : '',
      timeMs: day.timeMs,
      ...(notes !== '' && { notes }),
      source,
      agency,
    },
    overall: community.kind === 'overall',
    current: readTensionRating(currentText),
    potential: readTensionRating(potentialText),
    currentText,
    potentialText,
  };
}
