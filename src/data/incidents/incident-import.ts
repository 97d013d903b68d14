/**
 * The format-independent half of an incident import: choose the column mapping from the first file (or
 * the caller's), read every file's rows into one column store, and turn whole-file failures into errors.
 */
import type { ColumnDetection, ColumnMapping, ImportError, ImportResult, ImportWarning, IncidentDataset, IncidentFormat, InputFile } from '../../types';
import { formatCount } from '../importers/messages';
import { detectIncidentColumns, extraColumnNames, hasPositionColumns } from './column-detection';
import { resolveColumns } from './column-resolution';
import { buildImportReport, createImportTally, mainRejectReason, reasonMessage, type ImportTally } from './import-report';
import { createIncidentColumns, finishIncidentDataset, MAX_CATEGORIES } from './incident-columns';
import { createRowReader, startFile, weightWarnings, type PositionSource, type RowReader } from './row-reader';

/** Options of an incident import: dataset id and label, a mapping that replaces detection, progress (0..1). */
export interface LoadIncidentOptions {
  id: string;
  label?: string;
  /** Replaces the detected mapping entirely (the user's corrected version of `detection.mapping`). */
  mapping?: ColumnMapping;
  onProgress?: (fraction: number, message: string) => void;
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
  /** "column" or "property", for messages. */
  columnWord: { one: string; many: string };
  formatOf(detection: ColumnDetection): IncidentFormat;
  open(file: InputFile): ImportResult<F>;
  /** Reads every row of an opened file into `reader`; returns warnings, or an error that stops the import. */
  readRows(opened: F, reader: RowReader, onProgress: (fraction: number) => void): ImportResult<null>;
}

/** Rough bytes per row, to size the typed arrays once (they double if it is too small). */
const BYTES_PER_ROW_ESTIMATE = 120;

const fail = (error: ImportError): { ok: false; error: ImportError } => ({ ok: false, error });

function missingMappingError(opened: OpenedIncidentFile, word: { one: string; many: string }, what: 'position' | 'date', given: boolean): ImportError {
  const list = opened.columns.length > 0 ? opened.columns.join(', ') : 'none';
  if (what === 'position') {
    return {
      code: 'no-position-columns',
      file: opened.name,
      message: given
        ? `${opened.name}: the chosen ${word.many} do not include a position: choose longitude and latitude, or easting and northing.`
        : `${opened.name}: no position ${word.many} found among its ${word.many} (${list}): expected longitude and latitude (such as "Longitude"/"Latitude" or "lng"/"lat") or British National Grid easting and northing (such as "Easting"/"Northing" or "BNG_E"/"BNG_N").`,
      hint: 'choose the position columns by hand, or add them to the file; addresses and postcodes are not looked up.',
      choices: [...opened.columns],
    };
  }
  return {
    code: 'no-date-column',
    file: opened.name,
    message: given
      ? `${opened.name}: the chosen ${word.many} do not include a date.`
      : `${opened.name}: no date ${word.one} found among its ${word.many} (${list}): expected dates or months (such as "Date" or "Month") written YYYY-MM, YYYY-MM-DD, DD/MM/YYYY or as ISO timestamps.`,
    hint: 'choose the date by hand, or add one to the file: incidents need a date for the time slider.',
    choices: [...opened.columns],
  };
}

function swappedHint(mapping: ColumnMapping, source: PositionSource): string {
  if (source === 'grid-columns') return `choose "${mapping.easting}" as the northing and "${mapping.northing}" as the easting.`;
  return `choose "${mapping.lat}" as the longitude and "${mapping.lng}" as the latitude.`;
}

/** The error for a file none of whose rows could be used, worded after the reason that took most rows. */
function noRowsKeptError(tally: ImportTally, fileIndex: number, reader: RowReader, columns: string[]): ImportError {
  const file = tally.files[fileIndex];
  const reason = mainRejectReason(tally, fileIndex);
  const { mapping, positionSource } = reader;
  const hints: Partial<Record<string, string>> = {
    'lat-lng-swapped': `the whole file has its longitude and latitude the wrong way round: ${swappedHint(mapping, positionSource)}`,
    'bng-in-lat-lng-columns': `the whole file holds British National Grid metres: choose "${mapping.lng}" as the easting and "${mapping.lat}" as the northing.`,
    'no-coordinates': 'the file has no positions to map; addresses and postcodes are not looked up.',
    'unparseable-date': 'choose another date column, or write the dates as YYYY-MM-DD.',
  };
  return {
    code: 'no-rows-kept',
    file: file.name,
    message: `${file.name}: none of its ${formatCount(file.rowsRead)} rows could be used. ${reason ? reasonMessage(tally, reason) : ''}`.trim(),
    hint: (reason && hints[reason]) ?? 'check the columns chosen for the position and the date.',
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
  if (!format.positionFromGeometry && !hasPositionColumns(mapping)) return fail(missingMappingError(first.value, format.columnWord, 'position', Boolean(options.mapping)));
  if (!mapping.date) return fail(missingMappingError(first.value, format.columnWord, 'date', Boolean(options.mapping)));

  const totalBytes = files.reduce((sum, file) => sum + file.bytes.byteLength, 0);
  const extraNames = extraColumnNames(detection, mapping);
  const columns = createIncidentColumns({ capacity: totalBytes / BYTES_PER_ROW_ESTIMATE, hasWeight: Boolean(mapping.weight), hasAreaCode: Boolean(mapping.areaCode), extraNames });
  const tally = createImportTally(files.map((file) => file.name));
  const positionSource: PositionSource = format.positionFromGeometry ? 'geometry' : mapping.lng && mapping.lat ? 'lng-lat-columns' : 'grid-columns';
  const reader = createRowReader(columns, tally, mapping, detection.recognisedAs, positionSource);
  const warnings: ImportWarning[] = [];
  let bytesBefore = 0;

  for (const [index, file] of files.entries()) {
    const opened = index === 0 ? first : format.open(file);
    if (!opened.ok) return opened;
    warnings.push(...opened.warnings);
    const resolved = resolveColumns(file.name, opened.value.columns, mapping, extraNames);
    if (!resolved.ok) return resolved;
    startFile(reader, index, resolved.value);
    const message = files.length === 1 ? `Reading ${file.name}` : `Reading ${file.name} (${index + 1} of ${files.length})`;
    const read = format.readRows(opened.value, reader, (fraction) => options.onProgress?.((bytesBefore + fraction * file.bytes.byteLength) / Math.max(1, totalBytes), message));
    if (!read.ok) return read;
    warnings.push(...read.warnings);
    if (columns.categoryOverflow) {
      return fail({
        code: 'too-many-categories',
        file: file.name,
        message: `${file.name}: "${mapping.category}" has more than ${formatCount(MAX_CATEGORIES)} different values, too many for categories.`,
        hint: 'choose a column with a few kinds of incident (such as "Crime type"), or none.',
        choices: [...opened.value.columns],
      });
    }
    if (tally.files[index].rowsKept === 0) return fail(noRowsKeptError(tally, index, reader, opened.value.columns));
    bytesBefore += file.bytes.byteLength;
  }

  if (positionSource === 'grid-columns') {
    warnings.push({ code: 'reprojected-from-bng', file: files[0].name, message: `"${mapping.easting}"/"${mapping.northing}" were read as British National Grid (EPSG:27700) metres and reprojected to WGS84.` });
  }
  warnings.push(...weightWarnings(reader, files[0].name));
  const report = buildImportReport(tally);
  const dataset = finishIncidentDataset(columns, { id: options.id, label: options.label ?? defaultLabel(files), format: format.formatOf(detection), files: files.map((file) => file.name), detection, report });
  options.onProgress?.(1, `Read ${report.rowsKept} incidents`);
  return { ok: true, value: dataset, warnings };
}
