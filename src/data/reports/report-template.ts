/**
 * The blank tension report template for partners (CSV and .xlsx) with the form's fields, and a report written
 * as one row of it (the import reads such rows back, field for field). Headers and list words are English:
 * they are what the import matches (see report-columns.ts and report-vocabulary.ts).
 */
import Papa from 'papaparse';
import type { TensionReportFields } from '../../types';
import { INFORMATION_STATUSES, reportWord, SOURCE_KINDS, SOURCE_RELIABILITIES, TENSION_TYPES } from './report-vocabulary';
import { writeXlsx } from './xlsx-writer';

/** The template's headers, in its column order. */
export const REPORT_TEMPLATE_HEADERS = [
  'Date', 'Time', 'Area code', 'Area name', 'Postcode', 'Longitude', 'Latitude', 'Communities affected', 'Type of tension', 'Source', 'Status', 'Source reliability', 'Narrative', 'Rumour', 'Action taken', 'Recorded by', 'Agency',
] as const;

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * One report as a template row: date as YYYY-MM-DD and time as HH:MM (UTC), lists joined with "; ". A point
 * that is only its postcode's centroid is written as the postcode alone, so reading it back places it again.
 */
export function reportTemplateRow(fields: TensionReportFields): string[] {
  const date = new Date(fields.timeMs);
  const [lng, lat] = fields.place.atPostcodeCentroid ? [] : fields.place.position ?? [];
  return [
    `${date.getUTCFullYear()}-${pad(date.getUTCMonth() + 1)}-${pad(date.getUTCDate())}`,
    `${pad(date.getUTCHours())}:${pad(date.getUTCMinutes())}`,
    fields.place.areaCode ?? '',
    fields.place.areaName ?? '',
    fields.place.postcode ?? '',
    lng === undefined ? '' : String(lng),
    lat === undefined ? '' : String(lat),
    fields.communities.join('; '),
    fields.tensionTypes.map(reportWord).join('; '),
    reportWord(fields.sourceKind),
    reportWord(fields.status),
    reportWord(fields.reliability),
    fields.narrative,
    fields.rumour ? 'Yes' : 'No',
    fields.actionTaken,
    fields.recordedBy,
    fields.agency,
  ];
}

/** The template as CSV: the header, then the given reports (none for a blank template). */
export function reportTemplateCsv(reports: readonly TensionReportFields[] = []): string {
  return `${Papa.unparse([[...REPORT_TEMPLATE_HEADERS], ...reports.map(reportTemplateRow)], { newline: '\r\n' })}\r\n`;
}

/** The words each list column accepts, for the template's second sheet. */
function listsSheet(): string[][] {
  const columns = [
    ['Type of tension', ...TENSION_TYPES.map(reportWord)],
    ['Source', ...SOURCE_KINDS.map(reportWord)],
    ['Status', ...INFORMATION_STATUSES.map(reportWord)],
    ['Source reliability', ...SOURCE_RELIABILITIES.map(reportWord)],
    ['Rumour', 'Yes', 'No'],
  ];
  const height = Math.max(...columns.map((column) => column.length));
  return Array.from({ length: height }, (_, r) => columns.map((column) => column[r] ?? ''));
}

/** The template as an .xlsx workbook: a "Reports" sheet (header, then the given reports) and a "Lists" sheet of the words each list column takes. */
export function reportTemplateXlsx(reports: readonly TensionReportFields[] = []): Uint8Array {
  return writeXlsx([
    { name: 'Reports', rows: [[...REPORT_TEMPLATE_HEADERS], ...reports.map(reportTemplateRow)] },
    { name: 'Lists', rows: listsSheet() },
  ]);
}
