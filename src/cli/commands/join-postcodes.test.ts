import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, expect, it } from 'vitest';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import { inventedPostcode, nsplCsv, readLsoaCentroids } from '../../../test/fixtures/postcodes/lookup-csv';
import { runJoin } from './join';
import type { JoinReport } from './join-report';

const CENTROIDS = 'boundaries/wales/lsoa21_wales_and_border_centroids.geojson';
const BOUNDARIES = 'boundaries/wales/lsoa21_wales_and_border.geojson';

const folder = mkdtempSync(join(tmpdir(), 'atlas-postcodes-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

async function join_(...args: string[]) {
  const written = { stdout: '', stderr: '' };
  const code = await runJoin(args, { stdout: (text) => (written.stdout += text), stderr: (text) => (written.stderr += text) });
  return { code, ...written };
}

describeWithSharedData('atlas join --postcodes with the lookup generated from the LSOA 2021 centroids', [CENTROIDS, BOUNDARIES], () => {
  const centroids = readLsoaCentroids(readFileSync(sharedDataPath(CENTROIDS), 'utf8'));
  const lookup = join(folder, 'nspl-wales.csv');
  writeFileSync(lookup, nsplCsv(centroids));
  // Rows 2-4 name the postcodes of centroids 0, 1 and 2 (written three ways); row 5 has coordinates; rows 6-7 cannot be placed.
  const log = join(folder, 'hate-incident-log.csv');
  writeFileSync(log, [
    'Reference,Date reported,Category,Postcode,Easting,Northing',
    `H1,05/01/2024,Racial,${inventedPostcode(0)},,`,
    `H2,06/01/2024,Religious,${inventedPostcode(1).replace(' ', '').toLowerCase()},,`,
    `H3,07/02/2024,Racial, ${inventedPostcode(2)} ,,`,
    'H4,08/02/2024,Disability,,318500,176000',
    'H5,09/02/2024,Racial,ZZ8 8ZZ,,',
    'H6,10/02/2024,Racial,ZZ9 9ZZ,,',
    '',
  ].join('\n'));

  it('places rows with a postcode and no coordinates at the lookup centroid, counted in the lookup\'s LSOA, and reports the rest', async () => {
    const result = await join_('--boundaries', sharedDataPath(BOUNDARIES), '--incidents', log, '--postcodes', lookup, '--json', '--no-suppression');
    const report = JSON.parse(result.stdout) as JoinReport;
    const counted = Object.fromEntries(report.areas.filter((area) => area.count > 0).map((area) => [area.areaCode, area.count]));
    expect([result.code, report.points, report.matched, report.rejected, counted[centroids[0].areaCode], counted[centroids[1].areaCode], counted[centroids[2].areaCode]]).toEqual([0, 4, 4, 2, 1, 1, 1]);
    expect(report.warnings).toEqual([
      '"Easting"/"Northing" were read as British National Grid (EPSG:27700) metres and reprojected to WGS84.',
      '3 rows have no coordinates and were placed at the centroid of their postcode (Postcode) from the postcode lookup, and counted in the lookup\'s LSOA or ward where the map has it. They are marked "placed by postcode".',
    ]);
    expect(report.rejectedRows.map((rows) => [rows.reason, rows.count, rows.rows])).toEqual([['no-coordinates', 2, ['hate-incident-log.csv:6', 'hate-incident-log.csv:7']]]);
    expect(result.stderr).toBe('postcode lookup nspl-wales.csv: 2,696 postcodes, 1 row without a grid reference or postcode left out\n');
  });

  it('rejects the same rows as having no coordinates without a lookup', async () => {
    const result = await join_('--boundaries', sharedDataPath(BOUNDARIES), '--incidents', log, '--json');
    const report = JSON.parse(result.stdout) as JoinReport;
    expect([result.code, report.points, report.rejected]).toEqual([0, 1, 5]);
  });

  it('exits 1 naming the file when --postcodes is not a postcode lookup', async () => {
    const notLookup = join(folder, 'wards.csv');
    writeFileSync(notLookup, 'ward,postcode\nCathays,CF24 4AA\n');
    const result = await join_('--boundaries', sharedDataPath(BOUNDARIES), '--incidents', log, '--postcodes', notLookup);
    expect([result.code, result.stderr]).toEqual([1, 'atlas join: wards.csv is not a postcode lookup: expected a postcode column (pcds, pcd or Postcode) with latitude and longitude (lat, long) or eastings and northings (oseast1m, osnrth1m); found the columns ward, postcode. Hint: load the ONS Postcode Directory, the National Statistics Postcode Lookup or Code-Point Open CSV as downloaded, whole or cut to your area.\n']);
  });
});
