/**
 * Counting what happened to every row of a tension import: rows read and kept per file, rejected rows by
 * reason with the first row references ("tensions.csv:17") and a message naming what was found.
 */
import type { TensionImportReport, TensionRejectReason } from '../../types';

/** Every reject reason, in the order the report lists reasons with equal counts. */
export const TENSION_REJECT_REASONS: readonly TensionRejectReason[] = [
  'malformed-row',
  'no-area',
  'unknown-area',
  'no-community-type',
  'unknown-community-type',
  'overall-row',
  'no-date',
  'unparseable-date',
  'bad-rating',
  'other-scale',
];

const EXAMPLE_LIMIT = 5;

/** What each reason's message says before the distinct values found. */
const REASON_TEXT: Record<TensionRejectReason, string> = {
  'malformed-row': 'fewer cells than the header, or a broken quote',
  'no-area': 'no area code or name',
  'unknown-area': 'an area that is not among the loaded areas',
  'no-community-type': 'no community type',
  'unknown-community-type': 'a community type that is not on the list (add it to the list to keep these rows)',
  'overall-row': 'an overall assessment, which is worked out from the community rows instead',
  'no-date': 'no assessment date',
  'unparseable-date': 'a date that is not a day written YYYY-MM-DD or DD/MM/YYYY',
  'bad-rating': 'a rating that is not 1–6, an EEP level word, or High, Medium, Low or No tensions',
  'other-scale': 'a rating on the other scale than the rest of the table',
};

interface ReasonTally {
  count: number;
  examples: string[];
  values: string[];
}

/** Running counts for one import, turned into the report by `buildTensionReport`. */
export interface TensionTally {
  files: { name: string; rowsRead: number; rowsKept: number }[];
  reasons: Map<TensionRejectReason, ReasonTally>;
  repeated: { count: number; examples: string[] };
}

/** A tally for the given files. */
export function createTensionTally(fileNames: readonly string[]): TensionTally {
  return { files: fileNames.map((name) => ({ name, rowsRead: 0, rowsKept: 0 })), reasons: new Map(), repeated: { count: 0, examples: [] } };
}

/** Counts one rejected row (`source` is "file:line"), remembering the first few distinct values found. */
export function rejectTensionRow(tally: TensionTally, reason: TensionRejectReason, source: string, value: string): void {
  let entry = tally.reasons.get(reason);
  if (!entry) tally.reasons.set(reason, (entry = { count: 0, examples: [], values: [] }));
  entry.count += 1;
  if (entry.examples.length < EXAMPLE_LIMIT) entry.examples.push(source);
  if (value !== '' && entry.values.length < EXAMPLE_LIMIT && !entry.values.includes(value)) entry.values.push(value);
}

/** Counts a kept row repeating an earlier row's area, community and date. */
export function countRepeatedRow(tally: TensionTally, source: string): void {
  tally.repeated.count += 1;
  if (tally.repeated.examples.length < EXAMPLE_LIMIT) tally.repeated.examples.push(source);
}

/** The reason that rejected most rows (ties in list order), or null. */
export function mainTensionRejectReason(tally: TensionTally): TensionRejectReason | null {
  let best: TensionRejectReason | null = null;
  for (const reason of TENSION_REJECT_REASONS) {
    const count = tally.reasons.get(reason)?.count ?? 0;
    if (count > (best === null ? 0 : tally.reasons.get(best)!.count)) best = reason;
  }
  return best;
}

/** A reason's message: "3 rows have …; found "Moderate", "7"." */
export function tensionReasonMessage(tally: TensionTally, reason: TensionRejectReason): string {
  const entry = tally.reasons.get(reason);
  if (!entry) return '';
  const found = entry.values.length > 0 ? `; found ${entry.values.map((value) => `"${value}"`).join(', ')}` : '';
  return `${entry.count} ${entry.count === 1 ? 'row' : 'rows'}: ${REASON_TEXT[reason]}${found}.`;
}

/** The finished report: per-file counts, totals, rejected rows by descending count. */
export function buildTensionReport(tally: TensionTally): TensionImportReport {
  const rejected = TENSION_REJECT_REASONS.flatMap((reason) => {
    const entry = tally.reasons.get(reason);
    return entry ? [{ reason, count: entry.count, message: tensionReasonMessage(tally, reason), examples: [...entry.examples] }] : [];
  });
  rejected.sort((a, b) => b.count - a.count || TENSION_REJECT_REASONS.indexOf(a.reason) - TENSION_REJECT_REASONS.indexOf(b.reason));
  const files = tally.files.map((file) => ({ ...file }));
  return {
    files,
    rowsRead: files.reduce((sum, file) => sum + file.rowsRead, 0),
    rowsKept: files.reduce((sum, file) => sum + file.rowsKept, 0),
    rejected,
    repeated: { count: tally.repeated.count, examples: [...tally.repeated.examples] },
  };
}
