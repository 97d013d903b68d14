/** TopoJSON boundary importer: picks one object of the topology and converts it to WGS84 areas. */
import { feature as topojsonFeature } from 'topojson-client';
import type { GeometryObject, Topology } from 'topojson-specification';
import type { ImportResult, InputFile, ParsedAreas } from '../../types';
import { declaredCrsFromMember } from './crs-resolution';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { parseJsonFile } from './json-text';

/** Options for TopoJSON: which object to read when the topology holds several. */
export interface TopoJsonOptions {
  objectName?: string;
}

function holdsPolygons(object: GeometryObject): boolean {
  if (object.type === 'Polygon' || object.type === 'MultiPolygon') return true;
  return object.type === 'GeometryCollection' && object.geometries.some(holdsPolygons);
}

function chooseObject(file: string, names: string[], objects: Record<string, GeometryObject>, wanted: string | undefined): ImportResult<string> {
  if (wanted !== undefined) {
    if (names.includes(wanted)) return { ok: true, value: wanted, warnings: [] };
    return {
      ok: false,
      error: {
        code: 'unknown-topojson-object',
        file,
        params: { file, object: wanted, objects: names.map((name) => `"${name}"`).join(', ') },
        choices: names,
      },
    };
  }
  if (names.length === 1) return { ok: true, value: names[0], warnings: [] };
  const withPolygons = names.filter((name) => holdsPolygons(objects[name]));
  if (withPolygons.length === 1) return { ok: true, value: withPolygons[0], warnings: [] };
  if (withPolygons.length > 1) {
    return {
      ok: false,
      error: {
        code: 'ambiguous-topojson-object',
        file,
        params: { file, count: withPolygons.length, objects: withPolygons.map((name) => `"${name}"`).join(', ') },
        choices: withPolygons,
      },
    };
  }
  // No object holds areas: read the first, so the caller reports what it does hold.
  return { ok: true, value: names[0], warnings: [] };
}

/** Reads the chosen object of a TopoJSON file as raw features (shared with `inspect`). */
export function readTopoJsonFeatures(file: InputFile, options: TopoJsonOptions = {}): ImportResult<RawFeatureSet> {
  const parsed = parseJsonFile(file, 'topojson-areas');
  if (!parsed.ok) return parsed;
  const topology = parsed.json as Partial<Topology> | null;
  if (topology === null || typeof topology !== 'object' || topology.type !== 'Topology' || !Array.isArray(topology.arcs)) {
    return {
      ok: false,
      error: {
        code: 'parse-failed',
        detail: 'not-topology',
        file: file.name,
        params: { file: file.name, type: topology === null || typeof topology !== 'object' ? '—' : String(topology.type) },
      },
    };
  }
  const objects = (topology.objects ?? {}) as Record<string, GeometryObject>;
  const names = Object.keys(objects);
  if (names.length === 0) {
    return { ok: false, error: { code: 'no-objects', file: file.name, params: { file: file.name } } };
  }
  const chosen = chooseObject(file.name, names, objects, options.objectName);
  if (!chosen.ok) return chosen;
  // Some ogr2ogr-made topologies carry a GeoJSON-style `crs` member on the object.
  const crs = declaredCrsFromMember(file.name, objects[chosen.value], topology);
  if (!crs.ok) return crs;
  let features: RawFeature[];
  try {
    const converted = topojsonFeature(topology as Topology, objects[chosen.value]);
    const list = 'features' in converted ? converted.features : [converted];
    features = list.map(({ geometry, properties, id }) => ({ geometry, properties, id }));
  } catch (caught) {
    return {
      ok: false,
      error: {
        code: 'parse-failed',
        detail: 'damaged-object',
        file: file.name,
        params: { file: file.name, object: chosen.value, reason: caught instanceof Error ? caught.message : String(caught) },
      },
    };
  }
  return {
    ok: true,
    value: { format: 'topojson', file: file.name, files: [file.name], features, declared: crs.value, warnings: [], topojsonObject: chosen.value, topojsonObjects: names },
    warnings: [],
  };
}

/** Parses one object of a TopoJSON file into WGS84 areas; several area objects need `objectName`. */
export async function parseTopoJsonAreas(file: InputFile, options: TopoJsonOptions = {}): Promise<ImportResult<ParsedAreas>> {
  const raw = readTopoJsonFeatures(file, options);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
