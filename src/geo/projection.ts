/**
 * British National Grid (EPSG:27700) ↔ WGS84 (EPSG:4326) with proj4.
 * The datum shift is the standard OSGB36→WGS84 7-parameter Helmert (+towgs84), good to a few metres
 * across Great Britain; with the OSTN15 grid the user supplies (bng-datum-grid.ts), to about 0.1 m.
 */
import proj4 from 'proj4';
import type { MultiPoint, Point, Position } from 'geojson';
import type { AreaGeometry, LngLat } from '../types';
import { bngToWgs84ByGrid } from './bng-datum-grid';

/** proj4 definition of EPSG:27700 with the OSGB36 datum shift (as published in the EPSG registry). */
export const BNG_PROJ4_DEFINITION =
  '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy ' +
  '+towgs84=446.448,-125.157,542.06,0.15,0.247,0.842,-20.489 +units=m +no_defs';

const bngToWgs84Converter = proj4(BNG_PROJ4_DEFINITION, 'EPSG:4326');

/**
 * Converts a British National Grid easting/northing (metres) to WGS84 `[lng, lat]` degrees: through the
 * OSTN15 grid when the user supplied one (bng-datum-grid.ts, about 0.1 m), else the Helmert shift (about 5 m).
 */
export function bngToWgs84(easting: number, northing: number): LngLat {
  const byGrid = bngToWgs84ByGrid(easting, northing);
  if (byGrid) return byGrid;
  const [lng, lat] = bngToWgs84Converter.forward([easting, northing]);
  return [lng, lat];
}

/**
 * Converts WGS84 `lng`/`lat` degrees to a British National Grid `[easting, northing]` in metres.
 * proj4 inverts the Helmert shift only to first order (≈1 mm off), so fixed-point steps against
 * `bngToWgs84` (with the OSTN15 grid when one is installed) make the two functions exact inverses of each
 * other (round trip well under 1 mm).
 */
export function wgs84ToBng(lng: number, lat: number): [number, number] {
  const [startEasting, startNorthing] = bngToWgs84Converter.inverse([lng, lat]);
  let [easting, northing] = [startEasting, startNorthing];
  // With a supplied grid the Helmert start may be metres off the grid's answer; each step shrinks that
  // error about a millionfold, so a few steps reach the tenth of a millimetre.
  for (let step = 0; step < 4; step++) {
    const [backEasting, backNorthing] = bngToWgs84Converter.inverse(bngToWgs84(easting, northing));
    const [nextEasting, nextNorthing] = [easting + (startEasting - backEasting), northing + (startNorthing - backNorthing)];
    const moved = Math.hypot(nextEasting - easting, nextNorthing - northing);
    [easting, northing] = [nextEasting, nextNorthing];
    if (moved < 1e-4) break;
  }
  return [easting, northing];
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
