/**
 * Counting what happened to every row of a tension import: rows read and kept per file, rejected rows by
 * reason with the first row references ("tensions.csv:17") and the distinct values found (worded by the catalogue).
 */
import type { RowNote, TensionImportReport, TensionRejectReason } from '../../types';

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

/** The distinct values a reason met, as a note ('found "Moderate", "7"'), or none when it met no values. */
export function tensionReasonNotes(tally: TensionTally, reason: TensionRejectReason): RowNote[] {
  const values = tally.reasons.get(reason)?.values ?? [];
  return values.length > 0 ? [{ code: 'found-values', params: { values: values.map((value) => `"${value}"`).join(', ') } }] : [];
}

/** The finished report: per-file counts, totals, rejected rows by descending count. */
export function buildTensionReport(tally: TensionTally): TensionImportReport {
  const rejected = TENSION_REJECT_REASONS.flatMap((reason) => {
    const entry = tally.reasons.get(reason);
    return entry ? [{ reason, count: entry.count, params: { count: entry.count, tensionReason: reason }, notes: tensionReasonNotes(tally, reason), examples: [...entry.examples] }] : [];
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
