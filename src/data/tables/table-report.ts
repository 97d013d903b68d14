/** Counting rejected rows and unreadable cells while a table is shaped, so nothing is dropped silently. */
import type { TableRejectReason, TableRejectedRows, UnreadableTableCells } from '../../types';
import { countWith } from '../importers/messages';

/** First few row references kept per reason or column. */
export const REPORT_EXAMPLES = 5;

interface Tally {
  count: number;
  examples: string[];
  column: string;
  firstValue: string;
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
 * Counts one rejected row. The column concerned (and, for codes, the first value met) go into the message;
 * for duplicates `column` names what repeated ("code", "code and period").
 */
export function rejectTableRow(tally: TableTally, reason: TableRejectReason, rowRef: string, column: string, value = ''): void {
  let entry = tally.rejected.get(reason);
  if (!entry) tally.rejected.set(reason, (entry = { count: 0, examples: [], column, firstValue: value }));
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

function rejectMessage(reason: TableRejectReason, count: number, { column, firstValue }: Tally): string {
  const rows = countWith(count, 'row', 'rows');
  switch (reason) {
    case 'no-code':
      return `${rows} skipped: no area code in column "${column}".`;
    case 'not-area-code':
      return `${rows} skipped: column "${column}" holds something other than an area code (such as "${firstValue}"): totals, notes and footnotes are not areas.`;
    case 'duplicate-row':
      return `${rows} skipped: the same ${column} appeared earlier in the table; the first row was kept.`;
    case 'no-period':
      return `${rows} skipped: no period in column "${column}".`;
    case 'no-indicator':
      return `${rows} skipped: no indicator name in column "${column}".`;
    case 'malformed-row':
      return `${rows} skipped: a quoted field is not closed properly (an unmatched " character), so the row cannot be split into columns; reading went on from the next line.`;
  }
}

/** The tally as report entries, in the order reasons were first met. */
export function rejectedRowsOf(tally: TableTally): TableRejectedRows[] {
  return [...tally.rejected].map(([reason, entry]) => ({ reason, count: entry.count, message: rejectMessage(reason, entry.count, entry), examples: entry.examples }));
}

/** Unreadable cells by column, in the order columns were first met. */
export function unreadableCellsOf(tally: TableTally): UnreadableTableCells[] {
  return [...tally.unreadable].map(([column, entry]) => ({ column, count: entry.count, examples: entry.examples }));
}
