/**
 * The per-row half of an incident import, shared by the CSV and GeoJSON importers: checks the position
 * and date of one row, then keeps it in the column store or counts it as rejected with a plain message.
 */
import type { ColumnMapping, ImportWarning, RejectReason } from '../../types';
import { bngToWgs84 } from '../../geo/projection';
import { checkEastingNorthing, checkLngLat, parseCoordinate, type PositionCheck } from './coordinate-checks';
import { createDateReading, readIncidentDate, type DateReading } from './date-parsing';
import { addNote, countRowKept, countRowRead, needsNote, rejectRow, type ImportTally } from './import-report';
import { appendIncident, type IncidentColumns } from './incident-columns';
import type { ResolvedColumns } from './column-resolution';
import { POLICE_UK_STREET } from './police-uk-header';

/** Where positions come from: longitude/latitude columns, BNG easting/northing columns, or point geometry. */
export type PositionSource = 'lng-lat-columns' | 'grid-columns' | 'geometry';

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
}

/** A reader that fills `columns` and counts into `tally`; call `startFile` before each file's rows. */
export function createRowReader(columns: IncidentColumns, tally: ImportTally, mapping: ColumnMapping, recognisedAs: string | null, positionSource: PositionSource): RowReader {
  return { columns, tally, mapping, recognisedAs, positionSource, resolved: null, fileIndex: 0, date: createDateReading(), weightsDefaulted: { count: 0, examples: [] } };
}

/** Switches the reader to the next file, with that file's column indices. */
export function startFile(reader: RowReader, fileIndex: number, resolved: ResolvedColumns): void {
  reader.fileIndex = fileIndex;
  reader.resolved = resolved;
}

const cell = (fields: readonly string[], index: number): string => (index >= 0 ? (fields[index] ?? '') : '');

function positionNames(reader: RowReader): string {
  const { mapping } = reader;
  if (reader.positionSource === 'geometry') return 'The Point coordinates (x/y)';
  return reader.positionSource === 'grid-columns' ? `"${mapping.easting}"/"${mapping.northing}"` : `"${mapping.lng}"/"${mapping.lat}"`;
}

function positionNote(reader: RowReader, reason: PositionCheck, x: string, y: string): [key: string, note: string] {
  const pair = positionNames(reader);
  const found = `${pair} hold ${x}/${y}`;
  const grid = reader.positionSource === 'grid-columns';
  switch (reason) {
    case 'bng-in-lat-lng-columns':
      return reader.positionSource === 'geometry'
        ? ['bng', `${found}: these look like British National Grid metres among longitude/latitude points; export the file as WGS84 (EPSG:4326).`]
        : ['bng', `${found}: these look like British National Grid eastings/northings; choose them as easting/northing.`];
    case 'lat-lng-swapped':
      return ['swapped', `${found}: a latitude where the longitude belongs and the other way round, so the two look swapped; nothing was swapped back: check the columns and choose them the other way round.`];
    case 'outside-uk':
      return grid
        ? ['grid', `${found}, which is outside the British National Grid (easting 0..700,000 m, northing 0..1,300,000 m).`]
        : ['box', `${found}, which is outside the UK, Ireland and the Channel Islands (longitude -11..2.5, latitude 49..61.5).`];
    default:
      if (grid) return ['degrees', `${found}, which look like longitude/latitude degrees, not British National Grid metres; choose them as longitude/latitude.`];
      return ['range', `${found}, which are not longitude/latitude degrees (longitude -180..180, latitude -90..90).`];
  }
}

function reject(reader: RowReader, reason: RejectReason, line: number, key: string, note: () => string): void {
  if (needsNote(reader.tally, reason, key)) addNote(reader.tally, reason, key, note());
  rejectRow(reader.tally, reason, reader.fileIndex, line);
}

/** Counts a row that could not be split into fields (the importer words the note). */
export function rejectMalformedRow(reader: RowReader, line: number, key: string, note: () => string): void {
  countRowRead(reader.tally, reader.fileIndex);
  reject(reader, 'malformed-row', line, key, note);
}

function emptyPositionNote(reader: RowReader): string {
  const pair = positionNames(reader).replace('/', ' or ');
  const police = reader.recognisedAs === POLICE_UK_STREET ? ' police.uk leaves them empty for crimes it could not map to a location.' : '';
  return `${pair} is empty, so these rows cannot be placed on the map.${police}`;
}

/** Reads one table row whose position is in the mapped columns (longitude/latitude or easting/northing). */
export function readTableRow(reader: RowReader, fields: readonly string[], line: number): void {
  countRowRead(reader.tally, reader.fileIndex);
  const resolved = reader.resolved as ResolvedColumns;
  const grid = reader.positionSource === 'grid-columns';
  const xText = cell(fields, grid ? resolved.easting : resolved.lng);
  const yText = cell(fields, grid ? resolved.northing : resolved.lat);
  if (xText.trim() === '' || yText.trim() === '') return reject(reader, 'no-coordinates', line, 'empty', () => emptyPositionNote(reader));
  const x = parseCoordinate(xText);
  const y = parseCoordinate(yText);
  if (Number.isNaN(x) || Number.isNaN(y)) {
    return reject(reader, 'bad-coordinates', line, 'text', () => `${positionNames(reader)} hold "${xText}"/"${yText}", which is not a number.`);
  }
  let check = grid ? checkEastingNorthing(x, y) : checkLngLat(x, y);
  let lng = x;
  let lat = y;
  if (grid && check === 'ok') {
    [lng, lat] = bngToWgs84(x, y);
    check = checkLngLat(lng, lat);
  }
  if (check !== 'ok') {
    const [key, note] = positionNote(reader, check, xText.trim(), yText.trim());
    return reject(reader, check, line, key, () => note);
  }
  readAttributes(reader, fields, lng, lat, line);
}

/** Reads one point (WGS84 degrees, already reprojected if the file was BNG) with its attribute cells. */
export function readPointRow(reader: RowReader, fields: readonly string[], lng: number, lat: number, line: number): void {
  countRowRead(reader.tally, reader.fileIndex);
  const check = checkLngLat(lng, lat);
  if (check !== 'ok') {
    const [key, note] = positionNote(reader, check, String(lng), String(lat));
    return reject(reader, check, line, key, () => note);
  }
  readAttributes(reader, fields, lng, lat, line);
}

/** Counts a point feature that cannot be read (null geometry, another geometry type, or bad numbers). */
export function rejectPointRow(reader: RowReader, reason: RejectReason, line: number, key: string, note: () => string): void {
  countRowRead(reader.tally, reader.fileIndex);
  reject(reader, reason, line, key, note);
}

function dateNote(reader: RowReader, text: string): [key: string, note: string] {
  const column = `"${reader.mapping.date}"`;
  if (reader.date.failure === 'us-order') {
    return ['us-order', `${column} holds "${text}": US-style month/day order is not accepted; write dates as DD/MM/YYYY or YYYY-MM-DD. Dates in this column that read both ways (such as 05/03/2022) are read in UK order, day first.`];
  }
  return ['unparseable', `${column} holds "${text}", which is not a date: expected YYYY-MM, YYYY-MM-DD, an ISO timestamp (2022-05-14T13:45:00Z) or DD/MM/YYYY with an optional HH:MM.`];
}

function readAttributes(reader: RowReader, fields: readonly string[], lng: number, lat: number, line: number): void {
  const resolved = reader.resolved as ResolvedColumns;
  const dateText = cell(fields, resolved.date);
  if (!readIncidentDate(dateText, reader.date)) {
    if (reader.date.failure === 'empty') return reject(reader, 'no-date', line, 'empty', () => `"${reader.mapping.date}" is empty, so these rows cannot be placed in time.`);
    const [key, note] = dateNote(reader, dateText.trim());
    return reject(reader, 'unparseable-date', line, key, () => note);
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
  const rows = count === 1 ? '1 row' : `${count} rows`;
  return [{ code: 'weights-defaulted', file, count, examples: [...examples], message: `"${reader.mapping.weight}" is empty or not a number in ${rows}; each was given weight 1.` }];
}
