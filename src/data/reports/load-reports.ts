/**
 * Importing tension reports from partners' files (issue 14): the blank template filled in (CSV or .xlsx), or a
 * form tool's export (Microsoft Forms or similar) whose columns are matched by the wording of its questions.
 * Every row is kept as a report or rejected with its file, row and reason.
 */
import type { ImportError, ImportProgress, ImportResult, InputFile, PostcodeLookup, ReportImportReport, TensionReport } from '../../types';
import { indexPostcodeLookups } from '../postcodes/locate-by-postcode';
import { readTableRows, HEADER_SEARCH_ROWS } from '../importers/table-rows';
import { detectReportColumns, isReportHeader } from './report-columns';
import { readReportRow, type ReportRowContext } from './report-rows';
import { recordReport } from './report-record';

export type { ReportImportReport };

/** What an import needs: when it happens, ids for the new reports, and the areas rows may name. */
export interface LoadReportOptions {
  importedMs: number;
  newId: () => string;
  /** Codes of the areas reports may name, with their names (parallel), to check codes and look names up. */
  areaCodes?: readonly string[];
  areaNames?: readonly string[];
  /** Postcode lookups the user loaded: rows given by postcode alone are placed at the postcode's centroid. */
  postcodeLookups?: readonly PostcodeLookup[];
  onProgress?: ImportProgress;
}

/** The reports read and the report of every row. Errors: a file that cannot be read, or has no report header (`mapping-column-missing`, detail `report-header`). */
export async function loadReportFiles(files: readonly InputFile[], options: LoadReportOptions): Promise<ImportResult<{ reports: TensionReport[]; report: ReportImportReport }>> {
  const reports: TensionReport[] = [];
  const report: ReportImportReport = { files: [], rejected: [] };
  const areas = options.areaCodes ? new Map(options.areaCodes.map((code, i) => [code.toUpperCase(), options.areaNames?.[i] ?? ''])) : null;
  const areaCodesByName = new Map((options.areaNames ?? []).map((name, i) => [name.toLowerCase().replace(/\s+/g, ' ').trim(), options.areaCodes![i].toUpperCase()]));
  const postcodes = options.postcodeLookups?.length ? indexPostcodeLookups(options.postcodeLookups) : null;
  for (const [fileIndex, file] of files.entries()) {
    options.onProgress?.(fileIndex / files.length, { code: 'reading', params: { file: file.name } });
    const read = readTableRows(file, isReportHeader, 'report-table');
    if (!read.ok) return read;
    const headerIndex = read.rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isReportHeader);
    if (headerIndex === -1) {
      const first = read.rows.find((row) => row.some((cell) => cell.trim() !== '')) ?? [];
      const error: ImportError = { code: 'mapping-column-missing', detail: 'report-header', file: file.name, params: { file: file.name, header: first.map((cell) => `"${cell}"`).join(', ') } };
      return { ok: false, error };
    }
    const header = read.rows[headerIndex];
    const context: ReportRowContext = { columns: detectReportColumns(header), areas, areaCodesByName, defaultAgency: file.name.replace(/\.[a-z]+$/i, ''), postcodes };
    const counts = { name: file.name, rowsRead: 0, rowsKept: 0 };
    read.rows.forEach((cells, index) => {
      if (index <= headerIndex || cells.every((cell) => cell.trim() === '')) return;
      counts.rowsRead += 1;
      const row = read.lines[index];
      const reading = readReportRow(cells, context);
      if (!reading.ok) {
        const column = reading.field === 'place' ? -1 : context.columns[reading.field];
        report.rejected.push({ file: file.name, row, reason: reading.reason, value: reading.value, field: reading.field, column: column === -1 ? '' : (header[column] ?? '').trim() });
        return;
      }
      counts.rowsKept += 1;
      reports.push(recordReport(options.newId(), reading.fields, options.importedMs, reading.fields.recordedBy || reading.fields.agency, { kind: 'imported', row: `${file.name}:${row}` }));
    });
    report.files.push(counts);
  }
  options.onProgress?.(1, { code: 'read-files', params: { count: files.length } });
  return { ok: true, value: { reports, report }, warnings: [] };
}
