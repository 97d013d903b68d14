/**
 * Recognising the coordinate reference system of a file from a shapefile `.prj`, a GeoJSON `crs` name, or,
 * failing those, the range of the coordinates: WGS84 lng/lat and British National Grid by name, and any
 * other system proj4 can read (Irish Grid, UTM…) through crs-proj4.ts (issue 19).
 */
import type { BBox } from '../types';
import { readCrs, type ReadableCrs } from './crs-proj4';

/** What a `.prj` or a `crs` name declares: WGS84, BNG, another system proj4 reads, or one it cannot (with its name). */
export type DeclaredCrs = { kind: 'wgs84' } | { kind: 'bng' } | { kind: 'projected'; crs: ReadableCrs } | { kind: 'unsupported'; name: string };

/** Another coordinate system read by proj4, or `unsupported` with its name when proj4 cannot read it. */
function readOtherCrs(text: string, name: string): DeclaredCrs {
  const crs = readCrs(text, name);
  return crs ? { kind: 'projected', crs } : { kind: 'unsupported', name };
}

/** Lower-case letters and digits only, so "OSGB_1936", "OSGB 1936" and "osgb1936" compare equal. */
function squash(text: string): string {
  return text.toLowerCase().replace(/[^a-z0-9]/g, '');
}

function wktParameters(wkt: string): Map<string, number> {
  const parameters = new Map<string, number>();
  for (const match of wkt.matchAll(/PARAMETER\s*\[\s*"([^"]+)"\s*,\s*([-+\d.eE]+)/gi)) {
    parameters.set(squash(match[1]), Number(match[2]));
  }
  return parameters;
}

/** True when the WKT carries an EPSG authority/id with this code (WKT1 AUTHORITY or WKT2 ID). */
function hasEpsgCode(wkt: string, code: number): boolean {
  const pattern = /(?:AUTHORITY|ID)\s*\[\s*"EPSG"\s*,\s*"?(\d+)"?\s*\]\s*\]?\s*$/i;
  const match = pattern.exec(wkt.trim());
  return match !== null && Number(match[1]) === code;
}

function isBngProjection(wkt: string, name: string): boolean {
  if (squash(name).includes('britishnationalgrid') || hasEpsgCode(wkt, 27700)) return true;
  // Some writers name it differently; fall back to the defining parameters on the OSGB36 datum.
  const parameters = wktParameters(wkt);
  const near = (key: string, value: number) => Math.abs((parameters.get(key) ?? NaN) - value) < 1e-6;
  return (
    squash(wkt).includes('osgb1936') &&
    /transverse_?mercator/i.test(wkt) &&
    near('centralmeridian', -2) &&
    near('latitudeoforigin', 49) &&
    near('falseeasting', 400000) &&
    near('falsenorthing', -100000)
  );
}

function isWgs84Geographic(wkt: string, name: string): boolean {
  const squashedName = squash(name);
  const datum = /DATUM\s*\[\s*"([^"]*)"/i.exec(wkt)?.[1] ?? '';
  const squashedDatum = squash(datum);
  const isWgs84Label = (label: string) =>
    label.includes('wgs84') || label.includes('wgs1984') || label.includes('worldgeodeticsystem1984');
  return isWgs84Label(squashedName) || isWgs84Label(squashedDatum) || hasEpsgCode(wkt, 4326);
}

/**
 * Reads ESRI or OGC WKT (WKT1 or WKT2) from a `.prj`: OSGB 1936 / British National Grid → `bng`,
 * WGS 84 geographic → `wgs84`; anything else proj4 reads (UTM, Irish Grid, other datums) → `projected`;
 * the rest is `unsupported` with its name.
 */
export function detectCrsFromPrj(wkt: string): DeclaredCrs {
  const header = /^\s*([A-Z_]+)\s*\[\s*"([^"]*)"/i.exec(wkt);
  if (!header) return { kind: 'unsupported', name: wkt.trim().slice(0, 80) || 'an empty .prj' };
  const keyword = header[1].toUpperCase();
  const name = header[2];
  if (['PROJCS', 'PROJCRS', 'PROJECTEDCRS'].includes(keyword)) {
    return isBngProjection(wkt, name) ? { kind: 'bng' } : readOtherCrs(wkt, name);
  }
  if (['GEOGCS', 'GEOGCRS', 'GEODCRS', 'GEOGRAPHICCRS', 'GEODETICCRS'].includes(keyword)) {
    return isWgs84Geographic(wkt, name) ? { kind: 'wgs84' } : readOtherCrs(wkt, name);
  }
  return { kind: 'unsupported', name };
}

/**
 * Reads a GeoJSON (2008) `crs` member name such as "EPSG:27700", "urn:ogc:def:crs:EPSG::27700" or
 * "urn:ogc:def:crs:OGC:1.3:CRS84".
 */
export function detectCrsFromName(name: string): DeclaredCrs {
  const squashed = squash(name);
  if (squashed.endsWith('crs84') || squashed.endsWith('crs84h')) return { kind: 'wgs84' };
  const epsg = /epsg.*?(\d+)\s*$/i.exec(name);
  if (epsg && Number(epsg[1]) === 4326) return { kind: 'wgs84' };
  if (epsg && Number(epsg[1]) === 27700) return { kind: 'bng' };
  return epsg ? readOtherCrs(`EPSG:${epsg[1]}`, name) : { kind: 'unsupported', name };
}

/**
 * Guesses the CRS of undeclared coordinates from their bounding box: inside ±180/±90 is WGS84; metres
 * within the British National Grid extent (x 0..700 km, y 0..1300 km, with a small margin) and well beyond
 * degree range is BNG; anything else is unknown.
 */
export function guessCrsFromCoordinateRange(bbox: Readonly<BBox>): 'wgs84' | 'bng' | 'unknown' {
  const [minX, minY, maxX, maxY] = bbox;
  if (![minX, minY, maxX, maxY].every(Number.isFinite)) return 'unknown';
  if (minX >= -180 && maxX <= 180 && minY >= -90 && maxY <= 90) return 'wgs84';
  const marginM = 10_000;
  const withinGrid = minX >= -marginM && maxX <= 700_000 + marginM && minY >= -marginM && maxY <= 1_300_000 + marginM;
  const clearlyMetres = Math.max(Math.abs(maxX), Math.abs(maxY)) > 1_000;
  return withinGrid && clearlyMetres ? 'bng' : 'unknown';
}
