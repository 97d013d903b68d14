/**
 * `npm run generate-postcodes -- OUT.csv [--code-point-open]`: writes the invented postcode lookup
 * (one "ZZ" postcode per LSOA centroid of ../shared/data/boundaries/wales/lsoa21_wales_and_border_centroids.geojson)
 * as an NSPL CSV, or as Code-Point Open. Tests build the same text in memory (test/fixtures/postcodes/lookup-csv.ts).
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseCommandLine } from './arguments';
import { codePointOpenCsv, nsplCsv, readLsoaCentroids } from '../../test/fixtures/postcodes/lookup-csv';

const centroidsPath = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', 'shared', 'data', 'boundaries', 'wales', 'lsoa21_wales_and_border_centroids.geojson');
const parsed = parseCommandLine(process.argv.slice(2), { 'code-point-open': { type: 'boolean' } }, { allowPositionals: true });
if (!parsed.ok || parsed.positionals.length !== 1) {
  process.stderr.write(`${parsed.ok ? '' : `${parsed.problem}\n`}Usage: npm run generate-postcodes -- OUT.csv [--code-point-open]\n`);
  process.exitCode = 2;
} else {
  const centroids = readLsoaCentroids(readFileSync(centroidsPath, 'utf8'));
  writeFileSync(parsed.positionals[0], parsed.values['code-point-open'] ? codePointOpenCsv(centroids) : nsplCsv(centroids));
  process.stdout.write(`wrote ${parsed.positionals[0]}: ${centroids.length} postcodes\n`);
}
