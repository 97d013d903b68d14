/** Geographic primitives shared by all modules. Positions are always [lng, lat] in WGS84. */
import type { MultiPolygon, Polygon } from 'geojson';

export type LngLat = [lng: number, lat: number];
/** [minLng, minLat, maxLng, maxLat] in WGS84 degrees. */
export type BBox = [number, number, number, number];
export type AreaGeometry = Polygon | MultiPolygon;

/** The coordinate reference system a file was found in, and how we know. Output is always WGS84. */
export interface CrsInfo {
  /** 'projected': any other system proj4 reads (Irish Grid, UTM…), named in `name` (issue 19). */
  source: 'wgs84' | 'bng' | 'projected';
  /** 'file-header': the file's own header (GeoPackage srs table, FlatGeobuf header, GeoParquet metadata). */
  detectedBy: 'prj' | 'geojson-crs' | 'file-header' | 'coordinate-range' | 'assumed';
  /** The `.prj` WKT or GeoJSON `crs` name as found, for reporting. */
  declared?: string;
  /** 'projected' only: the system's name for the load report ("TM75 / Irish Grid"). */
  name?: string;
  /** 'projected' only: what proj4 reads to convert it (WKT, PROJJSON or a proj string). */
  definition?: string;
  /** 'projected' only: metres the datum shift may be off, when known; `shiftMissing` when no shift is known at all. */
  shiftAccuracyM?: number;
  shiftMissing?: boolean;
  /** 'bng' only: the OSTN15 grid file the datum shift went through (about 0.1 m); absent for the Helmert (about 5 m). */
  datumGrid?: string;
}

/** Why a file is not an OSGB36 → ETRS89 NTv2 grid (issue 19, geo/bng-datum-grid.ts). */
export type DatumGridProblem = 'not-ntv2' | 'truncated' | 'not-osgb36-to-etrs89';

/** What an NTv2 grid file holds, read from its header: the first subgrid's name and the coverage [west, south, east, north] in degrees. */
export interface DatumGridInfo {
  subgridName: string;
  subgrids: number;
  extent: [number, number, number, number];
}

/** A supplied OSTN15 grid installed, or why the file is not one (nothing is installed then). */
export type DatumGridCheck = { ok: true; file: string; info: DatumGridInfo } | { ok: false; file: string; problem: DatumGridProblem };
