/** Geographic primitives shared by all modules. Positions are always [lng, lat] in WGS84. */
import type { MultiPolygon, Polygon } from 'geojson';

export type LngLat = [lng: number, lat: number];
/** [minLng, minLat, maxLng, maxLat] in WGS84 degrees. */
export type BBox = [number, number, number, number];
export type AreaGeometry = Polygon | MultiPolygon;

/** The coordinate reference system a file was found in, and how we know. Output is always WGS84. */
export interface CrsInfo {
  source: 'wgs84' | 'bng';
  detectedBy: 'prj' | 'geojson-crs' | 'coordinate-range' | 'assumed';
  /** The `.prj` WKT or GeoJSON `crs` name as found, for reporting. */
  declared?: string;
}
