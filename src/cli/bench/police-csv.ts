/**
 * A police.uk street-level CSV of any size for the browser benchmark (issue 20), generated from a seed:
 * rows snapped to a smaller set of locations (as police.uk snaps to map points, about one per four rows),
 * spread over whole months, with the common crime types. The LSOA code column is left empty, so the app
 * places every row by its coordinates (the join the benchmark measures). Written in blocks, never held whole.
 */
import { closeSync, openSync, writeSync } from 'node:fs';
import type { BBox } from '../../types';
import { createRandom } from '../example/random';

/** What to write. */
export interface PoliceCsvOptions {
  rows: number;
  seed: number;
  bbox: BBox;
  /** Consecutive months, from January of `firstYear`. */
  months: number;
  firstYear: number;
}

const HEADER = 'Crime ID,Month,Reported by,Falls within,Longitude,Latitude,Location,LSOA code,LSOA name,Crime type,Last outcome category,Context';
const CRIME_TYPES = ['Anti-social behaviour', 'Violence and sexual offences', 'Criminal damage and arson', 'Public order', 'Shoplifting', 'Burglary', 'Vehicle crime', 'Other theft'];

/** Writes `options.rows` data rows (plus the header) to `path`; returns the number of distinct locations. */
export function writePoliceCsv(path: string, options: PoliceCsvOptions): number {
  const random = createRandom(options.seed);
  const [west, south, east, north] = options.bbox;
  const locationCount = Math.max(1, Math.round(options.rows / 4));
  const lng = new Float64Array(locationCount);
  const lat = new Float64Array(locationCount);
  for (let i = 0; i < locationCount; i++) {
    lng[i] = west + random() * (east - west);
    lat[i] = south + random() * (north - south);
  }
  const monthLabels = Array.from({ length: options.months }, (_, i) => `${options.firstYear + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}`);
  const file = openSync(path, 'w');
  try {
    writeSync(file, `${HEADER}\n`);
    const block: string[] = [];
    for (let row = 0; row < options.rows; row++) {
      // Busy locations are busier: a squared draw favours the low indices.
      const location = Math.floor(random() ** 2 * locationCount);
      const crimeType = CRIME_TYPES[Math.floor(random() * CRIME_TYPES.length)];
      const month = monthLabels[Math.floor(random() * monthLabels.length)];
      block.push(`,${month},Bench Police,Bench Police,${lng[location].toFixed(6)},${lat[location].toFixed(6)},On or near Bench Street,,,${crimeType},,`);
      if (block.length === 50_000) {
        writeSync(file, `${block.join('\n')}\n`);
        block.length = 0;
      }
    }
    if (block.length > 0) writeSync(file, `${block.join('\n')}\n`);
  } finally {
    closeSync(file);
  }
  return locationCount;
}
