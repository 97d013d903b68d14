/**
 * Deciding which CRS a feature set's coordinates are in (declared, guessed from their range, or assumed
 * WGS84), reprojecting BNG to WGS84, and checking that the result really is longitude/latitude.
 */
import type { Geometry, MultiPoint, Point } from 'geojson';
import type { AreaGeometry, BBox, CrsInfo, ImportError, ImportResult, ImportWarning } from '../../types';
import { detectCrsFromName, guessCrsFromCoordinateRange, type DeclaredCrs } from '../../geo/crs-detection';
import { converterToWgs84, type ReadableCrs } from '../../geo/crs-proj4';
import { reprojectGeometry, reprojectGeometryFromBng } from '../../geo/projection';
import { bngDatumShift } from '../../geo/bng-datum-grid';
import { listFirst } from './messages';

/** A CRS named by the file itself (`.prj`, GeoJSON `crs` member, GeoPackage or FlatGeobuf header) that we can handle. */
export interface DeclaredFileCrs {
  source: 'wgs84' | 'bng' | 'projected';
  detectedBy: 'prj' | 'geojson-crs' | 'file-header';
  declared: string;
  /** 'projected' only: the system as proj4 reads it. */
  projected?: ReadableCrs;
}

/** The file's declaration as a `DeclaredFileCrs`, or null when `crs` is unsupported (the caller refuses it). */
export function toDeclaredFileCrs(crs: DeclaredCrs, detectedBy: DeclaredFileCrs['detectedBy'], declared: string): DeclaredFileCrs | null {
  switch (crs.kind) {
    case 'unsupported':
      return null;
    case 'projected':
      return { source: 'projected', detectedBy, declared, projected: crs.crs };
    default:
      return { source: crs.kind, detectedBy, declared };
  }
}

/** Where a feature set's CRS could come from; `missingPrj` marks a shapefile without its `.prj`. */
export interface CrsEvidence {
  file: string;
  declared: DeclaredFileCrs | null;
  missingPrj?: boolean;
}

/**
 * Reads a legacy GeoJSON `crs` member (`{ type: "name", properties: { name } }`) from the first holder that
 * has one (a GeoJSON object, or a TopoJSON object/topology). Null when none; `unsupported-crs` for others.
 */
export function declaredCrsFromMember(file: string, ...holders: unknown[]): ImportResult<DeclaredFileCrs | null> {
  for (const holder of holders) {
    const name = (holder as { crs?: { properties?: { name?: unknown } } } | null)?.crs?.properties?.name;
    if (typeof name !== 'string') continue;
    const crs = toDeclaredFileCrs(detectCrsFromName(name), 'geojson-crs', name);
    if (!crs) {
      return {
        ok: false,
        error: {
          code: 'unsupported-crs',
          file,
          params: { file, crs: name },
        },
      };
    }
    return { ok: true, value: crs, warnings: [] };
  }
  return { ok: true, value: null, warnings: [] };
}

/** Where a file declared its CRS, as the `where` parameter of a problem (`problemWord.where.<value>`). */
const WHERE: Record<DeclaredFileCrs['detectedBy'], string> = { prj: 'prj', 'geojson-crs': 'crs-member', 'file-header': 'file-header' };

/** The coordinate range of a file, as parameters of a problem (xMin, xMax, yMin, yMax, to 3 decimals). */
function rangeParams(box: Readonly<BBox>): { xMin: number; xMax: number; yMin: number; yMax: number } {
  const round = (value: number) => Math.round(value * 1000) / 1000;
  return { xMin: round(box[0]), xMax: round(box[2]), yMin: round(box[1]), yMax: round(box[3]) };
}

/**
 * A declared system other than WGS84 and BNG: named in the CrsInfo and the warning, with the datum shift's
 * accuracy (or a warning that none is known). Degrees under a projected declaration are refused, since a
 * projection would put them silently near its false origin.
 */
function resolveProjected(
  file: string,
  declared: DeclaredFileCrs,
  projected: ReadableCrs,
  guess: ReturnType<typeof guessCrsFromCoordinateRange>,
  rawBbox: Readonly<BBox>,
): { ok: true; crs: CrsInfo; warnings: ImportWarning[] } | { ok: false; error: ImportError } {
  const where = WHERE[declared.detectedBy];
  if (!projected.geographic && guess === 'wgs84') {
    return { ok: false, error: { code: 'coordinates-out-of-range', detail: 'declared-projected', file, params: { file, where, crs: projected.name, ...rangeParams(rawBbox) } } };
  }
  const crs: CrsInfo = {
    source: 'projected',
    detectedBy: declared.detectedBy,
    declared: declared.declared,
    name: projected.name,
    definition: projected.definition,
    ...(projected.shiftAccuracyM !== null && { shiftAccuracyM: projected.shiftAccuracyM }),
    ...(projected.shiftMissing && { shiftMissing: true }),
  };
  const detail = projected.shiftMissing ? 'no-datum-shift' as const : projected.shiftAccuracyM === null ? 'shift-given' as const : undefined;
  const warning: ImportWarning = { code: 'reprojected-from-crs', ...(detail && { detail }), file, params: { file, crs: projected.name, accuracyM: projected.shiftAccuracyM ?? 0 } };
  return { ok: true, crs, warnings: [warning] };
}

/** A BNG CrsInfo names the OSTN15 grid its datum shift goes through, when the user supplied one. */
function withBngShift(crs: CrsInfo): CrsInfo {
  const shift = bngDatumShift();
  return crs.source === 'bng' && shift.kind === 'grid' ? { ...crs, datumGrid: shift.file } : crs;
}

/**
 * Chooses the CRS for coordinates whose bounding box (in file units) is `rawBbox`. Returns the CrsInfo and
 * the warnings the user should see, or an error when a declared CRS contradicts the coordinates.
 */
export function resolveCrs(
  evidence: CrsEvidence,
  rawBbox: Readonly<BBox>,
): { ok: true; crs: CrsInfo; warnings: ImportWarning[] } | { ok: false; error: ImportError } {
  const { file, declared } = evidence;
  const guess = guessCrsFromCoordinateRange(rawBbox);
  if (declared?.projected) return resolveProjected(file, declared, declared.projected, guess, rawBbox);
  if (declared) {
    const crs: CrsInfo = withBngShift({ source: declared.source, detectedBy: declared.detectedBy, declared: declared.declared });
    if (declared.source === 'bng' && guess === 'wgs84') {
      const where = WHERE[declared.detectedBy];
      return { ok: false, error: { code: 'coordinates-out-of-range', detail: 'declared-bng', file, params: { file, where, ...rangeParams(rawBbox) } } };
    }
    const warnings: ImportWarning[] =
      declared.source === 'bng'
        ? [crs.datumGrid ? { code: 'reprojected-from-bng', detail: 'ostn15', file, params: { file, grid: crs.datumGrid } } : { code: 'reprojected-from-bng', file, params: { file } }]
        : [];
    return { ok: true, crs, warnings };
  }
  if (evidence.missingPrj) {
    const warning: ImportWarning = { code: 'missing-prj', ...(guess === 'bng' && { detail: 'bng' as const }), file, params: { file } };
    return { ok: true, crs: withBngShift({ source: guess === 'bng' ? 'bng' : 'wgs84', detectedBy: guess === 'unknown' ? 'assumed' : 'coordinate-range' }), warnings: [warning] };
  }
  if (guess === 'bng') {
    const warning: ImportWarning = { code: 'crs-from-coordinate-range', file, params: { file, ...rangeParams(rawBbox) } };
    return { ok: true, crs: withBngShift({ source: 'bng', detectedBy: 'coordinate-range' }), warnings: [warning] };
  }
  return { ok: true, crs: { source: 'wgs84', detectedBy: 'assumed' }, warnings: [] };
}

/** Returns the geometry in WGS84: reprojected (new object) from BNG or another declared system, else as given. */
export function toWgs84<G extends AreaGeometry | Point | MultiPoint>(geometry: G, crs: CrsInfo): G {
  if (crs.source === 'projected' && crs.definition) return reprojectGeometry(geometry, converterToWgs84(crs.definition));
  return crs.source === 'bng' ? reprojectGeometryFromBng(geometry) : geometry;
}

function positionsInRange(positions: number[][]): boolean {
  for (const position of positions) {
    const lng = position[0];
    const lat = position[1];
    if (!(lng >= -180 && lng <= 180 && lat >= -90 && lat <= 90)) return false;
  }
  return true;
}

/** True when every position of the (WGS84) geometry is within ±180° longitude and ±90° latitude. */
export function isGeometryInLngLatRange(geometry: Geometry): boolean {
  switch (geometry.type) {
    case 'Point':
      return positionsInRange([geometry.coordinates]);
    case 'MultiPoint':
    case 'LineString':
      return positionsInRange(geometry.coordinates);
    case 'Polygon':
    case 'MultiLineString':
      return geometry.coordinates.every(positionsInRange);
    case 'MultiPolygon':
      return geometry.coordinates.every((polygon) => polygon.every(positionsInRange));
    case 'GeometryCollection':
      return geometry.geometries.every(isGeometryInLngLatRange);
  }
}

/**
 * After CRS handling: drops features outside lng/lat range with a warning, or fails with
 * `coordinates-out-of-range` (and a hint based on what the raw coordinates look like) when none are left.
 */
export function checkLngLatRange<T extends { geometry: Geometry; number: number }>(
  file: string,
  features: T[],
  rawBbox: Readonly<BBox>,
): { ok: true; features: T[]; warnings: ImportWarning[] } | { ok: false; error: ImportError } {
  const inRange: T[] = [];
  const outNumbers: number[] = [];
  for (const feature of features) {
    if (isGeometryInLngLatRange(feature.geometry)) inRange.push(feature);
    else outNumbers.push(feature.number);
  }
  if (outNumbers.length === 0) return { ok: true, features: inRange, warnings: [] };
  if (inRange.length === 0) {
    const looksBng = guessCrsFromCoordinateRange(rawBbox) === 'bng';
    return { ok: false, error: { code: 'coordinates-out-of-range', ...(looksBng && { detail: 'bng' as const }), file, params: { file, ...rangeParams(rawBbox) } } };
  }
  const warning: ImportWarning = {
    code: 'features-skipped-out-of-range',
    file,
    count: outNumbers.length,
    examples: outNumbers.slice(0, 5).map(String),
    params: { file, count: outNumbers.length, total: features.length, features: listFirst(outNumbers) },
  };
  return { ok: true, features: inRange, warnings: [warning] };
}
