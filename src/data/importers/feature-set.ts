/**
 * The common second half of every boundary importer: a format reader yields a `RawFeatureSet` (features in
 * the file's own coordinates), and `toParsedAreas` checks geometry, handles the CRS and normalises properties.
 */
import type { Geometry, MultiPoint, Point, Position } from 'geojson';
import type { AreaFeature, AreaGeometry, BoundaryFormat, ExpectedContent, FieldValue, ImportResult, ImportWarning, ParsedAreas } from '../../types';
import { bboxOfGeometries } from '../../geo/bbox';
import { summariseFields } from '../field-detection';
import { checkLngLatRange, resolveCrs, toWgs84, type CrsEvidence } from './crs-resolution';
import { formatCount, listFirst } from './messages';

/** One feature as read from a file: anything may be missing or malformed. */
export interface RawFeature {
  geometry: unknown;
  properties: unknown;
  id?: unknown;
}

/** What a format reader hands on: features in the file's coordinates plus what the file says about its CRS. */
export interface RawFeatureSet extends CrsEvidence {
  format: BoundaryFormat;
  files: string[];
  features: RawFeature[];
  warnings: ImportWarning[];
  topojsonObject?: string;
  topojsonObjects?: string[];
}

/** How a raw geometry counts: an area, a point, a line, something else, or no usable coordinates. */
export type GeometryClass = 'area' | 'point' | 'line' | 'other' | 'none';

function isPosition(value: unknown): value is Position {
  return Array.isArray(value) && value.length >= 2 && Number.isFinite(value[0]) && Number.isFinite(value[1]);
}

function isPositionList(value: unknown): value is Position[] {
  return Array.isArray(value) && value.every(isPosition);
}

function isRingList(value: unknown): value is Position[][] {
  return Array.isArray(value) && value.every(isPositionList);
}

function hasPositions(lists: Position[][]): boolean {
  return lists.some((list) => list.length > 0);
}

/** Classifies a raw geometry; malformed or empty coordinates count as `none` (no usable geometry). */
export function classifyGeometry(geometry: unknown): { kind: GeometryClass; type: string } {
  if (geometry === null || typeof geometry !== 'object') return { kind: 'none', type: 'none' };
  const { type, coordinates } = geometry as { type?: unknown; coordinates?: unknown };
  const typeName = typeof type === 'string' ? type : 'unknown';
  switch (type) {
    case 'Polygon':
      return { kind: isRingList(coordinates) && hasPositions(coordinates) ? 'area' : 'none', type: typeName };
    case 'MultiPolygon':
      return {
        kind: Array.isArray(coordinates) && coordinates.every(isRingList) && coordinates.some(hasPositions) ? 'area' : 'none',
        type: typeName,
      };
    case 'Point':
      return { kind: isPosition(coordinates) ? 'point' : 'none', type: typeName };
    case 'MultiPoint':
      return { kind: isPositionList(coordinates) && coordinates.length > 0 ? 'point' : 'none', type: typeName };
    case 'LineString':
      return { kind: isPositionList(coordinates) && coordinates.length > 0 ? 'line' : 'none', type: typeName };
    case 'MultiLineString':
      return { kind: isRingList(coordinates) && hasPositions(coordinates) ? 'line' : 'none', type: typeName };
    default:
      return { kind: 'other', type: typeName };
  }
}

/** Counts of each geometry type name in a feature set, e.g. "Point (2,696), LineString (3)". */
export function describeGeometryTypes(features: RawFeature[]): string {
  const counts = new Map<string, number>();
  for (const feature of features) {
    const { kind, type } = classifyGeometry(feature.geometry);
    if (kind !== 'none') counts.set(type, (counts.get(type) ?? 0) + 1);
  }
  return [...counts].map(([type, count]) => `${type} (${formatCount(count)})`).join(', ');
}

function normaliseValue(value: unknown): FieldValue {
  if (value === null || value === undefined) return null;
  if (typeof value === 'string' || typeof value === 'boolean') return value;
  if (typeof value === 'number') return Number.isFinite(value) ? value : null;
  // The dbf reader gives Date objects for D fields; keep the calendar date.
  if (value instanceof Date) return Number.isNaN(value.getTime()) ? null : value.toISOString().slice(0, 10);
  return JSON.stringify(value);
}

/** Properties as `FieldValue`s; a feature-level `id` is kept as property `id` unless one exists already. */
export function normaliseProperties(properties: unknown, id?: unknown): Record<string, FieldValue> {
  const normalised: Record<string, FieldValue> = {};
  if (properties && typeof properties === 'object' && !Array.isArray(properties)) {
    for (const [key, value] of Object.entries(properties)) normalised[key] = normaliseValue(value);
  }
  if ((typeof id === 'string' || typeof id === 'number') && !('id' in normalised)) normalised.id = id;
  return normalised;
}

/** Features of the wanted class with their 1-based number in the file, plus warnings for those skipped. */
export function selectFeatures(
  set: RawFeatureSet,
  wanted: 'area' | 'point',
): ImportResult<{ geometry: Geometry; properties: unknown; id: unknown; number: number }[]> {
  const { file, features } = set;
  const expected: ExpectedContent = wanted === 'area' ? 'areas' : 'points';
  if (features.length === 0) return { ok: false, error: { code: 'empty', detail: 'no-features', file, params: { file, expected } } };
  const selected: { geometry: Geometry; properties: unknown; id: unknown; number: number }[] = [];
  const noGeometry: number[] = [];
  const otherGeometry: number[] = [];
  features.forEach((feature, index) => {
    const { kind } = classifyGeometry(feature.geometry);
    if (kind === wanted) selected.push({ geometry: feature.geometry as Geometry, properties: feature.properties, id: feature.id, number: index + 1 });
    else if (kind === 'none') noGeometry.push(index + 1);
    else otherGeometry.push(index + 1);
  });
  if (selected.length === 0 && otherGeometry.length > 0) {
    return {
      ok: false,
      error: {
        code: 'wrong-geometry',
        ...(wanted === 'point' && { detail: 'points' as const }),
        file,
        params: { file, found: describeGeometryTypes(features), expected },
        foundPoints: wanted === 'area' && features.every((f) => classifyGeometry(f.geometry).kind !== 'area') && features.some((f) => classifyGeometry(f.geometry).kind === 'point'),
      },
    };
  }
  if (selected.length === 0) {
    return { ok: false, error: { code: 'no-coordinates', file, params: { file, count: features.length, expected } } };
  }
  const warnings: ImportWarning[] = [];
  if (noGeometry.length > 0) {
    warnings.push({
      code: 'features-skipped-no-geometry',
      file,
      count: noGeometry.length,
      examples: noGeometry.slice(0, 5).map(String),
      params: { file, count: noGeometry.length, features: listFirst(noGeometry) },
    });
  }
  if (otherGeometry.length > 0) {
    const others = describeGeometryTypes(otherGeometry.map((number) => features[number - 1]));
    warnings.push({
      code: 'features-skipped-wrong-geometry',
      file,
      count: otherGeometry.length,
      examples: otherGeometry.slice(0, 5).map(String),
      params: { file, count: otherGeometry.length, found: others, features: listFirst(otherGeometry), expected },
    });
  }
  return { ok: true, value: selected, warnings };
}

/** Turns a raw feature set into WGS84 areas with normalised properties, or the first problem found. */
export function toParsedAreas(set: RawFeatureSet): ImportResult<ParsedAreas> {
  const selected = selectFeatures(set, 'area');
  if (!selected.ok) return selected;
  const rawBbox = bboxOfGeometries(selected.value.map((feature) => feature.geometry));
  const resolved = resolveCrs(set, rawBbox);
  if (!resolved.ok) return resolved;
  const projected = selected.value.map((feature) => ({ ...feature, geometry: toWgs84(feature.geometry as AreaGeometry, resolved.crs) }));
  const checked = checkLngLatRange(set.file, projected, rawBbox);
  if (!checked.ok) return checked;
  const features: AreaFeature[] = checked.features.map((feature, index) => ({
    type: 'Feature',
    id: index,
    geometry: { type: feature.geometry.type, coordinates: feature.geometry.coordinates } as AreaGeometry,
    properties: normaliseProperties(feature.properties, feature.id),
  }));
  const value: ParsedAreas = {
    format: set.format,
    files: set.files,
    crs: resolved.crs,
    features,
    fields: summariseFields(features),
    bbox: bboxOfGeometries(features.map((feature) => feature.geometry)),
  };
  if (set.topojsonObject !== undefined) value.topojsonObject = set.topojsonObject;
  if (set.topojsonObjects !== undefined) value.topojsonObjects = set.topojsonObjects;
  return { ok: true, value, warnings: [...set.warnings, ...selected.warnings, ...resolved.warnings, ...checked.warnings] };
}

/** Point geometries of a raw set in WGS84 (for `inspect`), with the same CRS handling as areas. */
export function toWgs84Points(set: RawFeatureSet): ImportResult<{ geometries: (Point | MultiPoint)[]; crs: ParsedAreas['crs'] }> {
  const selected = selectFeatures(set, 'point');
  if (!selected.ok) return selected;
  const rawBbox = bboxOfGeometries(selected.value.map((feature) => feature.geometry));
  const resolved = resolveCrs(set, rawBbox);
  if (!resolved.ok) return resolved;
  const projected = selected.value.map((feature) => ({ ...feature, geometry: toWgs84(feature.geometry as Point | MultiPoint, resolved.crs) }));
  const checked = checkLngLatRange(set.file, projected, rawBbox);
  if (!checked.ok) return checked;
  return {
    ok: true,
    value: { geometries: checked.features.map((feature) => feature.geometry), crs: resolved.crs },
    warnings: [...set.warnings, ...selected.warnings, ...resolved.warnings, ...checked.warnings],
  };
}
