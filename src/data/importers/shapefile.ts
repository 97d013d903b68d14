/** ESRI Shapefile importer (.shp + .dbf, with .prj for the CRS and .cpg for the attribute encoding). */
import { open } from 'shapefile';
import type { ImportResult, InputFile, ParsedAreas } from '../../types';
import { detectCrsFromPrj } from '../../geo/crs-detection';
import type { DeclaredFileCrs } from './crs-resolution';
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
      error: { code: 'parse-failed', file: shp.name, message: `${shp.name} is not a shapefile: expected a .shp header starting with file code 9994.`, hint: 'the file may be truncated or renamed; export the shapefile again.' },
    };
  }
  if (view.getInt32(32, true) === MULTIPATCH_SHAPE_TYPE) {
    return {
      ok: false,
      error: { code: 'wrong-geometry', file: shp.name, message: `${shp.name}: found MultiPatch (3D surface) shapes; expected Polygon or MultiPolygon areas.`, hint: 'export the layer as 2D polygons.' },
    };
  }
  return { ok: true, value: null, warnings: [] };
}

function declaredFromPrj(prj: InputFile): ImportResult<DeclaredFileCrs> {
  const wkt = decodeText(prj.bytes);
  const crs = detectCrsFromPrj(wkt);
  if (crs.kind === 'unsupported') {
    return {
      ok: false,
      error: {
        code: 'unsupported-crs',
        file: prj.name,
        message: `${prj.name} puts the shapefile in "${crs.name}"; only WGS84 (EPSG:4326) and British National Grid (EPSG:27700) can be read.`,
        hint: 'reproject the layer to British National Grid (EPSG:27700) or WGS84 (EPSG:4326), e.g. in QGIS with "Export > Save Features As…", and load it again.',
      },
    };
  }
  return { ok: true, value: { source: crs.kind, detectedBy: 'prj', declared: wkt.trim() }, warnings: [] };
}

/** Reads a shapefile set's records as raw features in the file's own coordinates (shared with `inspect`). */
export async function readShapefileFeatures(parts: ShapefileParts): Promise<ImportResult<RawFeatureSet>> {
  const { shp, dbf, prj, cpg } = parts;
  if (!shp) {
    const present = [dbf, prj, cpg, parts.shx].filter((part): part is InputFile => part !== undefined);
    const name = present[0]?.name ?? 'shapefile';
    return {
      ok: false,
      error: { code: 'missing-shp', file: name, message: `${present.map((part) => part.name).join(', ')}: the .shp file with the shapes is missing; a shapefile needs at least .shp and .dbf.`, hint: 'add the .shp file with the same name (or drop a .zip of the whole set).' },
    };
  }
  if (!dbf) {
    return {
      ok: false,
      error: { code: 'missing-dbf', file: shp.name, message: `${shp.name}: the .dbf file with the attributes (area codes and names) is missing.`, hint: `add ${shp.name.replace(/\.shp$/i, '.dbf')} (or drop a .zip of the whole set).` },
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
        file: shp.name,
        message: `${shp.name} could not be read (${caught instanceof Error ? caught.message : String(caught)}); the .shp or .dbf is damaged or they do not belong together.`,
        hint: 'export the shapefile again and load all its files together.',
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
