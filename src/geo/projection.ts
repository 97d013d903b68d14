/**
 * British National Grid (EPSG:27700) ↔ WGS84 (EPSG:4326) with proj4.
 * The datum shift is the standard OSGB36→WGS84 7-parameter Helmert (+towgs84), good to a few metres
 * across Great Britain; OSTN15 (centimetre accuracy) needs a grid file we do not ship.
 */
import proj4 from 'proj4';
import type { MultiPoint, Point, Position } from 'geojson';
import type { AreaGeometry, LngLat } from '../types';

/** proj4 definition of EPSG:27700 with the OSGB36 datum shift (as published in the EPSG registry). */
export const BNG_PROJ4_DEFINITION =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const bngToWgs84Converter = proj4(BNG_PROJ4_DEFINITION, 'EPSG:4326');

/** Converts a British National Grid easting/northing (metres) to WGS84 `[lng, lat]` degrees. */
export function bngToWgs84(easting: number, northing: number): LngLat {
  const [lng, lat] = bngToWgs84Converter.forward([easting, northing]);
  return [lng, lat];
}

/**
 * Converts WGS84 `lng`/`lat` degrees to a British National Grid `[easting, northing]` in metres.
 * proj4 inverts the Helmert shift only to first order (≈1 mm off), so one fixed-point step against
 * `bngToWgs84` makes the two functions exact inverses of each other (round trip well under 1 mm).
 */
export function wgs84ToBng(lng: number, lat: number): [number, number] {
  const [easting, northing] = bngToWgs84Converter.inverse([lng, lat]);
  const [backEasting, backNorthing] = bngToWgs84Converter.inverse(bngToWgs84(easting, northing));
  return [easting + (easting - backEasting), northing + (northing - backNorthing)];
}

/**
 * Returns a copy of a geometry with every position passed through `convert` (file CRS → WGS84 `[lng, lat]`).
 * The input is not mutated; any third (z) ordinate is dropped.
 */
export function reprojectGeometry<G extends AreaGeometry | Point | MultiPoint>(geometry: G, convert: (x: number, y: number) => LngLat): G {
  const position = (at: Position): Position => convert(at[0], at[1]);
  const rings = (list: Position[][]): Position[][] => list.map((ring) => ring.map(position));
  switch (geometry.type) {
    case 'Point':
      return { ...geometry, coordinates: position(geometry.coordinates) };
    case 'MultiPoint':
      return { ...geometry, coordinates: geometry.coordinates.map(position) };
    case 'Polygon':
      return { ...geometry, coordinates: rings(geometry.coordinates) };
    case 'MultiPolygon':
      return { ...geometry, coordinates: geometry.coordinates.map(rings) };
    default:
      throw new Error(`reprojectGeometry: unsupported geometry type ${(geometry as { type: string }).type}`);
  }
}

/** Returns a copy of a BNG geometry with every position converted to WGS84 `[lng, lat]`. */
export function reprojectGeometryFromBng<G extends AreaGeometry | Point | MultiPoint>(geometry: G): G {
  return reprojectGeometry(geometry, bngToWgs84);
}
