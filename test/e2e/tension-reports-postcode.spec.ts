import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/playwright';

// An invented postcode lookup (NSPL layout) for the example borough: ZZ1 1AA lies in Ashbridge 001D (X01000004), ward Alder Dale (X05000001).
const folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-report-postcodes-'));
const lookup = join(folder, 'NSPL_example.csv');
writeFileSync(lookup, 'pcd,pcds,lsoa21,osward,lat,long\r\nZZ1 1AA,ZZ1 1AA,X01000004,X05000001,53.299020,-1.854607\r\n');
// A partner's filled template: one report by postcode, one by a postcode the lookup lacks, one with an unknown type.
const partner = join(folder, 'partner-reports.csv');
writeFileSync(partner, [
  'Date,Time,Area code,Area name,Postcode,Longitude,Latitude,Communities affected,Type of tension,Source,Status,Source reliability,Narrative,Rumour,Action taken,Recorded by,Agency',
  '2024-05-12,09:00,,,ZZ1 1AA,,,Ethnic,Community,Resident,Experienced,,Shouting outside the shop,No,,Youth worker,Youth service',
  '2024-05-13,09:00,,,ZZ9 9ZZ,,,Ethnic,Community,Resident,Experienced,,Unknown postcode,No,,Youth worker,Youth service',
  '2024-05-14,09:00,X05000001,,,,,Ethnic,Hooliganism,Resident,Experienced,,Unknown type,No,,Youth worker,Youth service',
].join('\n'));

test.describe('tension reports placed by postcode (issue 14)', () => {
  test('a report given only a postcode is placed at its centroid, flagged, and counted in the lookup\'s ward; a partner file dropped goes through the import report', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await atlas.setLayerVisible('example-lsoas', false);
    await atlas.dropFiles([lookup]);
    await expect(page.getByTestId('postcode-lookup')).toHaveText(/^NSPL_example: 1 postcode Remove$/);

    // Given a report with nothing but a postcode for its place.
    await page.getByTestId('report-new').click();
    await page.getByTestId('report-date').fill('2024-05-10');
    await page.getByTestId('report-postcode').fill('zz1 1aa');
    await page.getByTestId('report-type-community').check();
    await page.getByTestId('report-narrative').fill('Graffiti on the community centre');
    await page.getByTestId('report-recorded-by').fill('A. Officer');
    await page.getByTestId('report-save').click();

    // Then it says it sits at the postcode's centre, and counts in the lookup's ward and its month.
    await expect(page.getByTestId('report-item')).toHaveCount(1);
    await expect(page.getByTestId('report-postcode-centroid')).toHaveText('Placed at the centre of postcode ZZ1 1AA, not at an address.');
    await expect(page.getByTestId('report-count-row')).toHaveText(['May 2024Alder Dale1']);

    // When a postcode the lookup lacks is typed, nothing is saved and the form says why.
    await page.getByTestId('report-new').click();
    await page.getByTestId('report-date').fill('2024-05-11');
    await page.getByTestId('report-postcode').fill('ZZ9 9ZZ');
    await page.getByTestId('report-type-community').check();
    await page.getByTestId('report-narrative').fill('Not placed');
    await page.getByTestId('report-recorded-by').fill('A. Officer');
    await page.getByTestId('report-save').click();
    await expect(page.getByTestId('report-problem')).toHaveText('ZZ9 9ZZ is not in the postcode lookup you loaded: check it, or give an area or a point instead.');
    await page.getByTestId('report-form').getByRole('button', { name: 'Cancel' }).click();

    // When a partner's file is dropped on the app, it is read as reports, each row kept or rejected naming its column.
    await atlas.dropFiles([partner]);
    await expect(page.getByTestId('report-import-report')).toContainText('partner-reports.csv: 1 reports kept, 2 rows rejected');
    await expect(page.getByTestId('report-import-rejected').locator('li')).toHaveText([
      'partner-reports.csv row 3, column “Postcode”: the postcode is not in the loaded postcode lookup (found “ZZ9 9ZZ”)',
      'partner-reports.csv row 4, column “Type of tension”: not one of the eight types of tension (found “Hooliganism”)',
    ]);
    await expect(page.getByTestId('report-count-row')).toHaveText(['May 2024Alder Dale2']);
    atlas.assertNoPageErrors();
  });
});
