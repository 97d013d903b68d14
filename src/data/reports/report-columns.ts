/**
 * Finding the columns of a tension report table by their header: the template's own headers, and a form tool's
 * export (Microsoft Forms or similar), whose headers are the questions as worded ("When did this happen?",
 * "Which communities are affected?"). Matched on words, ignoring case and punctuation; the form tool's own
 * columns (ID, Start time, Completion time, Email, Last modified time) are never taken for a question.
 */

import type { ReportTableField } from '../../types';

/** The fields of a report table (see the template for their order). */
export const REPORT_COLUMN_FIELDS: readonly ReportTableField[] = [
  'date', 'time', 'areaCode', 'areaName', 'postcode', 'lng', 'lat', 'communities', 'tensionTypes', 'sourceKind', 'status', 'reliability', 'narrative', 'rumour', 'actionTaken', 'recordedBy', 'agency',
];

export type ReportColumnField = ReportTableField;

/** Column index of each field, -1 when absent. */
export type ReportColumnIndexes = Record<ReportColumnField, number>;

/**
 * Words that identify each field's question, tried in this order (the most particular fields first, so
 * "How reliable is the source?" is reliability, not source). A pattern is tested on the header's words.
 */
const PATTERNS: readonly [ReportColumnField, RegExp][] = [
  ['reliability', /\breliab/],
  ['rumour', /\brumou?r/],
  ['status', /\b(status|experienced|evidenced)\b/],
  ['actionTaken', /\baction/],
  ['tensionTypes', /\b(type|kind|category) of tension|\btension types?\b|\bwhat type\b|\bwhat kind\b/],
  ['communities', /\bcommunit/],
  ['areaCode', /\b(area|ward|lsoa|gss|ons) code\b/],
  ['postcode', /\bpost ?code\b/],
  ['lng', /\b(longitude|lng|lon)\b/],
  ['lat', /\b(latitude|lat)\b/],
  ['sourceKind', /\b(source|hear about|heard about|hear of|heard from|come from|find out)\b/],
  ['agency', /\b(agency|organisation|organization|service|team)\b/],
  ['recordedBy', /\b(recorded by|reported by|your name|name of person)\b/],
  ['narrative', /\b(narrative|what happened|describe|description|details|word on the street|saying|tell us)\b/],
  ['time', /\btime\b/],
  ['date', /\b(date|when)\b/],
  ['areaName', /\b(where|area|ward|location|place|neighbourhood|street)\b/],
];

/** Columns a form tool adds about the response itself, not the report. */
const FORM_TOOL_COLUMNS = new Set(['id', 'start time', 'completion time', 'email', 'name', 'last modified time', 'total points', 'quiz feedback']);

/** Lower case, words only. */
export function headerWords(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]+/g, ' ').trim();
}

/**
 * Finds each field's column: every header is given to the first field whose pattern its words match and which
 * has no column yet; the form tool's "Name" column is who recorded it only when no question asks for a name.
 */
export function detectReportColumns(header: readonly string[]): ReportColumnIndexes {
  const found = Object.fromEntries(REPORT_COLUMN_FIELDS.map((field) => [field, -1])) as ReportColumnIndexes;
  header.forEach((text, index) => {
    const words = headerWords(text);
    if (words === '' || FORM_TOOL_COLUMNS.has(words)) return;
    const match = PATTERNS.find(([field, pattern]) => found[field] === -1 && pattern.test(words));
    if (match) found[match[0]] = index;
  });
  // The form tool's "Name" (the respondent) says who recorded it when no question asks.
  if (found.recordedBy === -1) found.recordedBy = header.findIndex((text) => headerWords(text) === 'name');
  return found;
}

/** True when the row looks like a report table's header: a date, a place and a narrative or tension type. */
export function isReportHeader(row: readonly string[]): boolean {
  const found = detectReportColumns(row);
  return found.date !== -1 && (found.areaCode !== -1 || found.areaName !== -1 || found.postcode !== -1 || found.lng !== -1) && (found.narrative !== -1 || found.tensionTypes !== -1);
}

/**
 * True when a file's header says it is a tension report table, for the file registry: a report header with a
 * column no incident log has (the type of tension, or both the communities affected and the status of the
 * information), so a council's incident log with "Date, Location, Description" stays incidents.
 */
export function isReportTableHeader(row: readonly string[]): boolean {
  if (!isReportHeader(row)) return false;
  const found = detectReportColumns(row);
  return found.tensionTypes !== -1 || (found.communities !== -1 && found.status !== -1);
}
