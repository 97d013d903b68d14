/** ESRI Shapefile importer (.shp + .dbf, with .prj for the CRS and .cpg for the attribute encoding). */
import { open } from 'shapefile';
import type { ImportResult, InputFile, ParsedAreas } from '../../types';
import { detectCrsFromPrj } from '../../geo/crs-detection';
import { toDeclaredFileCrs, type DeclaredFileCrs } from './crs-resolution';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { decodeText } from './json-text';
import { chooseDbfEncoding } from './shapefile-encoding';

/** The files of one shapefile set, by extension. `.shx` is accepted but not needed (records are read in order). */
export interface ShapefileParts {
  shp?: InputFile;
  dbf?: InputFile;
  prj?: InputFile;
  cpg?: InputFile;
  shx?: InputFile;
}

/** The `.shp` header's file code (bytes 0-3, big-endian), which every shapefile starts with. */
export const SHP_FILE_CODE = 9994;
const MULTIPATCH_SHAPE_TYPE = 31;

function checkShpHeader(shp: InputFile): ImportResult<null> {
  const view = new DataView(shp.bytes);
  if (shp.bytes.byteLength < 100 || view.getInt32(0, false) !== SHP_FILE_CODE) {
    return {
      ok: false,
      error: { code: 'parse-failed', detail: 'not-shapefile', file: shp.name, params: { file: shp.name } },
    };
  }
  if (view.getInt32(32, true) === MULTIPATCH_SHAPE_TYPE) {
    return {
      ok: false,
      error: { code: 'wrong-geometry', detail: 'multipatch', file: shp.name, params: { file: shp.name } },
    };
  }
  return { ok: true, value: null, warnings: [] };
}

function declaredFromPrj(prj: InputFile): ImportResult<DeclaredFileCrs> {
  const wkt = decodeText(prj.bytes);
  const detected = detectCrsFromPrj(wkt);
  const crs = toDeclaredFileCrs(detected, 'prj', wkt.trim());
  if (!crs) {
    return {
      ok: false,
      error: {
        code: 'unsupported-crs',
        detail: 'prj',
        file: prj.name,
        params: { file: prj.name, crs: detected.kind === 'unsupported' ? detected.name : '' },
      },
    };
  }
  return { ok: true, value: crs, warnings: [] };
}

/** Reads a shapefile set's records as raw features in the file's own coordinates (shared with `inspect`). */
export async function readShapefileFeatures(parts: ShapefileParts): Promise<ImportResult<RawFeatureSet>> {
  const { shp, dbf, prj, cpg } = parts;
  if (!shp) {
    const present = [dbf, prj, cpg, parts.shx].filter((part): part is InputFile => part !== undefined);
    const name = present[0]?.name ?? 'shapefile';
    return {
      ok: false,
      error: { code: 'missing-shp', file: name, params: { files: present.map((part) => part.name).join(', ') } },
    };
  }
  if (!dbf) {
    return {
      ok: false,
      error: { code: 'missing-dbf', file: shp.name, params: { file: shp.name, dbf: shp.name.replace(/\.shp$/i, '.dbf') } },
    };
  }
  const header = checkShpHeader(shp);
  if (!header.ok) return header;
  const declared = prj ? declaredFromPrj(prj) : null;
  if (declared && !declared.ok) return declared;
  const { encoding, warnings } = chooseDbfEncoding(dbf, cpg);

  const features: RawFeature[] = [];
  try {
    const source = await open(shp.bytes, dbf.bytes, { encoding });
    for (let result = await source.read(); !result.done; result = await source.read()) {
      features.push({ geometry: result.value.geometry, properties: result.value.properties });
    }
  } catch (caught) {
    return {
      ok: false,
      error: {
        code: 'parse-failed',
        detail: 'damaged-shapefile',
        file: shp.name,
        params: { file: shp.name, reason: caught instanceof Error ? caught.message : String(caught) },
      },
    };
  }
  const files = [shp, dbf, prj, cpg, parts.shx].filter((part): part is InputFile => part !== undefined).map((part) => part.name);
  return {
    ok: true,
    value: { format: 'shapefile', file: shp.name, files, features, declared: declared ? declared.value : null, missingPrj: !prj, warnings },
    warnings: [],
  };
}

/** Parses a shapefile set into WGS84 areas, reprojecting from British National Grid when the .prj says so. */
export async function parseShapefileAreas(parts: ShapefileParts): Promise<ImportResult<ParsedAreas>> {
  const raw = await readShapefileFeatures(parts);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
