/**
 * Points in GeoPackage, KML/KMZ, CSV with WKT, FlatGeobuf or GeoParquet handed to the incident importer
 * (issue 19) as the GeoJSON it reads: the file's name is kept so messages name it, and its CRS travels as
 * a `crs` member (EPSG:27700 or another EPSG code), so the incident importer's per-point checks and
 * warnings apply. A system known only by WKT is converted to WGS84 here, and said so in a warning.
 */
import type { ImportResult, ImportWarning, InputFile } from '../../types';
import { converterToWgs84 } from '../../geo/crs-proj4';
import { reprojectGeometry } from '../../geo/projection';
import { hasWktColumn } from './csv-wkt';
import { classifyGeometry } from './feature-set';
import { detectFormat } from './format-detection';
import { readMoreFormat, type MoreFormat } from './more-formats';

const MORE: ReadonlySet<string> = new Set<MoreFormat>(['geopackage', 'kml', 'flatgeobuf', 'geoparquet']);

/** The format of a file this module converts, or null for the files the incident importers read themselves. */
export function pointFormatOf(file: InputFile): MoreFormat | null {
  const format = detectFormat(file);
  if (format === 'csv') return hasWktColumn(file) ? 'csv-wkt' : null;
  return MORE.has(format) ? (format as MoreFormat) : null;
}

/** The file's features as GeoJSON text under the same name, with a warning when they were reprojected here. */
export async function asGeoJsonPoints(file: InputFile, format: MoreFormat): Promise<ImportResult<InputFile>> {
  const raw = await readMoreFormat(format, file);
  if (!raw.ok) return raw;
  const { declared, features } = raw.value;
  const warnings: ImportWarning[] = [];
  let crsName: string | null = declared?.source === 'bng' ? 'EPSG:27700' : null;
  let convert: ((x: number, y: number) => [number, number]) | null = null;
  if (declared?.projected) {
    if (declared.projected.code !== null) crsName = `EPSG:${declared.projected.code}`;
    else {
      convert = converterToWgs84(declared.projected.definition);
      warnings.push({ code: 'reprojected-from-crs', detail: 'shift-given', file: file.name, params: { file: file.name, crs: declared.projected.name, accuracyM: 0 } });
    }
  }
  const collection = {
    type: 'FeatureCollection',
    ...(crsName && { crs: { type: 'name', properties: { name: crsName } } }),
    features: features.map((feature) => {
      const isPoint = classifyGeometry(feature.geometry).kind === 'point';
      const geometry = convert && isPoint ? reprojectGeometry(feature.geometry as Parameters<typeof reprojectGeometry>[0], convert) : feature.geometry;
      return { type: 'Feature', properties: feature.properties, geometry };
    }),
  };
  const bytes = new TextEncoder().encode(JSON.stringify(collection));
  return { ok: true, value: { name: file.name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }, warnings };
}
