/**
 * Scale bar for an exported Web Mercator map: metres per pixel at a latitude and zoom, and a bar of a
 * round length (1, 2 or 5 × 10ⁿ metres or kilometres) that fits a given width.
 */

/** Equatorial circumference of the WGS84 ellipsoid in metres (MapLibre's value). */
export const EARTH_CIRCUMFERENCE_M = 40075016.686;

/** MapLibre's tile size: at zoom z the world is 512 · 2^z CSS pixels wide. */
export const TILE_SIZE_PX = 512;

/** Ground metres per CSS pixel at `lat` (degrees) and `zoom` on a MapLibre (512 px tile) map. */
export function metresPerCssPixel(lat: number, zoom: number): number {
  return (EARTH_CIRCUMFERENCE_M * Math.cos((lat * Math.PI) / 180)) / (TILE_SIZE_PX * 2 ** zoom);
}

/** A scale bar: its ground length, its length in pixels and its label's number and unit. */
export interface ScaleBar {
  lengthM: number;
  lengthPx: number;
  value: number;
  unit: 'm' | 'km';
}

/**
 * The longest round length (1, 2 or 5 × 10ⁿ m) whose bar is at most `maxLengthPx` long at
 * `metresPerPx`; null when even 1 cm would not fit or the inputs are not positive and finite.
 */
export function niceScaleBar(metresPerPx: number, maxLengthPx: number): ScaleBar | null {
  if (!(metresPerPx > 0) || !(maxLengthPx > 0) || !Number.isFinite(metresPerPx) || !Number.isFinite(maxLengthPx)) return null;
  const maxM = metresPerPx * maxLengthPx;
  const power = 10 ** Math.floor(Math.log10(maxM));
  const lengthM = [5, 2, 1].map((m) => m * power).find((m) => m <= maxM * (1 + 1e-9)) ?? power;
  if (lengthM < 0.01) return null;
  const km = lengthM >= 1000;
  return { lengthM, lengthPx: lengthM / metresPerPx, value: km ? lengthM / 1000 : lengthM, unit: km ? 'km' : 'm' };
}
