/**
 * A layer as an OGC GeoPackage 1.3 (OGC 12-128r18): an SQLite file with gpkg_spatial_ref_sys,
 * gpkg_contents, gpkg_geometry_columns and one feature table of MULTIPOLYGON geometry blobs. SQLite is
 * sql.js (WebAssembly), handed in by the caller so it is loaded only when someone exports.
 */
import type { MultiPolygon } from 'geojson';
import type { SqlJsStatic } from 'sql.js';
import type { FieldValue } from '../../types';
import { OSGB36_TOWGS84 } from '../../geo/crs-registry';
import { writeGeoPackageGeometry } from '../geopackage-binary';
import { EXPORT_EPSG, exportColumnNames, exportedAreas, type LayerExport } from './layer-export';

/** 'GPKG' as the SQLite application id, and version 1.3.0 as user_version (spec §1.1.1.1.1). */
const GPKG_APPLICATION_ID = 0x47504b47;
const GPKG_USER_VERSION = 10300;

const WKT_WGS84 = 'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]';
const WKT_BNG =
  'PROJCS["OSGB36 / British National Grid",GEOGCS["OSGB36",DATUM["Ordnance_Survey_of_Great_Britain_1936",SPHEROID["Airy 1830",6377563.396,299.3249646,AUTHORITY["EPSG","7001"]],' +
  `TOWGS84[${OSGB36_TOWGS84.join(',')}],AUTHORITY["EPSG","6277"]],PRIMEM["Greenwich",0,AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],AUTHORITY["EPSG","4277"]],` +
  'PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",49],PARAMETER["central_meridian",-2],PARAMETER["scale_factor",0.9996012717],PARAMETER["false_easting",400000],' +
  'PARAMETER["false_northing",-100000],UNIT["metre",1,AUTHORITY["EPSG","9001"]],AXIS["Easting",EAST],AXIS["Northing",NORTH],AUTHORITY["EPSG","27700"]]';

const SCHEMA = `
CREATE TABLE gpkg_spatial_ref_sys (srs_name TEXT NOT NULL, srs_id INTEGER PRIMARY KEY, organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL, definition TEXT NOT NULL, description TEXT);
CREATE TABLE gpkg_contents (table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL, identifier TEXT UNIQUE, description TEXT DEFAULT '', last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')), min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER, CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys(srs_id));
CREATE TABLE gpkg_geometry_columns (table_name TEXT NOT NULL, column_name TEXT NOT NULL, geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL, z TINYINT NOT NULL, m TINYINT NOT NULL, CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name), CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name), CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined cartesian SRS', -1, 'NONE', -1, 'undefined', 'undefined cartesian coordinate reference system');
INSERT INTO gpkg_spatial_ref_sys VALUES ('Undefined geographic SRS', 0, 'NONE', 0, 'undefined', 'undefined geographic coordinate reference system');
`;

const quote = (name: string) => `"${name.replace(/"/g, '""')}"`;

/** The SQLite type of a column from its values: INTEGER, REAL, or TEXT when any value is text or a flag. */
function columnType(values: FieldValue[]): 'INTEGER' | 'REAL' | 'TEXT' {
  const present = values.filter((value) => value !== null);
  if (present.length > 0 && present.every((value) => typeof value === 'number')) return present.every((value) => Number.isInteger(value)) ? 'INTEGER' : 'REAL';
  return 'TEXT';
}

/** A SQLite table name from the layer name: letters, digits and underscores, not starting with a digit or "gpkg". */
export function geoPackageTableName(name: string): string {
  const cleaned = name.normalize('NFKD').replace(/[\u0300-\u036f]/g, '').replace(/[^\w]+/g, '_').replace(/^_+|_+$/g, '').toLowerCase() || 'areas';
  return /^(\d|gpkg)/.test(cleaned) ? `layer_${cleaned}` : cleaned;
}

/** The layer as GeoPackage bytes (MULTIPOLYGON, 2D), with its extent in gpkg_contents. */
export function writeGeoPackage(layer: LayerExport, sql: SqlJsStatic): Uint8Array {
  const database = new sql.Database();
  try {
    const srsId = EXPORT_EPSG[layer.crs];
    const table = geoPackageTableName(layer.name);
    const areas = exportedAreas(layer);
    const { own, added } = exportColumnNames(layer);
    const columns = [...own, ...added];
    const types = columns.map((column) => columnType(areas.map((area) => area.properties[column])));
    database.exec(`PRAGMA application_id = ${GPKG_APPLICATION_ID}; PRAGMA user_version = ${GPKG_USER_VERSION};${SCHEMA}`);
    database.run('INSERT INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)', layer.crs === 'bng'
      ? ['OSGB36 / British National Grid', 27700, 'EPSG', 27700, WKT_BNG, 'British National Grid']
      : ['WGS 84 geodetic', 4326, 'EPSG', 4326, WKT_WGS84, 'longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid']);
    database.exec(`CREATE TABLE ${quote(table)} (fid INTEGER PRIMARY KEY AUTOINCREMENT, geom MULTIPOLYGON${columns.map((column, index) => `, ${quote(column)} ${types[index]}`).join('')});`);
    const insert = database.prepare(`INSERT INTO ${quote(table)} (geom${columns.map((column) => `, ${quote(column)}`).join('')}) VALUES (?${', ?'.repeat(columns.length)})`);
    const extent = [Infinity, Infinity, -Infinity, -Infinity];
    for (const area of areas) {
      const geometry: MultiPolygon = area.geometry.type === 'Polygon' ? { type: 'MultiPolygon', coordinates: [area.geometry.coordinates] } : area.geometry;
      for (const [x, y] of geometry.coordinates.flat(2)) {
        extent[0] = Math.min(extent[0], x); extent[1] = Math.min(extent[1], y);
        extent[2] = Math.max(extent[2], x); extent[3] = Math.max(extent[3], y);
      }
      insert.run([writeGeoPackageGeometry(geometry, srsId), ...columns.map((column) => {
        const value = area.properties[column];
        return typeof value === 'boolean' ? String(value) : value;
      })]);
    }
    insert.free();
    database.run('INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, min_y, max_x, max_y, srs_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)', [table, 'features', layer.name, '', ...extent, srsId]);
    database.run('INSERT INTO gpkg_geometry_columns VALUES (?, ?, ?, ?, 0, 0)', [table, 'geom', 'MULTIPOLYGON', srsId]);
    return database.export();
  } finally {
    database.close();
  }
}
