/**
 * Counting what happened to every row of an incident import: rows read and kept per file, and rejected
 * rows by reason with the first few row references ("2022-05-gwent-street.csv:17") and notes on what was found (codes with parameters, worded by the catalogue).
 */
import type { ImportWarning, IncidentImportReport, RejectedRows, RejectReason, RowNote, RowNoteCode } from '../../types';

/** Every reject reason, in the order the report lists reasons with equal counts. */
export const REJECT_REASONS: readonly RejectReason[] = [
  'malformed-row',
  'no-coordinates',
  'bad-coordinates',
  'bng-in-lat-lng-columns',
  'lat-lng-swapped',
  'outside-uk',
  'no-date',
  'unparseable-date',
  'date-out-of-range',
];

const EXAMPLE_LIMIT = 5;
/** A reason's message joins its distinct notes (e.g. text found vs. degrees found), at most this many. */
const NOTE_LIMIT = 3;

interface ReasonTally {
  count: number;
  examples: string[];
  notes: RowNote[];
}

interface FileTally {
  name: string;
  rowsRead: number;
  rowsKept: number;
  rejected: Map<RejectReason, number>;
}

/** Running counts for one import. Mutable while reading; turned into a report by `buildImportReport`. */
export interface ImportTally {
  files: FileTally[];
  reasons: Map<RejectReason, ReasonTally>;
}

/** A tally for the given files (row references use these names). */
export function createImportTally(fileNames: readonly string[]): ImportTally {
  return { files: fileNames.map((name) => ({ name, rowsRead: 0, rowsKept: 0, rejected: new Map() })), reasons: new Map() };
}

function reasonTally(tally: ImportTally, reason: RejectReason): ReasonTally {
  let entry = tally.reasons.get(reason);
  if (!entry) tally.reasons.set(reason, (entry = { count: 0, examples: [], notes: [] }));
  return entry;
}

/** Counts one data row read from a file (kept or not). */
export function countRowRead(tally: ImportTally, fileIndex: number): void {
  tally.files[fileIndex].rowsRead += 1;
}

/** Counts one row kept. */
export function countRowKept(tally: ImportTally, fileIndex: number): void {
  tally.files[fileIndex].rowsKept += 1;
}

/** Counts one rejected row, keeping its reference (`file:line`) among the first examples. */
export function rejectRow(tally: ImportTally, reason: RejectReason, fileIndex: number, line: number): void {
  const entry = reasonTally(tally, reason);
  entry.count += 1;
  const file = tally.files[fileIndex];
  if (entry.examples.length < EXAMPLE_LIMIT) entry.examples.push(`${file.name}:${line}`);
  file.rejected.set(reason, (file.rejected.get(reason) ?? 0) + 1);
}

/** True when the reason has no note of this code yet (so the caller builds one only when it is needed). */
export function needsNote(tally: ImportTally, reason: RejectReason, code: RowNoteCode): boolean {
  const notes = reasonTally(tally, reason).notes;
  return notes.length < NOTE_LIMIT && !notes.some((kept) => kept.code === code);
}

/** Adds a note to a reason (the first one of each code; at most NOTE_LIMIT kinds per reason). */
export function addNote(tally: ImportTally, reason: RejectReason, note: RowNote): void {
  const entry = reasonTally(tally, reason);
  if (entry.notes.length >= NOTE_LIMIT || entry.notes.some((kept) => kept.code === note.code)) return;
  entry.notes.push(note);
}

/** The reason a file lost most rows to (ties in `REJECT_REASONS` order), or null when none were rejected. */
export function mainRejectReason(tally: ImportTally, fileIndex: number): RejectReason | null {
  let best: RejectReason | null = null;
  let bestCount = 0;
  for (const reason of REJECT_REASONS) {
    const count = tally.files[fileIndex].rejected.get(reason) ?? 0;
    if (count > bestCount) [best, bestCount] = [reason, count];
  }
  return best;
}

/** The notes of a reason as the report will show them (none when nothing was rejected for it). */
export function reasonNotes(tally: ImportTally, reason: RejectReason): RowNote[] {
  return [...(tally.reasons.get(reason)?.notes ?? [])];
}

/** The finished report: per-file counts, totals, rejected rows by descending count, and the import's warnings. */
export function buildImportReport(tally: ImportTally, warnings: readonly ImportWarning[] = []): IncidentImportReport {
  const rejected: RejectedRows[] = REJECT_REASONS.flatMap((reason) => {
    const entry = tally.reasons.get(reason);
    return entry && entry.count > 0 ? [{ reason, count: entry.count, notes: [...entry.notes], examples: [...entry.examples] }] : [];
  });
  rejected.sort((a, b) => b.count - a.count || REJECT_REASONS.indexOf(a.reason) - REJECT_REASONS.indexOf(b.reason));
  const files = tally.files.map(({ name, rowsRead, rowsKept }) => ({ name, rowsRead, rowsKept }));
  return {
    files,
    rowsRead: files.reduce((sum, file) => sum + file.rowsRead, 0),
    rowsKept: files.reduce((sum, file) => sum + file.rowsKept, 0),
    rejected,
    warnings: [...warnings],
  };
}
