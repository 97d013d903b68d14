/** GeoJSON boundary importer: FeatureCollection, Feature or bare geometry, in WGS84 or British National Grid. */
import type { ExpectedContent, FoundContent, ImportResult, InputFile, ParsedAreas } from '../../types';
import { declaredCrsFromMember } from './crs-resolution';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { parseJsonFile } from './json-text';

const EXPECTED: ExpectedContent = 'geojson-areas';
const GEOMETRY_TYPES = new Set(['Point', 'MultiPoint', 'LineString', 'MultiLineString', 'Polygon', 'MultiPolygon', 'GeometryCollection']);

/** Reads a GeoJSON file's features without interpreting them (shared with `inspect`). */
export function readGeoJsonFeatures(file: InputFile): ImportResult<RawFeatureSet> {
  const parsed = parseJsonFile(file, EXPECTED);
  if (!parsed.ok) return parsed;
  const json = parsed.json;
  const fail = (found: FoundContent, type = ''): ImportResult<RawFeatureSet> => ({
    ok: false,
    error: { code: 'parse-failed', detail: 'not-geojson', file: file.name, params: { file: file.name, expected: EXPECTED, found, type } },
  });
  if (json === null || typeof json !== 'object' || Array.isArray(json)) return fail(Array.isArray(json) ? 'json-array' : json === null ? 'json-null' : 'json-scalar');
  const object = json as Record<string, unknown>;
  let features: RawFeature[];
  if (object.type === 'FeatureCollection') {
    if (!Array.isArray(object.features)) return fail('collection-without-features');
    features = object.features.map((feature: unknown) => {
      const { geometry, properties, id } = (feature ?? {}) as { geometry?: unknown; properties?: unknown; id?: unknown };
      return { geometry, properties, id };
    });
  } else if (object.type === 'Feature') {
    features = [{ geometry: object.geometry, properties: object.properties, id: object.id }];
  } else if (typeof object.type === 'string' && GEOMETRY_TYPES.has(object.type)) {
    features = [{ geometry: object, properties: {} }];
  } else if (object.type === 'Topology') {
    return fail('topology');
  } else {
    return typeof object.type === 'string' ? fail('object-of-type', object.type) : fail('object-without-type');
  }

  const declared = declaredCrsFromMember(file.name, object);
  if (!declared.ok) return declared;
  return { ok: true, value: { format: 'geojson', file: file.name, files: [file.name], features, declared: declared.value, warnings: [] }, warnings: [] };
}

/** Parses a GeoJSON boundary file into WGS84 areas (honouring a legacy `crs` naming EPSG:27700). */
export async function parseGeoJsonAreas(file: InputFile): Promise<ImportResult<ParsedAreas>> {
  const raw = readGeoJsonFeatures(file);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
