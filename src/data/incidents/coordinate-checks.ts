/**
 * Checks on one incident position, before and after reprojection. Each check returns `'ok'` or the
 * reason the row is rejected; nothing is guessed (swapped columns are reported, never swapped back).
 */
import type { RejectReason } from '../../types';

/**
 * A generous box around the UK, Ireland, the Isle of Man and the Channel Islands (WGS84 degrees): from
 * west of the Irish coast to east of Lowestoft, from south of Jersey to north of Shetland.
 */
export const UK_LNG_MIN = -11;
export const UK_LNG_MAX = 2.5;
export const UK_LAT_MIN = 49;
export const UK_LAT_MAX = 61.5;

/** British National Grid extent in metres (EPSG:27700 covers 0..700 km east, 0..1300 km north), with a margin. */
const GRID_MARGIN_M = 10_000;
const GRID_EASTING_MAX = 700_000;
const GRID_NORTHING_MAX = 1_300_000;

/** What a position check found. */
export type PositionCheck = 'ok' | Extract<RejectReason, 'bad-coordinates' | 'outside-uk' | 'bng-in-lat-lng-columns' | 'lat-lng-swapped'>;

const isDigit = (code: number): boolean => code >= 48 && code <= 57;
const isSpace = (code: number): boolean => code === 32 || code === 9;

/** True when text[start, end) is a plain decimal number: sign, digits with an optional point, exponent. */
function isPlainNumber(text: string, start: number, end: number): boolean {
  let i = start;
  const sign = text.charCodeAt(i);
  if (sign === 43 || sign === 45) i += 1;
  let digits = 0;
  for (; i < end && isDigit(text.charCodeAt(i)); i += 1) digits += 1;
  if (i < end && text.charCodeAt(i) === 46) {
    i += 1;
    for (; i < end && isDigit(text.charCodeAt(i)); i += 1) digits += 1;
  }
  if (digits === 0) return false;
  if (i < end && (text.charCodeAt(i) | 32) === 101) {
    i += 1;
    const exponentSign = text.charCodeAt(i);
    if (exponentSign === 43 || exponentSign === 45) i += 1;
    const exponentStart = i;
    while (i < end && isDigit(text.charCodeAt(i))) i += 1;
    if (i === exponentStart) return false;
  }
  return i === end;
}

/**
 * A coordinate cell as a number: NaN unless it is a plain decimal number (surrounding spaces allowed; no
 * thousands separators, hex or "Infinity"). Scans characters rather than using a RegExp: it runs twice a row.
 */
export function parseCoordinate(text: string): number {
  let start = 0;
  let end = text.length;
  while (start < end && isSpace(text.charCodeAt(start))) start += 1;
  while (end > start && isSpace(text.charCodeAt(end - 1))) end -= 1;
  return start < end && isPlainNumber(text, start, end) ? Number(text) : NaN;
}

/** True when the WGS84 position is inside the generous UK box. */
export function isInUk(lng: number, lat: number): boolean {
  return lng >= UK_LNG_MIN && lng <= UK_LNG_MAX && lat >= UK_LAT_MIN && lat <= UK_LAT_MAX;
}

/** True when x/y are within the British National Grid extent. */
export function isWithinGrid(x: number, y: number): boolean {
  return x >= -GRID_MARGIN_M && x <= GRID_EASTING_MAX + GRID_MARGIN_M && y >= -GRID_MARGIN_M && y <= GRID_NORTHING_MAX + GRID_MARGIN_M;
}

/** True when the pair is BNG metres rather than degrees: within the grid and clearly beyond degree range. */
export function looksLikeBng(x: number, y: number): boolean {
  return isWithinGrid(x, y) && Math.max(Math.abs(x), Math.abs(y)) > 1_000;
}

/** True when the pair is valid longitude/latitude degrees. */
export function isDegrees(lng: number, lat: number): boolean {
  return lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90;
}

/**
 * Checks values read from longitude/latitude columns (or a WGS84 point): BNG metres, values that are not
 * degrees, a swapped pair (latitude where longitude belongs, e.g. lng 51.5 lat -3.1) and places outside the UK.
 */
export function checkLngLat(lng: number, lat: number): PositionCheck {
  if (!Number.isFinite(lng) || !Number.isFinite(lat)) return 'bad-coordinates';
  if (isInUk(lng, lat)) return 'ok';
  if (looksLikeBng(lng, lat)) return 'bng-in-lat-lng-columns';
  if (!isDegrees(lng, lat)) return 'bad-coordinates';
  if (isInUk(lat, lng)) return 'lat-lng-swapped';
  return 'outside-uk';
}

/**
 * Checks values read from easting/northing columns before reprojection: degrees there are bad
 * coordinates (the columns are mislabelled), other values off the grid are outside the UK.
 */
export function checkEastingNorthing(easting: number, northing: number): PositionCheck {
  if (!Number.isFinite(easting) || !Number.isFinite(northing)) return 'bad-coordinates';
  if (isWithinGrid(easting, northing) && !isDegrees(easting, northing)) return 'ok';
  return isDegrees(easting, northing) ? 'bad-coordinates' : 'outside-uk';
}
