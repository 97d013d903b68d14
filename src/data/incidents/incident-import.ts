/**
 * The format-independent half of an incident import: choose the column mapping from the first file (or
 * the caller's), read every file's rows into one column store, and turn whole-file failures into errors.
 */
import type { ColumnDetection, ColumnMapping, ImportError, ImportErrorDetail, ImportProgress, PostcodeLookup, ProgressStep, RejectReason, ImportResult, ImportWarning, IncidentDataset, IncidentFormat, InputFile } from '../../types';
import { indexPostcodeLookups } from '../postcodes/locate-by-postcode';
import { finishPlacement, placementWarnings } from './postcode-placement';
import { detectIncidentColumns, extraColumnNames, hasPositionColumns } from './column-detection';
import { resolveColumns } from './column-resolution';
import { buildImportReport, createImportTally, mainRejectReason, reasonNotes, type ImportTally } from './import-report';
import { defaultDateRange, type DateRange } from './date-parsing';
import { createIncidentColumns, finishIncidentDataset, MAX_CATEGORIES } from './incident-columns';
import { createRowReader, startFile, weightWarnings, type PositionSource, type RowReader } from './row-reader';
import { bngDatumShift } from '../../geo/bng-datum-grid';

/** Options of an incident import: dataset id and label, a mapping that replaces detection, progress (0..1). */
export interface LoadIncidentOptions {
  id: string;
  label?: string;
  /** Replaces the detected mapping entirely (the user's corrected version of `detection.mapping`). */
  mapping?: ColumnMapping;
  /** Years a date may fall in; rows dated outside are rejected (default 1990 to next year, `defaultDateRange`). */
  dateRange?: DateRange;
  /** Postcode lookups the user loaded: rows with a postcode and no coordinates are placed at its centroid (issue 19). */
  postcodeLookups?: readonly PostcodeLookup[];
  onProgress?: ImportProgress;
}

/** One input file opened by a format reader: its column (property) names and a sample of rows as text. */
export interface OpenedIncidentFile {
  name: string;
  columns: string[];
  sampleRows: string[][];
}

/** What a format (CSV, GeoJSON) supplies to `runIncidentImport`. */
export interface IncidentFormatReader<F extends OpenedIncidentFile> {
  /** Positions come from point geometry rather than columns (GeoJSON). */
  positionFromGeometry: boolean;
  /** What the file's fields are called in problems (a worded `field` parameter): column or property. */
  columnWord: 'column' | 'property';
  formatOf(detection: ColumnDetection): IncidentFormat;
  open(file: InputFile): ImportResult<F>;
  /** Reads every row of an opened file into `reader`; returns warnings, or an error that stops the import. */
  readRows(opened: F, reader: RowReader, onProgress: (fraction: number) => void): ImportResult<null>;
}

/** Rough bytes per row, to size the typed arrays once (they double if it is too small). */
const BYTES_PER_ROW_ESTIMATE = 120;

const fail = (error: ImportError): { ok: false; error: ImportError } => ({ ok: false, error });

function missingMappingError(opened: OpenedIncidentFile, field: 'column' | 'property', what: 'position' | 'date', given: boolean): ImportError {
  return {
    code: what === 'position' ? 'no-position-columns' : 'no-date-column',
    ...(given && { detail: 'given' as const }),
    file: opened.name,
    params: { file: opened.name, field, fields: field, columns: opened.columns.length > 0 ? opened.columns.join(', ') : '—' },
    choices: [...opened.columns],
  };
}

/** Which hint fits the reason that took most rows of a file (none: check the columns chosen). */
function noRowsKeptDetail(reason: RejectReason | null, source: PositionSource): ImportErrorDetail | undefined {
  if (reason === 'lat-lng-swapped') return source === 'grid-columns' ? 'grid-swapped' : 'lat-lng-swapped';
  if (reason === 'bng-in-lat-lng-columns' || reason === 'no-coordinates' || reason === 'unparseable-date') return reason;
  return undefined;
}

/** The error for a file none of whose rows could be used, with the notes of the reason that took most rows. */
function noRowsKeptError(tally: ImportTally, fileIndex: number, reader: RowReader, columns: string[]): ImportError {
  const file = tally.files[fileIndex];
  const reason = mainRejectReason(tally, fileIndex);
  const { lng = '', lat = '', easting = '', northing = '' } = reader.mapping;
  const detail = noRowsKeptDetail(reason, reader.positionSource);
  return {
    code: 'no-rows-kept',
    ...(detail && { detail }),
    file: file.name,
    params: { file: file.name, count: file.rowsRead, lng, lat, easting, northing },
    notes: reason ? reasonNotes(tally, reason) : [],
    choices: [...columns],
  };
}

function defaultLabel(files: readonly InputFile[]): string {
  return files.length === 1 ? files[0].name : `${files[0].name} and ${files.length - 1} more files`;
}

/**
 * Reads several files of one format into a single incident dataset. The mapping is detected on the first
 * file (or given); every file must hold the mapped columns (any case). A file with no usable rows, or
 * with no position/date column, fails the whole import with an error naming it.
 */
export async function runIncidentImport<F extends OpenedIncidentFile>(format: IncidentFormatReader<F>, files: readonly InputFile[], options: LoadIncidentOptions): Promise<ImportResult<IncidentDataset>> {
  if (files.length === 0) throw new Error('runIncidentImport: no files given');
  const first = format.open(files[0]);
  if (!first.ok) return first;
  const detected = detectIncidentColumns(first.value.columns, first.value.sampleRows, { positionFromGeometry: format.positionFromGeometry });
  const mapping: ColumnMapping = options.mapping ? { ...options.mapping } : detected.mapping;
  const detection: ColumnDetection = { ...detected, mapping };
  const postcodes = mapping.postcode && options.postcodeLookups?.length ? indexPostcodeLookups(options.postcodeLookups) : null;
  if (!format.positionFromGeometry && !hasPositionColumns(mapping) && !postcodes) return fail(missingMappingError(first.value, format.columnWord, 'position', Boolean(options.mapping)));
  if (!mapping.date) return fail(missingMappingError(first.value, format.columnWord, 'date', Boolean(options.mapping)));

  const totalBytes = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  const extraNames = extraColumnNames(detection, mapping);
  const columns = createIncidentColumns({ capacity: totalBytes / BYTES_PER_ROW_ESTIMATE, hasWeight: Boolean(mapping.weight), hasAreaCode: Boolean(mapping.areaCode), extraNames });
  const tally = createImportTally(files.map((file) => file.name));
  const positionSource: PositionSource = format.positionFromGeometry ? 'geometry' : mapping.lng && mapping.lat ? 'lng-lat-columns' : mapping.easting && mapping.northing ? 'grid-columns' : 'postcode-column';
  const reader = createRowReader(columns, tally, mapping, detection.recognisedAs, positionSource, options.dateRange ?? defaultDateRange(), postcodes);
  const warnings: ImportWarning[] = [];
  let bytesBefore = 0;

  for (const [index, file] of files.entries()) {
    const opened = index === 0 ? first : format.open(file);
    if (!opened.ok) return opened;
    warnings.push(...opened.warnings);
    const resolved = resolveColumns(file.name, opened.value.columns, mapping, extraNames);
    if (!resolved.ok) return resolved;
    startFile(reader, index, resolved.value);
    const step: ProgressStep = files.length === 1 ? { code: 'reading', params: { file: file.name } } : { code: 'reading-of', params: { file: file.name, index: index + 1, count: files.length } };
    const read = format.readRows(opened.value, reader, (fraction) => options.onProgress?.((bytesBefore + fraction * file.bytes.byteLength) / Math.max(1, totalBytes), step));
    if (!read.ok) return read;
    warnings.push(...read.warnings);
    if (columns.categoryOverflow) {
      return fail({
        code: 'too-many-categories',
        file: file.name,
        params: { file: file.name, column: mapping.category ?? '', count: MAX_CATEGORIES },
        choices: [...opened.value.columns],
      });
    }
    if (tally.files[index].rowsKept === 0) return fail(noRowsKeptError(tally, index, reader, opened.value.columns));
    bytesBefore += file.bytes.byteLength;
  }

  if (positionSource === 'grid-columns') {
    const shift = bngDatumShift();
    const columnsParams = { easting: mapping.easting ?? '', northing: mapping.northing ?? '' };
    warnings.push(shift.kind === 'grid'
      ? { code: 'reprojected-from-bng', detail: 'columns-ostn15', file: files[0].name, params: { ...columnsParams, grid: shift.file } }
      : { code: 'reprojected-from-bng', detail: 'columns', file: files[0].name, params: columnsParams });
  }
  warnings.push(...weightWarnings(reader, files[0].name), ...placementWarnings(reader.placements, files[0].name, mapping.postcode ?? ''));
  const report = buildImportReport(tally, warnings);
  const dataset = finishIncidentDataset(columns, { id: options.id, label: options.label ?? defaultLabel(files), format: format.formatOf(detection), files: files.map((file) => file.name), detection, report });
  const postcodePlacement = finishPlacement(reader.placements, dataset.count);
  if (postcodePlacement) dataset.postcodePlacement = postcodePlacement;
  options.onProgress?.(1, { code: 'read-incidents', params: { count: report.rowsKept } });
  return { ok: true, value: dataset, warnings };
}
