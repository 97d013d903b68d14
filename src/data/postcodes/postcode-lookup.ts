/**
 * Reading a postcode lookup: the ONS Postcode Directory (ONSPD) or National Statistics Postcode Lookup
 * (NSPL) CSV — same column names: `pcds`/`pcd`, `lat`/`long`, `oseast1m`/`osnrth1m`, `lsoa21`/`lsoa11`,
 * `osward` — whole or cut to an area, or OS Code-Point Open's headerless CSV (postcode, quality,
 * eastings, northings, …, ward code in the tenth column). Rows without a grid reference (ONSPD gives
 * them latitude 99.999999; Code-Point Open eastings 0) are counted and left out.
 */
import Papa from 'papaparse';
import type { ImportResult, InputFile, PostcodeLookup } from '../../types';
import { bngToWgs84 } from '../../geo/projection';
import { decodeTextFile } from '../importers/text-decoding';
import { normalisePostcode } from './postcode-format';

/** Column names by role, most specific first (ONSPD/NSPL names, then common spellings). */
const COLUMN_NAMES = {
  postcode: ['pcds', 'pcd', 'pcd2', 'pcd7', 'pcd8', 'postcode', 'post code', 'postcode_no_space'],
  lat: ['lat', 'latitude'],
  lng: ['long', 'lng', 'lon', 'longitude'],
  easting: ['oseast1m', 'eastings', 'easting'],
  northing: ['osnrth1m', 'northings', 'northing'],
  lsoa: ['lsoa21', 'lsoa21cd', 'lsoa11', 'lsoa11cd', 'lsoa', 'lsoa code'],
  ward: ['osward', 'ward', 'wardcd', 'ward code'],
} as const;

type Role = keyof typeof COLUMN_NAMES;
type Columns = Record<Role, number>;

/** Code-Point Open's columns (OS "Code-Point Open user guide"): the file itself has no header row. */
const CODE_POINT_OPEN: Columns = { postcode: 0, lat: -1, lng: -1, easting: 2, northing: 3, lsoa: -1, ward: 9 };
const CODE_POINT_OPEN_NAMES = { postcode: 'Postcode', lsoa: null, ward: 'Admin_ward_code' };

function findColumns(header: readonly string[]): Columns {
  const names = header.map((name) => name.trim().toLowerCase());
  const find = (role: Role) => {
    for (const candidate of COLUMN_NAMES[role]) if (names.includes(candidate)) return names.indexOf(candidate);
    return role === 'ward' ? names.findIndex((name) => /^wd\d\dcd$/.test(name)) : -1;
  };
  return { postcode: find('postcode'), lat: find('lat'), lng: find('lng'), easting: find('easting'), northing: find('northing'), lsoa: find('lsoa'), ward: find('ward') };
}

const hasPosition = (columns: Columns) => (columns.lat >= 0 && columns.lng >= 0) || (columns.easting >= 0 && columns.northing >= 0);

/** True when the first row is Code-Point Open data: a postcode, a quality number, then eastings and northings. */
function isCodePointOpenRow(row: readonly string[]): boolean {
  return row.length >= 10 && normalisePostcode(row[0]) !== null && /^\d+$/.test(row[1].trim()) && /^\d+$/.test(row[2].trim()) && /^\d+$/.test(row[3].trim());
}

/**
 * True when a header (or Code-Point Open's first row) is a postcode lookup: a postcode column and
 * a position (latitude and longitude, or eastings and northings). The file registry asks this first,
 * because an ONSPD also looks like a table of points.
 */
export function isPostcodeLookupHeader(firstRow: readonly string[]): boolean {
  if (isCodePointOpenRow(firstRow)) return true;
  const columns = findColumns(firstRow);
  return columns.postcode >= 0 && hasPosition(columns);
}

/** The [lng, lat] of a row, or null when it has no grid reference. */
function rowPosition(row: readonly string[], columns: Columns): [number, number] | null {
  if (columns.lat >= 0 && columns.lng >= 0) {
    const lat = Number(row[columns.lat]);
    const lng = Number(row[columns.lng]);
    if (row[columns.lat]?.trim() && row[columns.lng]?.trim() && Math.abs(lat) <= 90 && Math.abs(lng) <= 180) return [lng, lat];
    if (columns.easting < 0) return null;
  }
  const easting = Number(row[columns.easting]);
  const northing = Number(row[columns.northing]);
  if (!row[columns.easting]?.trim() || !(easting > 0 && northing > 0 && easting < 800_000 && northing < 1_400_000)) return null;
  return bngToWgs84(easting, northing);
}

/**
 * Reads one postcode lookup file into columns of canonical postcodes, WGS84 centroids and LSOA and ward
 * codes. `not-a-postcode-lookup` when no postcode or position column is found; `empty` when no row has both.
 */
export function parsePostcodeLookup(file: InputFile): ImportResult<PostcodeLookup> {
  const { text, warnings } = decodeTextFile(file);
  const rows = Papa.parse<string[]>(text.replace(/^\uFEFF/, ''), { skipEmptyLines: 'greedy' }).data;
  if (rows.length === 0) return { ok: false, error: { code: 'empty', file: file.name, params: { file: file.name, expected: 'postcode-lookup' } } };
  const codePointOpen = isCodePointOpenRow(rows[0]);
  const columns = codePointOpen ? CODE_POINT_OPEN : findColumns(rows[0]);
  if (columns.postcode < 0 || !hasPosition(columns)) {
    return { ok: false, error: { code: 'not-a-postcode-lookup', file: file.name, params: { file: file.name, columns: rows[0].slice(0, 12).join(', ') } } };
  }
  const body = codePointOpen ? rows : rows.slice(1);
  const lookup: PostcodeLookup = {
    format: codePointOpen ? 'code-point-open' : 'onspd',
    files: [file.name],
    postcodes: [],
    lng: new Float64Array(body.length),
    lat: new Float64Array(body.length),
    lsoaCodes: columns.lsoa >= 0 ? [] : null,
    wardCodes: columns.ward >= 0 ? [] : null,
    columns: codePointOpen ? CODE_POINT_OPEN_NAMES : { postcode: rows[0][columns.postcode].trim(), lsoa: columns.lsoa >= 0 ? rows[0][columns.lsoa].trim() : null, ward: columns.ward >= 0 ? rows[0][columns.ward].trim() : null },
    skipped: { noPosition: 0, badPostcode: 0 },
  };
  for (const row of body) {
    const postcode = normalisePostcode(row[columns.postcode] ?? '');
    if (postcode === null) {
      lookup.skipped.badPostcode += 1;
      continue;
    }
    const position = rowPosition(row, columns);
    if (!position) {
      lookup.skipped.noPosition += 1;
      continue;
    }
    const at = lookup.postcodes.length;
    lookup.postcodes.push(postcode);
    [lookup.lng[at], lookup.lat[at]] = position;
    lookup.lsoaCodes?.push((row[columns.lsoa] ?? '').trim());
    lookup.wardCodes?.push((row[columns.ward] ?? '').trim());
  }
  if (lookup.postcodes.length === 0) return { ok: false, error: { code: 'empty', file: file.name, params: { file: file.name, expected: 'postcode-lookup' } } };
  lookup.lng = lookup.lng.slice(0, lookup.postcodes.length);
  lookup.lat = lookup.lat.slice(0, lookup.postcodes.length);
  return { ok: true, value: lookup, warnings };
}
