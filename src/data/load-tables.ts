/**
 * Loading indicator tables (the call the import worker exposes): CSV/TSV, .xlsx or .ods files keyed by area
 * code, read into one `IndicatorTable`. Several files of one layout become one table; editions of an index
 * are loaded one by one and combined with `mergeTablesAsPeriods`.
 */
import type { ImportProgress, ImportResult, ImportWarning, IndicatorTable, InputFile } from '../types';
import { detectFormat } from './importers';
import { fileExtension } from './importers/format-detection';
import { parseTableCsv } from './importers/table-csv';
import { parseTableSpreadsheet } from './importers/table-spreadsheet';
import { concatenateTables } from './tables/combine-tables';

export { matchTableToAreas } from './tables/code-matching';
export { mergeTablesAsPeriods } from './tables/merge-periods';
export { periodFromFileName } from './tables/period-labels';

/** Options for `loadTableFiles`: the table's id and label, a sheet and code column to use, progress (0..1). */
export interface LoadTableOptions {
  id: string;
  label?: string;
  sheet?: string;
  codeColumn?: string;
  onProgress?: ImportProgress;
}

type TableFileKind = 'csv' | 'spreadsheet' | null;

const SPREADSHEET_EXTENSIONS: ReadonlySet<string> = new Set(['xlsx', 'xlsm', 'ods', 'xls']);

/** By extension (.csv/.tsv/.txt, .xlsx/.ods/.xls), else by content (a zip is tried as a workbook). */
function tableFileKind(file: InputFile): TableFileKind {
  const extension = fileExtension(file.name);
  if (SPREADSHEET_EXTENSIONS.has(extension)) return 'spreadsheet';
  if (extension === 'txt') return 'csv';
  const format = detectFormat(file);
  if (format === 'csv') return 'csv';
  return format === 'zip' ? 'spreadsheet' : null;
}

/** The first file's name without folders and extension: "wimd2019_lsoa11_wales". */
function labelOf(files: readonly InputFile[]): string {
  return files[0].name.replace(/^.*[\\/]/, '').replace(/\.(csv|tsv|txt|xlsx|xlsm|xls|ods)$/i, '');
}

/**
 * Reads indicator table files into one table. Header rows below titles, the code column, wide or long shape,
 * suppressed cells (NaN, counted) and the sheet of a workbook are detected; `codeColumn` and `sheet` override.
 * Errors name the file: `unknown-format`, `empty`, `no-code-column`, `unreadable-spreadsheet`,
 * `unknown-sheet`, `no-indicator-columns`, `different-layouts` (several files that are not one table).
 */
export async function loadTableFiles(files: InputFile[], options: LoadTableOptions): Promise<ImportResult<IndicatorTable>> {
  if (files.length === 0) throw new Error('loadTableFiles: no files given');
  const identity = { id: options.id, label: options.label ?? labelOf(files) };
  const tables: IndicatorTable[] = [];
  const warnings: ImportWarning[] = [];
  for (const [index, file] of files.entries()) {
    options.onProgress?.(index / files.length, { code: 'reading', params: { file: file.name } });
    const kind = tableFileKind(file);
    if (kind === null) {
      return {
        ok: false,
        error: { code: 'unknown-format', detail: 'not-table', file: file.name, params: { file: file.name } },
      };
    }
    const buildOptions = { ...identity, ...(options.codeColumn === undefined ? {} : { codeColumn: options.codeColumn }) };
    const result = kind === 'csv' ? parseTableCsv(file, buildOptions) : parseTableSpreadsheet(file, { ...buildOptions, ...(options.sheet === undefined ? {} : { sheet: options.sheet }) });
    if (!result.ok) return result;
    tables.push(result.value);
    warnings.push(...result.warnings);
  }
  options.onProgress?.(1, { code: 'read-files', params: { count: files.length } });
  if (tables.length === 1) return { ok: true, value: tables[0], warnings };
  const combined = concatenateTables(tables, identity);
  return combined.ok ? { ...combined, warnings: [...warnings, ...combined.warnings] } : combined;
}
