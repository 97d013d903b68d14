/** Counting rejected rows and unreadable cells while a table is shaped, so nothing is dropped silently. */
import type { TableRejectDetail, TableRejectReason, TableRejectedRows, UnreadableTableCells } from '../../types';

/** First few row references kept per reason or column. */
export const REPORT_EXAMPLES = 5;

interface Tally {
  count: number;
  examples: string[];
  column: string;
  firstValue: string;
  detail?: TableRejectDetail;
}

/** Rejections by reason plus unreadable cells by column, accumulated row by row. */
export interface TableTally {
  rejected: Map<TableRejectReason, Tally>;
  unreadable: Map<string, { count: number; examples: string[] }>;
}

/** An empty tally. */
export function createTableTally(): TableTally {
  return { rejected: new Map(), unreadable: new Map() };
}

/**
 * Counts one rejected row. The column concerned (and, for codes, the first value met) go into the report's
 * parameters; for duplicates `detail` says what repeated (area, area and period, or area, period and indicator).
 */
export function rejectTableRow(tally: TableTally, reason: TableRejectReason, rowRef: string, column: string, value = '', detail?: TableRejectDetail): void {
  let entry = tally.rejected.get(reason);
  if (!entry) tally.rejected.set(reason, (entry = { count: 0, examples: [], column, firstValue: value, ...(detail && { detail }) }));
  entry.count += 1;
  if (entry.examples.length < REPORT_EXAMPLES) entry.examples.push(rowRef);
}

/** Counts one cell of an indicator column holding text where a number was expected. */
export function noteUnreadableCell(tally: TableTally, column: string, cellRef: string): void {
  let entry = tally.unreadable.get(column);
  if (!entry) tally.unreadable.set(column, (entry = { count: 0, examples: [] }));
  entry.count += 1;
  if (entry.examples.length < REPORT_EXAMPLES) entry.examples.push(cellRef);
}

/** The tally as report entries, in the order reasons were first met (worded by the catalogue, `tableRejected.<reason>`). */
export function rejectedRowsOf(tally: TableTally): TableRejectedRows[] {
  return [...tally.rejected].map(([reason, entry]) => ({
    reason,
    ...(entry.detail && { detail: entry.detail }),
    count: entry.count,
    params: { count: entry.count, column: entry.column, value: entry.firstValue },
    examples: entry.examples,
  }));
}

/** Unreadable cells by column, in the order columns were first met. */
export function unreadableCellsOf(tally: TableTally): UnreadableTableCells[] {
  return [...tally.unreadable].map(([column, entry]) => ({ column, count: entry.count, examples: entry.examples }));
}
