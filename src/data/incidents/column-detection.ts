/**
 * Guessing which columns of an incident table hold the position, date, category, id, weight and area
 * code, from their names and from a sample of their values. The result is shown to the user to correct.
 */
import type { ColumnDetection, ColumnMapping } from '../../types';
import { GSS_CODE_PATTERN } from '../field-detection';
import { isInUk, parseCoordinate, UK_LAT_MAX, UK_LAT_MIN, UK_LNG_MAX, UK_LNG_MIN } from './coordinate-checks';
import { columnNameTokens, normaliseColumnName } from './column-names';
import { looksLikeDate } from './date-parsing';
import { POLICE_UK_STREET, recognisePoliceUkHeader } from './police-uk-header';

/** What the sample says about one column. */
interface ColumnSample {
  name: string;
  normalised: string;
  tokens: string[];
  filled: number;
  numeric: number;
  min: number;
  max: number;
  maxAbs: number;
  /** Numbers with a fractional part: coordinates in degrees have them, ids and counts do not. */
  fractional: number;
  distinct: number;
  dates: number;
  gss: number;
}

/** A column for a role: its name matches exactly, or one of its name tokens matches. */
interface NamePattern {
  exact: ReadonlySet<string>;
  tokens: ReadonlySet<string>;
}

const names = (exact: string[], tokens: string[] = []): NamePattern => ({ exact: new Set(exact), tokens: new Set(tokens) });

const LNG = names(['lon', 'lng', 'long', 'longitude', 'longitudewgs84', 'wgs84longitude', 'lonwgs84', 'decimallongitude'], ['lon', 'lng', 'long', 'longitude']);
const LAT = names(['lat', 'latitude', 'latitudewgs84', 'wgs84latitude', 'latwgs84', 'decimallatitude'], ['lat', 'latitude']);
/** x/y could be degrees or metres: the values decide. */
const X = names(['x', 'xcoord', 'xcoordinate', 'pointx', 'coordx']);
const Y = names(['y', 'ycoord', 'ycoordinate', 'pointy', 'coordy']);
const EASTING = names(['easting', 'eastings', 'east', 'bnge', 'bngeasting', 'osgbeasting', 'gridx', 'eastingm'], ['easting', 'eastings']);
const NORTHING = names(['northing', 'northings', 'north', 'bngn', 'bngnorthing', 'osgbnorthing', 'gridy', 'northingm'], ['northing', 'northings']);
const DATE = names(
  ['date', 'month', 'datetime', 'timestamp', 'time', 'occurred', 'occurredon', 'occurredat', 'reported', 'reportedon', 'reportedat', 'dateofincident', 'dateofoffence', 'created', 'createdat', 'when', 'period', 'yearmonth'],
  ['date', 'month', 'datetime', 'timestamp', 'occurred'],
);
const CATEGORY = names(
  ['category', 'type', 'crimetype', 'offence', 'offense', 'offencetype', 'offensetype', 'incidenttype', 'incidentcategory', 'crimecategory', 'classification', 'class', 'kind', 'tensiontype', 'eventtype'],
  ['category', 'type', 'offence', 'offense', 'classification'],
);
const ID = names(['id', 'crimeid', 'incidentid', 'reference', 'ref', 'referencenumber', 'caseid', 'casenumber', 'crimereference', 'incidentreference', 'uniqueid', 'objectid', 'fid', 'reportid', 'eventid']);
const WEIGHT = names(['weight', 'count', 'severity', 'score', 'value', 'n', 'number', 'incidents', 'quantity', 'total', 'intensity']);
const POSTCODE = names(['postcode', 'postcodes', 'pcd', 'pcds', 'postalcode', 'postcodeofincident', 'incidentpostcode', 'locationpostcode', 'addresspostcode'], ['postcode', 'postcodes']);
const AREA_CODE_NAME = /^(lsoa|msoa|oa|wd|ward|lad|la|area|gss|geography|geo)(\d{0,4})(cd|code)$/;

/** Few distinct values make a category column: at most this many in the sample… */
const CATEGORY_MAX_DISTINCT = 50;

function sampleColumn(name: string, index: number, rows: readonly (readonly string[])[]): ColumnSample {
  const distinct = new Set<string>();
  const sample: ColumnSample = { name, normalised: normaliseColumnName(name), tokens: columnNameTokens(name), filled: 0, numeric: 0, min: Infinity, max: -Infinity, maxAbs: 0, fractional: 0, distinct: 0, dates: 0, gss: 0 };
  for (const row of rows) {
    const value = (row[index] ?? '').trim();
    if (value === '') continue;
    sample.filled += 1;
    distinct.add(value);
    const number = parseCoordinate(value);
    if (Number.isFinite(number)) {
      sample.numeric += 1;
      sample.min = Math.min(sample.min, number);
      sample.max = Math.max(sample.max, number);
      sample.maxAbs = Math.max(sample.maxAbs, Math.abs(number));
      if (!Number.isInteger(number)) sample.fractional += 1;
    } else {
      if (looksLikeDate(value)) sample.dates += 1;
      if (GSS_CODE_PATTERN.test(value)) sample.gss += 1;
    }
  }
  sample.distinct = distinct.size;
  return sample;
}

const mostly = (part: number, whole: number, share: number): boolean => whole > 0 && part >= share * whole;
const isNumeric = (column: ColumnSample): boolean => column.filled === 0 || mostly(column.numeric, column.filled, 0.9);
const isText = (column: ColumnSample): boolean => column.filled > 0 && column.numeric < 0.5 * column.filled;

function matchesName(column: ColumnSample, pattern: NamePattern): 'exact' | 'token' | null {
  if (pattern.exact.has(column.normalised)) return 'exact';
  return column.tokens.some((token) => pattern.tokens.has(token)) ? 'token' : null;
}

/** The first free column whose name matches (exact names before token matches) and whose values pass. */
function pick(columns: ColumnSample[], used: Set<string>, pattern: NamePattern, accept: (column: ColumnSample) => boolean): ColumnSample | null {
  const free = columns.filter((column) => !used.has(column.name) && accept(column));
  const found = free.find((column) => matchesName(column, pattern) === 'exact') ?? free.find((column) => matchesName(column, pattern) === 'token') ?? null;
  if (found) used.add(found.name);
  return found;
}

function pickFirst(columns: ColumnSample[], used: Set<string>, accept: (column: ColumnSample) => boolean): ColumnSample | null {
  const found = columns.find((column) => !used.has(column.name) && accept(column)) ?? null;
  if (found) used.add(found.name);
  return found;
}

const inLngRange = (column: ColumnSample): boolean => column.fractional > 0 && column.min >= UK_LNG_MIN && column.max <= UK_LNG_MAX;
const inLatRange = (column: ColumnSample): boolean => column.fractional > 0 && column.min >= UK_LAT_MIN && column.max <= UK_LAT_MAX;

function detectPosition(columns: ColumnSample[], used: Set<string>, mapping: ColumnMapping): void {
  const numericColumns = columns.filter(isNumeric);
  const lng = pick(numericColumns, used, LNG, () => true);
  const lat = lng && pick(numericColumns, used, LAT, () => true);
  if (lng && lat) return void Object.assign(mapping, { lng: lng.name, lat: lat.name });
  if (lng) used.delete(lng.name);
  const easting = pick(numericColumns, used, EASTING, () => true);
  const northing = easting && pick(numericColumns, used, NORTHING, () => true);
  if (easting && northing) return void Object.assign(mapping, { easting: easting.name, northing: northing.name });
  if (easting) used.delete(easting.name);
  const x = pick(numericColumns, used, X, () => true);
  const y = x && pick(numericColumns, used, Y, () => true);
  if (x && y) {
    const metres = x.maxAbs > 1_000 || y.maxAbs > 1_000;
    return void Object.assign(mapping, metres ? { easting: x.name, northing: y.name } : { lng: x.name, lat: y.name });
  }
  if (x) used.delete(x.name);
  // No names to go by: a pair of columns whose every value is a UK longitude and latitude (never metres
  // alone: six-digit numbers are as likely to be ids).
  const lngByValue = numericColumns.filter((column) => !used.has(column.name) && inLngRange(column) && !inLatRange(column));
  const latByValue = numericColumns.filter((column) => !used.has(column.name) && inLatRange(column));
  if (lngByValue.length === 1 && latByValue.length === 1 && isInUk(lngByValue[0].min, latByValue[0].min)) {
    used.add(lngByValue[0].name).add(latByValue[0].name);
    Object.assign(mapping, { lng: lngByValue[0].name, lat: latByValue[0].name });
  }
}

function detectAttributes(columns: ColumnSample[], used: Set<string>, mapping: ColumnMapping): void {
  // Postcodes place rows without coordinates once a postcode lookup is loaded (issue 19).
  const postcode = pick(columns, used, POSTCODE, () => true);
  if (postcode) mapping.postcode = postcode.name;
  const date = pick(columns, used, DATE, (column) => column.filled === 0 || mostly(column.dates, column.filled, 0.5)) ?? pickFirst(columns, used, (column) => mostly(column.dates, column.filled, 0.9));
  if (date) mapping.date = date.name;
  const fewValues = (column: ColumnSample) => isText(column) && column.distinct <= CATEGORY_MAX_DISTINCT;
  const category =
    pick(columns, used, CATEGORY, fewValues) ??
    pickFirst(columns, used, (column) => fewValues(column) && column.distinct >= 2 && column.distinct <= 0.5 * column.filled && column.dates === 0 && column.gss === 0 && !ID.exact.has(column.normalised));
  if (category) mapping.category = category.name;
  const id = pick(columns, used, ID, () => true);
  if (id) mapping.id = id.name;
  const weight = pick(columns, used, WEIGHT, (column) => column.filled > 0 && isNumeric(column));
  if (weight) mapping.weight = weight.name;
  const areaCode =
    pickFirst(columns, used, (column) => AREA_CODE_NAME.test(column.normalised) && (column.filled === 0 || mostly(column.gss, column.filled, 0.8))) ??
    pickFirst(columns, used, (column) => mostly(column.gss, column.filled, 0.9));
  if (areaCode) mapping.areaCode = areaCode.name;
}

/**
 * Detects the column mapping from the header and a sample of rows (cells as strings). A police.uk
 * street-level header is recognised by name; otherwise names and value ranges decide. With
 * `positionFromGeometry` (GeoJSON points) no position columns are looked for.
 */
export function detectIncidentColumns(columns: readonly string[], sampleRows: readonly (readonly string[])[], options: { positionFromGeometry: boolean }): ColumnDetection {
  const police = options.positionFromGeometry ? null : recognisePoliceUkHeader(columns);
  if (police) return { columns: [...columns], mapping: police.mapping, recognisedAs: POLICE_UK_STREET };
  const samples = columns.map((name, index) => sampleColumn(name, index, sampleRows));
  const used = new Set<string>();
  const mapping: ColumnMapping = {};
  if (!options.positionFromGeometry) detectPosition(samples, used, mapping);
  detectAttributes(samples, used, mapping);
  return { columns: [...columns], mapping, recognisedAs: null };
}

/** Whether the mapping places rows: longitude and latitude, or easting and northing, both named. */
export function hasPositionColumns(mapping: ColumnMapping): boolean {
  return Boolean((mapping.lng && mapping.lat) || (mapping.easting && mapping.northing));
}

/**
 * Columns kept as `extraColumns`, in header order. For police.uk: Crime ID (the id), Reported by, Location,
 * LSOA name and Last outcome category. Otherwise every column not mapped to a position, date, category,
 * weight or area code (the id column is kept, since the dataset has no id array of its own).
 */
export function extraColumnNames(detection: ColumnDetection, mapping: ColumnMapping): string[] {
  const { lng, lat, easting, northing, date, category, weight, areaCode } = mapping;
  const mapped = new Set([lng, lat, easting, northing, date, category, weight, areaCode].filter((name): name is string => Boolean(name)));
  const police = detection.recognisedAs === POLICE_UK_STREET ? recognisePoliceUkHeader(detection.columns) : null;
  const wanted = police ? new Set([...police.extraColumns, ...(mapping.id ? [mapping.id] : [])]) : null;
  return detection.columns.filter((column) => !mapped.has(column) && (wanted === null || wanted.has(column)));
}
