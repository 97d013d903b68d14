/**
 * The per-row half of an incident import, shared by the CSV and GeoJSON importers: checks the position
 * and date of one row, then keeps it in the column store or counts it as rejected with a note of what was found.
 */
import type { ColumnMapping, ImportWarning, RejectReason, RowNote, RowNoteCode } from '../../types';
import { bngToWgs84 } from '../../geo/projection';
import { checkEastingNorthing, checkLngLat, parseCoordinate, type PositionCheck } from './coordinate-checks';
import { createDateReading, readIncidentDate, type DateRange, type DateReading } from './date-parsing';
import { addNote, countRowKept, countRowRead, needsNote, rejectRow, type ImportTally } from './import-report';
import { appendIncident, type IncidentColumns } from './incident-columns';
import type { ResolvedColumns } from './column-resolution';
import { POLICE_UK_STREET } from './police-uk-header';
import { locateByPostcode, type PostcodeIndex } from '../postcodes/locate-by-postcode';
import { createPlacementTally, recordPlacement, type PlacementTally } from './postcode-placement';

/**
 * Where positions come from: longitude/latitude columns, BNG easting/northing columns, point geometry, or
 * (a table with postcodes and no coordinate columns) the postcode lookup alone.
 */
export type PositionSource = 'lng-lat-columns' | 'grid-columns' | 'geometry' | 'postcode-column';

/** State for reading the rows of one import, file after file. */
export interface RowReader {
  columns: IncidentColumns;
  tally: ImportTally;
  mapping: ColumnMapping;
  recognisedAs: string | null;
  positionSource: PositionSource;
  resolved: ResolvedColumns | null;
  fileIndex: number;
  date: DateReading;
  weightsDefaulted: { count: number; examples: string[] };
  /** The loaded postcode lookups, when the mapping names a postcode column; rows without coordinates are placed by them. */
  postcodes: PostcodeIndex | null;
  placements: PlacementTally;
}

/**
 * A reader that fills `columns` and counts into `tally`, keeping dates in `dateRange`; call `startFile`
 * before each file's rows.
 */
export function createRowReader(columns: IncidentColumns, tally: ImportTally, mapping: ColumnMapping, recognisedAs: string | null, positionSource: PositionSource, dateRange: DateRange, postcodes: PostcodeIndex | null = null): RowReader {
  return {
    columns, tally, mapping, recognisedAs, positionSource, resolved: null, fileIndex: 0, date: createDateReading(dateRange), weightsDefaulted: { count: 0, examples: [] },
    postcodes: mapping.postcode ? postcodes : null, placements: createPlacementTally(),
  };
}

/** Switches the reader to the next file, with that file's column indices. */
export function startFile(reader: RowReader, fileIndex: number, resolved: ResolvedColumns): void {
  reader.fileIndex = fileIndex;
  reader.resolved = resolved;
}

const cell = (fields: readonly string[], index: number): string => (index >= 0 ? (fields[index] ?? '') : '');

/** The position columns as the notes name them (`xName`, `yName`): '"Longitude"', '"Latitude"', or x and y of Point coordinates. */
function positionNames(reader: RowReader): { xName: string; yName: string } {
  const { mapping } = reader;
  if (reader.positionSource === 'geometry') return { xName: 'x', yName: 'y' };
  return reader.positionSource === 'grid-columns' ? { xName: `"${mapping.easting}"`, yName: `"${mapping.northing}"` } : { xName: `"${mapping.lng}"`, yName: `"${mapping.lat}"` };
}

function positionNoteCode(reader: RowReader, reason: PositionCheck): RowNoteCode {
  const grid = reader.positionSource === 'grid-columns';
  switch (reason) {
    case 'bng-in-lat-lng-columns':
      return reader.positionSource === 'geometry' ? 'bng-points' : 'bng';
    case 'lat-lng-swapped':
      return 'swapped';
    case 'outside-uk':
      return grid ? 'outside-grid' : 'outside-uk';
    default:
      return grid ? 'grid-degrees' : 'not-degrees';
  }
}

function positionNote(reader: RowReader, reason: PositionCheck, x: string, y: string): RowNote {
  return { code: positionNoteCode(reader, reason), params: { ...positionNames(reader), x, y } };
}

function reject(reader: RowReader, reason: RejectReason, line: number, code: RowNoteCode, note: () => RowNote): void {
  if (needsNote(reader.tally, reason, code)) addNote(reader.tally, reason, note());
  rejectRow(reader.tally, reason, reader.fileIndex, line);
}

/** Counts a row that could not be split into fields (the importer gives the note). */
export function rejectMalformedRow(reader: RowReader, line: number, note: RowNote): void {
  countRowRead(reader.tally, reader.fileIndex);
  reject(reader, 'malformed-row', line, note.code, () => note);
}

function emptyPositionNote(reader: RowReader): RowNote {
  return { code: reader.recognisedAs === POLICE_UK_STREET ? 'position-empty-police' : 'position-empty', params: positionNames(reader) };
}

/** Reads one table row whose position is in the mapped columns (longitude/latitude or easting/northing). */
export function readTableRow(reader: RowReader, fields: readonly string[], line: number): void {
  countRowRead(reader.tally, reader.fileIndex);
  const resolved = reader.resolved as ResolvedColumns;
  const grid = reader.positionSource === 'grid-columns';
  const xText = cell(fields, grid ? resolved.easting : resolved.lng);
  const yText = cell(fields, grid ? resolved.northing : resolved.lat);
  if (xText.trim() === '' || yText.trim() === '') return placeByPostcode(reader, fields, line);
  const x = parseCoordinate(xText);
  const y = parseCoordinate(yText);
  if (Number.isNaN(x) || Number.isNaN(y)) {
    return reject(reader, 'bad-coordinates', line, 'position-text', () => ({ code: 'position-text', params: { ...positionNames(reader), x: xText, y: yText } }));
  }
  let check = grid ? checkEastingNorthing(x, y) : checkLngLat(x, y);
  let lng = x;
  let lat = y;
  if (grid && check === 'ok') {
    [lng, lat] = bngToWgs84(x, y);
    check = checkLngLat(lng, lat);
  }
  if (check !== 'ok') return reject(reader, check, line, positionNoteCode(reader, check), () => positionNote(reader, check, xText.trim(), yText.trim()));
  readAttributes(reader, fields, lng, lat, line);
}

/** A row without coordinates: kept at its postcode's centroid when the lookup has it, else rejected saying why. */
function placeByPostcode(reader: RowReader, fields: readonly string[], line: number): void {
  const postcodeText = cell(fields, (reader.resolved as ResolvedColumns).postcode).trim();
  if (!reader.postcodes || (postcodeText === '' && reader.positionSource !== 'postcode-column')) return reject(reader, 'no-coordinates', line, emptyPositionNote(reader).code, () => emptyPositionNote(reader));
  const found = locateByPostcode(postcodeText, reader.postcodes);
  if (!found.ok) {
    const code: RowNoteCode = found.reason === 'not-a-postcode' ? 'postcode-not-a-postcode' : 'postcode-not-in-lookup';
    return reject(reader, 'no-coordinates', line, code, () => ({ code, params: { column: `"${reader.mapping.postcode}"`, postcode: found.postcode } }));
  }
  const before = reader.columns.count;
  readAttributes(reader, fields, found.lng, found.lat, line);
  if (reader.columns.count > before) recordPlacement(reader.placements, before, found);
}

/** Reads one point (WGS84 degrees, already reprojected if the file was BNG) with its attribute cells. */
export function readPointRow(reader: RowReader, fields: readonly string[], lng: number, lat: number, line: number): void {
  countRowRead(reader.tally, reader.fileIndex);
  const check = checkLngLat(lng, lat);
  if (check !== 'ok') return reject(reader, check, line, positionNoteCode(reader, check), () => positionNote(reader, check, String(lng), String(lat)));
  readAttributes(reader, fields, lng, lat, line);
}

/** Counts a point feature that cannot be read (null geometry, another geometry type, or bad numbers). */
export function rejectPointRow(reader: RowReader, reason: RejectReason, line: number, note: RowNote): void {
  countRowRead(reader.tally, reader.fileIndex);
  reject(reader, reason, line, note.code, () => note);
}

function readAttributes(reader: RowReader, fields: readonly string[], lng: number, lat: number, line: number): void {
  const resolved = reader.resolved as ResolvedColumns;
  const dateText = cell(fields, resolved.date);
  if (!readIncidentDate(dateText, reader.date)) {
    const column = reader.mapping.date ?? '';
    if (reader.date.failure === 'empty') return reject(reader, 'no-date', line, 'date-empty', () => ({ code: 'date-empty', params: { column } }));
    if (reader.date.failure === 'out-of-range') {
      const { fromYear, toYear } = reader.date.range;
      return reject(reader, 'date-out-of-range', line, 'date-out-of-range', () => ({ code: 'date-out-of-range', params: { column, found: dateText.trim(), from: String(fromYear), to: String(toYear) } }));
    }
    const code: RowNoteCode = reader.date.failure === 'us-order' ? 'date-us-order' : 'date-unparseable';
    return reject(reader, 'unparseable-date', line, code, () => ({ code, params: { column, found: dateText.trim() } }));
  }
  let weight = 1;
  if (resolved.weight >= 0) {
    weight = parseCoordinate(cell(fields, resolved.weight));
    if (Number.isNaN(weight)) {
      weight = 1;
      const defaulted = reader.weightsDefaulted;
      defaulted.count += 1;
      if (defaulted.examples.length < 5) defaulted.examples.push(`${reader.tally.files[reader.fileIndex].name}:${line}`);
    }
  }
  const columns = reader.columns;
  appendIncident(columns, lng, lat, reader.date.timeMs, reader.date.precision, cell(fields, resolved.category).trim(), weight, cell(fields, resolved.areaCode), reader.fileIndex, line);
  for (let k = 0; k < resolved.extras.length; k += 1) columns.extraValues[k].push(cell(fields, resolved.extras[k]));
  countRowKept(reader.tally, reader.fileIndex);
}

/** The `weights-defaulted` warning when some weight cells were empty or not numbers, else none. */
export function weightWarnings(reader: RowReader, file: string): ImportWarning[] {
  const { count, examples } = reader.weightsDefaulted;
  if (count === 0) return [];
  return [{ code: 'weights-defaulted', file, count, examples: [...examples], params: { column: reader.mapping.weight ?? '', count } }];
}
