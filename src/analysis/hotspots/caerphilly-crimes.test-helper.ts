/**
 * Test helper (not app code): police.uk crimes in the 110 Caerphilly LSOA 2011 areas, counted per area and
 * per file, read from ../shared/data directly (analysis tests do not use the data importers: the linter keeps
 * analysis off data/). Only the Gi* and emerging hot spot tests import this.
 */
import Papa from 'papaparse';
import { readSharedBytes } from '../../../test/helpers/shared-data';
import { buildPolygonIndex } from '../../geo/polygon-index';
import { locatePoints } from '../../geo/polygon-index-locate';
import type { AreaGeometry } from '../../types';

/** The Caerphilly LSOA 2011 boundaries under ../shared/data. */
export const CAERPHILLY_LSOAS = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';

const readText = (path: string) => new TextDecoder().decode(readSharedBytes(path));

/** Geometries of the Caerphilly LSOAs and `counts[area × files.length + file]` of the rows with coordinates. */
export function countCaerphillyCrimes(files: string[]): { geometries: AreaGeometry[]; counts: Float64Array } {
  const geometries = (JSON.parse(readText(CAERPHILLY_LSOAS)) as { features: { geometry: AreaGeometry }[] }).features.map((feature) => feature.geometry);
  const index = buildPolygonIndex(geometries);
  const counts = new Float64Array(geometries.length * files.length);
  files.forEach((path, file) => {
    const rows = Papa.parse<Record<string, string>>(readText(path), { header: true, skipEmptyLines: true }).data.filter((row) => row.Longitude !== '' && row.Latitude !== '');
    const areaIndex = locatePoints(index, Float64Array.from(rows, (row) => Number(row.Longitude)), Float64Array.from(rows, (row) => Number(row.Latitude)));
    for (const area of areaIndex) if (area >= 0) counts[area * files.length + file] += 1;
  });
  return { geometries, counts };
}
