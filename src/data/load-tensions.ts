/**
 * Loading community tension tables (issue 5): CSV files of ratings per area, community type and assessment
 * date become one `TensionDataset`. Rows that cannot be used are counted by reason in the report.
 */
import type { ImportError, ImportErrorDetail, ImportResult, ProblemParams, RowNote, ImportWarning, InputFile, TensionAssessment, TensionColumns, TensionDataset, TensionJudgement } from '../types';
import { createCommunityTypeReader, orderCommunityTypes } from './tensions/community-types';
import { describeTensionColumns, detectTensionColumns } from './tensions/tension-columns';
import { chooseTensionScale, ratingOnScale } from './tensions/tension-ratings';
import { buildTensionReport, countRepeatedRow, createTensionTally, mainTensionRejectReason, rejectTensionRow, tensionReasonNotes, type TensionTally } from './tensions/tension-report';
import { areaNameKey, readTensionRow, type PendingTensionRow, type TensionRowContext } from './tensions/tension-rows';
import { HEADER_SEARCH_ROWS, readTableRows } from './importers/table-rows';

/** How to load a tension table: the dataset's identity, and the lookups that check areas and community types. */
export interface LoadTensionOptions {
  id: string;
  label?: string;
  /** Known area codes; a row naming another code is rejected as `unknown-area`. */
  areaCodes?: string[];
  /** Area name → code, for tables holding names only (matched ignoring case and spacing). */
  areaNames?: Record<string, string>;
  /** The user's own community types, accepted besides the standard ones. */
  extraCommunityTypes?: string[];
}

type Failure = { ok: false; error: ImportError };

function failure(file: string, code: ImportError['code'], detail: ImportErrorDetail | undefined, params: ProblemParams = {}, notes?: RowNote[]): Failure {
  return { ok: false, error: { code, ...(detail && { detail }), file, params: { file, ...params }, ...(notes && { notes }) } };
}

function isTensionHeader(row: readonly string[]): boolean {
  const found = detectTensionColumns(row);
  return found.communityType !== -1 && found.date !== -1 && found.current !== -1;
}

/** Reads one file's rows into pending rows (ratings unjudged), or an error when the file cannot be used. */
function readFile(file: InputFile, fileIndex: number, options: LoadTensionOptions, tally: TensionTally): ({ ok: true; pending: PendingTensionRow[]; columns: TensionColumns; warnings: ImportWarning[] }) | Failure {
  const read = readTableRows(file, isTensionHeader, 'tension-table');
  if (!read.ok) return read;
  const { rows, lines } = read;
  const decoded = { warnings: read.warnings };
  const headerIndex = rows.slice(0, HEADER_SEARCH_ROWS).findIndex(isTensionHeader);
  const headerRow = headerIndex === -1 ? rows.findIndex((row) => row.some((cell) => cell.trim() !== '')) : headerIndex;
  const header = rows[headerRow];
  const indexes = detectTensionColumns(header);
  const headerText = header.map((cell) => `"${cell}"`).join(', ');
  const missing = (role: string, code: ImportError['code'] = 'mapping-column-missing') => failure(file.name, code, 'tension-header', { role, header: headerText });
  if (indexes.communityType === -1) return missing('community-type');
  if (indexes.date === -1) return missing('assessment-date', 'no-date-column');
  if (indexes.current === -1) return missing('current-rating');
  if (indexes.potential === -1) return missing('potential-rating');
  if (indexes.areaCode === -1 && (indexes.areaName === -1 || !options.areaNames)) {
    return failure(file.name, 'no-code-column', indexes.areaName === -1 ? 'tension-no-area' : 'tension-names-only', { header: headerText });
  }
  const context: TensionRowContext = {
    fileName: file.name,
    columns: indexes,
    readCommunity: createCommunityTypeReader(options.extraCommunityTypes),
    areaCodes: options.areaCodes ? new Set(options.areaCodes.map((code) => code.trim().toUpperCase())) : null,
    areaNames: options.areaNames ? new Map(Object.entries(options.areaNames).map(([name, code]) => [areaNameKey(name), code])) : null,
    tally,
    defaultAgency: options.label ?? file.name.replace(/\.[a-z]+$/i, ''),
  };
  const pending: PendingTensionRow[] = [];
  rows.forEach((row, index) => {
    if (index <= headerRow || row.every((cell) => cell.trim() === '')) return;
    tally.files[fileIndex].rowsRead += 1;
    const read = readTensionRow(row, lines[index], context);
    if (read) pending.push(read);
  });
  return { ok: true, pending, columns: describeTensionColumns(header, indexes), warnings: decoded.warnings };
}

function noRowsKept(fileName: string, tally: TensionTally): Failure {
  const reason = mainTensionRejectReason(tally);
  if (!reason) return failure(fileName, 'no-rows-kept', 'no-data-rows');
  const count = tally.reasons.get(reason)?.count ?? 0;
  return failure(fileName, 'no-rows-kept', 'tensions', { count, tensionReason: reason }, tensionReasonNotes(tally, reason));
}

/**
 * Reads tension tables (CSV/TSV, or the sheet of an .xlsx/.ods workbook with a tension header) into one dataset. The
 * scale (EEP or four-level) is chosen over all rating cells; rows rated on the other scale are rejected.
 * "Overall" rows become the group's recorded judgements (`judgements`), not community ratings. Each row
 * carries who rated it: the file's agency column, else the dataset's label.
 * Errors: `unknown-format`, `empty`, `parse-failed`, `mapping-column-missing`, `no-date-column`,
 * `no-code-column`, `no-rows-kept`.
 */
export async function loadTensionFiles(files: InputFile[], options: LoadTensionOptions): Promise<ImportResult<TensionDataset>> {
  if (files.length === 0) throw new Error('loadTensionFiles: no files given');
  const tally = createTensionTally(files.map((file) => file.name));
  const pending: { row: PendingTensionRow; fileIndex: number }[] = [];
  const columns: TensionColumns[] = [];
  const warnings: ImportWarning[] = [];
  for (const [fileIndex, file] of files.entries()) {
    const read = readFile(file, fileIndex, options, tally);
    if (!read.ok) return read;
    for (const row of read.pending) pending.push({ row, fileIndex });
    columns.push(read.columns);
    warnings.push(...read.warnings);
  }
  const scale = chooseTensionScale(pending.flatMap(({ row }) => [row.current, row.potential]));
  const rows: TensionAssessment[] = [];
  const judgements: TensionJudgement[] = [];
  for (const { row, fileIndex } of pending) {
    const current = ratingOnScale(row.current, scale);
    const potential = ratingOnScale(row.potential, scale);
    if (current && potential) {
      if (row.overall) {
        const { communityType: _none, areaName: _name, ...judged } = row.assessment;
        judgements.push({ ...judged, current, potential });
      } else rows.push({ ...row.assessment, current, potential });
      tally.files[fileIndex].rowsKept += 1;
      continue;
    }
    const badText = current ? row.potentialText : row.currentText;
    const badReading = current ? row.potential : row.current;
    rejectTensionRow(tally, badReading.kind === 'unreadable' ? 'bad-rating' : 'other-scale', row.assessment.source, badText);
  }
  if (rows.length === 0 && judgements.length === 0) return noRowsKept(files.map((file) => file.name).join(', '), tally);
  const extraTypes = options.extraCommunityTypes ?? [];
  const communityTypes = orderCommunityTypes(new Set(rows.map((row) => row.communityType)), extraTypes);
  sortAssessments(rows, communityTypes);
  countRepeats(rows, tally);
  const value: TensionDataset = { id: options.id, label: options.label ?? options.id, files: files.map((file) => file.name), scale, columns, communityTypes, rows, judgements, report: buildTensionReport(tally) };
  return { ok: true, value, warnings };
}

/** Date, area code, community type in `communityTypes` order; file order otherwise (the sort is stable). */
function sortAssessments(rows: TensionAssessment[], communityTypes: readonly string[]): void {
  const order = new Map(communityTypes.map((type, index) => [type, index]));
  rows.sort((a, b) => a.timeMs - b.timeMs || (a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : 0) || order.get(a.communityType)! - order.get(b.communityType)!);
}

function countRepeats(rows: readonly TensionAssessment[], tally: TensionTally): void {
  const seen = new Set<string>();
  for (const row of rows) {
    const key = `${row.areaCode}\u0000${row.communityType}\u0000${row.timeMs}`;
    if (seen.has(key)) countRepeatedRow(tally, row.source);
    seen.add(key);
  }
}
