/**
 * OGC GeoPackage importer (.gpkg, an SQLite file; OGC 12-128r18): the first feature table of areas listed in
 * gpkg_contents (else the first of any geometry; the others are named in a warning), its geometry blobs
 * decoded from GeoPackage binary + WKB, its CRS from gpkg_spatial_ref_sys (EPSG 4326 and 27700 by code,
 * any other by its WKT through proj4). SQLite is sql.js, loaded on first use.
 */
import type { SqlJsStatic, Database } from 'sql.js';
import type { ImportResult, ImportWarning, InputFile, ParsedAreas } from '../../types';
import { detectCrsFromName, detectCrsFromPrj, type DeclaredCrs } from '../../geo/crs-detection';
import { readGeoPackageGeometry } from '../geopackage-binary';
import { loadSqlJs } from '../sqlite';
import { toDeclaredFileCrs, type DeclaredFileCrs } from './crs-resolution';
import { toParsedAreas, type RawFeature, type RawFeatureSet } from './feature-set';
import { rawSetResult, readerFailure } from './raw-set';

/** The SQLite file header every GeoPackage starts with. */
export const SQLITE_MAGIC = 'SQLite format 3\0';

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

interface FeatureTable {
  table: string;
  column: string;
  srsId: number;
}

function featureTables(database: Database): FeatureTable[] {
  const [result] = database.exec(
    "SELECT c.table_name, g.column_name, g.srs_id FROM gpkg_contents c JOIN gpkg_geometry_columns g ON g.table_name = c.table_name WHERE c.data_type = 'features' " +
      // Tables of areas first, then in the order the file lists them.
      "ORDER BY CASE WHEN upper(g.geometry_type_name) IN ('POLYGON', 'MULTIPOLYGON', 'CURVEPOLYGON', 'MULTISURFACE', 'SURFACE') THEN 0 ELSE 1 END, c.rowid",
  );
  return (result?.values ?? []).map(([table, column, srsId]) => ({ table: String(table), column: String(column), srsId: Number(srsId) }));
}

/** The declared CRS of an srs_id: EPSG codes by number, else the WKT definition; null for the undefined systems. */
function declaredCrs(database: Database, srsId: number): { declared: DeclaredCrs; text: string } | null {
  const [result] = database.exec('SELECT organization, organization_coordsys_id, definition FROM gpkg_spatial_ref_sys WHERE srs_id = ?', [srsId]);
  const row = result?.values[0];
  if (!row || srsId === 0 || srsId === -1) return null;
  const [organization, code, definition] = row.map((value) => String(value ?? ''));
  if (organization.toUpperCase() === 'EPSG' && (code === '4326' || code === '27700')) return { declared: detectCrsFromName(`EPSG:${code}`), text: `EPSG:${code}` };
  const fromWkt = detectCrsFromPrj(definition);
  if (fromWkt.kind !== 'unsupported' || organization.toUpperCase() !== 'EPSG') return { declared: fromWkt, text: definition };
  return { declared: detectCrsFromName(`EPSG:${code}`), text: `EPSG:${code}` };
}

function readRows(database: Database, { table, column }: FeatureTable): RawFeature[] {
  const statement = database.prepare(`SELECT * FROM ${quote(table)}`);
  const features: RawFeature[] = [];
  try {
    while (statement.step()) {
      const row = statement.getAsObject();
      const blob = row[column];
      const properties: Record<string, unknown> = {};
      for (const [key, value] of Object.entries(row)) if (key !== column && key !== 'fid') properties[key] = value instanceof Uint8Array ? null : value;
      features.push({ geometry: blob instanceof Uint8Array ? readGeoPackageGeometry(blob) : null, properties });
    }
  } finally {
    statement.free();
  }
  return features;
}

/** Reads a GeoPackage's first feature table of areas (else its first feature table) as raw features in the file's coordinates. */
export async function readGeoPackageFeatures(file: InputFile, sql?: SqlJsStatic): Promise<ImportResult<RawFeatureSet>> {
  const head = new TextDecoder('latin1').decode(new Uint8Array(file.bytes, 0, Math.min(16, file.bytes.byteLength)));
  if (head !== SQLITE_MAGIC) return readerFailure(file.name, 'not-geopackage');
  const engine = sql ?? (await loadSqlJs());
  let database: Database | null = null;
  try {
    database = new engine.Database(new Uint8Array(file.bytes));
    const tables = featureTables(database);
    if (tables.length === 0) return { ok: false, error: { code: 'empty', detail: 'no-features', file: file.name, params: { file: file.name, expected: 'areas' } } };
    const [first, ...others] = tables;
    const crs = declaredCrs(database, first.srsId);
    let declared: DeclaredFileCrs | null = null;
    if (crs) {
      declared = toDeclaredFileCrs(crs.declared, 'file-header', crs.text);
      if (!declared) return { ok: false, error: { code: 'unsupported-crs', file: file.name, params: { file: file.name, crs: crs.declared.kind === 'unsupported' ? crs.declared.name : crs.text } } };
    }
    const warnings: ImportWarning[] = others.length > 0
      ? [{ code: 'layers-ignored', file: file.name, count: others.length, params: { file: file.name, used: first.table, count: others.length, layers: others.map((other) => other.table).join(', ') } }]
      : [];
    return rawSetResult({ format: 'geopackage', file: file.name, declared, features: readRows(database, first), warnings });
  } catch (caught) {
    return readerFailure(file.name, 'damaged-file', caught);
  } finally {
    database?.close();
  }
}

/** Parses a GeoPackage's first feature table into WGS84 areas. */
export async function parseGeoPackageAreas(file: InputFile, sql?: SqlJsStatic): Promise<ImportResult<ParsedAreas>> {
  const raw = await readGeoPackageFeatures(file, sql);
  return raw.ok ? toParsedAreas(raw.value) : raw;
}
