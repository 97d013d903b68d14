/**
 * OSTN15-grade British National Grid (issue 19): when the user supplies Ordnance Survey's OSTN15 NTv2 grid
 * (OSTN15_NTv2_OSGBtoETRS.gsb, free from OS), OSGB36 positions are shifted to ETRS89 by the grid (bilinear
 * between 1 km nodes, as OSTN15 defines it: about 0.1 m) instead of the 7-parameter Helmert (about 5 m).
 * ETRS89 is used as WGS84, as web maps do (the two differ by under a metre in Britain).
 *
 * The grid is held process-wide, as proj4 holds its grids (`proj4.nadgrid(key, buffer)` registers one for
 * `+nadgrids=`): install it once per worker or command line, before reading files. Outside the grid's
 * coverage (far offshore) a position falls back to the Helmert shift.
 */
import proj4 from 'proj4';
import type { DatumGridInfo, DatumGridProblem, LngLat } from '../types';


/** The BNG datum shift in use: the Helmert, or a grid the user supplied (named by its file). */
export type BngDatumShift = { kind: 'helmert'; accuracyM: 5 } | { kind: 'grid'; file: string; accuracyM: 0.1 };

const GRID_KEY = 'ATLAS_OSGB36_TO_ETRS89';
const AIRY_SEMI_MAJOR_M = 6377563.396;
const GRS80_SEMI_MAJOR_M = 6378137;
const HEADER_BYTES = 176;
const ascii = (bytes: Uint8Array, start: number, length: number) => String.fromCharCode(...bytes.subarray(start, start + length)).trim();

/**
 * Reads an NTv2 grid's headers and checks it shifts Airy 1830 (OSGB36) to GRS80 (ETRS89) in seconds, as
 * OSTN15_NTv2_OSGBtoETRS.gsb (and the older OSTN02 NTv2) do; every declared node must be present.
 */
export function readDatumGrid(bytes: ArrayBuffer): { ok: true; info: DatumGridInfo } | { ok: false; problem: DatumGridProblem } {
  const view = new DataView(bytes);
  const raw = new Uint8Array(bytes);
  if (bytes.byteLength < HEADER_BYTES * 2 || ascii(raw, 0, 8) !== 'NUM_OREC') return { ok: false, problem: 'not-ntv2' };
  const little = view.getInt32(8, true) === 11;
  if (!little && view.getInt32(8, false) !== 11) return { ok: false, problem: 'not-ntv2' };
  const subgrids = view.getInt32(40, little);
  const shiftType = ascii(raw, 56, 8);
  if (shiftType !== 'SECONDS' || Math.abs(view.getFloat64(120, little) - AIRY_SEMI_MAJOR_M) > 0.01 || Math.abs(view.getFloat64(152, little) - GRS80_SEMI_MAJOR_M) > 0.01) {
    return { ok: false, problem: 'not-osgb36-to-etrs89' };
  }
  let offset = HEADER_BYTES;
  let extent: DatumGridInfo['extent'] | null = null;
  let subgridName = '';
  for (let i = 0; i < subgrids; i++) {
    if (offset + HEADER_BYTES > bytes.byteLength || ascii(raw, offset, 8) !== 'SUB_NAME') return { ok: false, problem: 'truncated' };
    const seconds = (at: number) => view.getFloat64(offset + at, little) / 3600;
    // NTv2 longitudes are positive west.
    const [south, north, east, west] = [seconds(72), seconds(88), -seconds(104), -seconds(120)];
    if (i === 0) {
      subgridName = ascii(raw, offset + 8, 8);
      extent = [west, south, east, north];
    }
    offset += HEADER_BYTES + view.getInt32(offset + 168, little) * 16;
    if (offset > bytes.byteLength) return { ok: false, problem: 'truncated' };
  }
  return extent ? { ok: true, info: { subgridName, subgrids, extent } } : { ok: false, problem: 'truncated' };
}

const BNG_PROJECTION = '+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs';
let installed: { file: string; converter: proj4.Converter } | null = null;

/** Installs a checked grid (see `readDatumGrid`) for every later BNG conversion in this process. */
export function installBngDatumGrid(bytes: ArrayBuffer, file: string): void {
  proj4.nadgrid(GRID_KEY, bytes);
  installed = { file, converter: proj4(`${BNG_PROJECTION} +nadgrids=${GRID_KEY}`, 'EPSG:4326') };
}

/** Goes back to the Helmert shift (the grid stays registered with proj4 but is no longer used). */
export function removeBngDatumGrid(): void {
  installed = null;
}

/** The shift BNG conversions use now, for the load report. */
export function bngDatumShift(): BngDatumShift {
  return installed ? { kind: 'grid', file: installed.file, accuracyM: 0.1 } : { kind: 'helmert', accuracyM: 5 };
}

/** BNG → WGS84 through the installed grid; null when there is no grid or the position is outside it. */
export function bngToWgs84ByGrid(easting: number, northing: number): LngLat | null {
  if (!installed) return null;
  try {
    const result = installed.converter.forward([easting, northing]) as number[] | undefined;
    return result && Number.isFinite(result[0]) && Number.isFinite(result[1]) ? [result[0], result[1]] : null;
  } catch {
    return null;
  }
}
