/**
 * Problems from data/ (importer errors and warnings, vintage notes) in English words for the command line.
 * The CLI reads English, so it words each code through the same English catalogue entries as the app
 * (src/i18n/problem-text.ts, a pure module the CLI may import: test/eslint.config.js forbids the CLI only
 * state, map, ui, workers and app). No wording is written here.
 */
import { formatProblem, formatProblemHint } from '../i18n/problem-text';
import type { ImportError, ImportWarning, RejectedRows, VintageNote } from '../types';
import { countedWord } from './counted-words';

/** "…text. Hint: what to do. Choices: a, b." — an importer error as one line of English. */
export function describeImportError(error: ImportError): string {
  const hint = formatProblemHint('en', 'importError', error);
  const choices = error.choices?.length ? ` Choices: ${error.choices.join(', ')}.` : '';
  return `${formatProblem('en', 'importError', error)}${hint ? ` Hint: ${hint}` : ''}${choices}`;
}

/** An importer warning as one line of English. */
export function describeImportWarning(warning: ImportWarning): string {
  return formatProblem('en', 'importWarning', warning);
}

/** Rows an incident import rejected for one reason, as the app's import report shows them: what was found and where. */
export interface PrintedRejection {
  reason: RejectedRows['reason'];
  count: number;
  /** The notes on what was found, as English sentences. */
  text: string;
  /** The first rows as `file:line`. */
  rows: string[];
}

/** The rejected rows of an incident import in English, one entry per reason. */
export function describeRejectedRows(rejected: readonly RejectedRows[]): PrintedRejection[] {
  return rejected.map((rows) => ({ reason: rows.reason, count: rows.count, text: rows.notes.map((note) => formatProblem('en', 'rowNote', note)).join(' '), rows: [...rows.examples] }));
}

/** "3 rows (malformed-row): what was found. Rows: a.csv:7, a.csv:9, …" — one reason of a report, as `join` and `inspect` print it. */
export function formatRejectedRows(rows: PrintedRejection): string {
  const more = rows.count > rows.rows.length ? ', …' : '';
  return `${countedWord(rows.count, 'row', 'rows')} (${rows.reason}): ${rows.text} Rows: ${rows.rows.join(', ')}${more}`;
}

/** Why a table's codes do not line up with the areas, as English sentences. */
export function describeVintageNote(note: VintageNote): string {
  return note.texts.map((text) => formatProblem('en', 'vintage', text)).join(' ');
}
