import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test, type Page } from './support/playwright';
import { EXAMPLE_LSOAS } from './support/example-names';

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

/** Fills the report form with a community tension on `date` at the given place, recorded by A. Officer, and saves it. */
async function recordCommunityReport(page: Page, report: { date: string; narrative: string; postcode?: string; area?: string }): Promise<void> {
  await page.getByTestId('report-new').click();
  await page.getByTestId('report-date').fill(report.date);
  if (report.postcode) await page.getByTestId('report-postcode').fill(report.postcode);
  if (report.area) await page.getByTestId('report-area').fill(report.area);
  await page.getByTestId('report-type-community').check();
  await page.getByTestId('report-narrative').fill(report.narrative);
  await page.getByTestId('report-recorded-by').fill('A. Officer');
  await page.getByTestId('report-save').click();
}

test.describe('tension reports by postcode, from partners\' files and in share packages (issue 14)', () => {
  test('a report given only a postcode is placed at its centroid, flagged, and counted in the lookup\'s ward; a partner file dropped goes through the import report', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await atlas.setLayerVisible(EXAMPLE_LSOAS, false);
    await atlas.dropFiles([lookup]);
    await expect(page.getByTestId('postcode-lookup')).toHaveText(/^NSPL_example: 1 postcode Remove$/);

    // Given a report with nothing but a postcode for its place.
    await recordCommunityReport(page, { date: '2024-05-10', postcode: 'zz1 1aa', narrative: 'Graffiti on the community centre' });

    // Then it says it sits at the postcode's centre, and counts in the lookup's ward and its month.
    await expect(page.getByTestId('report-item')).toHaveCount(1);
    await expect(page.getByTestId('report-postcode-centroid')).toHaveText('Placed at the centre of postcode ZZ1 1AA, not at an address.');
    await expect(page.getByTestId('report-count-row')).toHaveText(['May 2024Alder Dale1']);

    // When a postcode the lookup lacks is typed, nothing is saved and the form says why.
    await recordCommunityReport(page, { date: '2024-05-11', postcode: 'ZZ9 9ZZ', narrative: 'Not placed' });
    await expect(page.getByTestId('report-problem')).toHaveText('ZZ9 9ZZ is not in the postcode lookup you loaded: check it, or give an area or a point instead.');
    await page.getByTestId('report-form').getByRole('button', { name: 'Cancel' }).click();

    // When a partner's file is dropped on the app, it is read as reports, each row kept or rejected naming its column.
    await atlas.dropFiles([partner]);
    await expect(page.getByTestId('report-import-report')).toContainText('partner-reports.csv: 1 report kept; rows rejected: 2');
    await expect(page.getByTestId('report-import-rejected').locator('li')).toHaveText([
      'partner-reports.csv row 3, column “Postcode”: the postcode is not in the loaded postcode lookup (found “ZZ9 9ZZ”)',
      'partner-reports.csv row 4, column “Type of tension”: not one of the eight types of tension (found “Hooliganism”)',
    ]);
    await expect(page.getByTestId('report-count-row')).toHaveText(['May 2024Alder Dale2']);
    atlas.assertNoPageErrors();
  });

  test('tension reports go into a share package only when ticked, and then only the fields ticked: the sensitive ones start unticked', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await recordCommunityReport(page, { date: '2024-05-10', area: 'X05000001', narrative: 'Names Mr Example at number 4' });
    await expect(page.getByTestId('report-item')).toHaveCount(1);

    // Given the share dialog: reports are not sent unless ticked, and once ticked the sensitive fields are still unticked.
    await page.getByTestId('share-open').click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.getByTestId('share-layer').selectOption('example-wards');
    await dialog.getByTestId('share-authority').fill('Ashbridge');
    await expect(dialog.getByTestId('share-reports')).not.toBeChecked();
    await expect(dialog.getByTestId('share-report-field-narrative')).toBeDisabled();
    await dialog.getByTestId('share-reports').check();
    await expect(dialog.getByTestId('share-report-field-communities')).toBeChecked();
    for (const field of ['place', 'narrative', 'actionTaken', 'recordedBy', 'agency']) await expect(dialog.getByTestId(`share-report-field-${field}`)).not.toBeChecked();
    await expect(dialog.getByTestId('share-reports-warning')).toHaveCount(0);
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('share-export').click()]);
    const file = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(file);

    // Then the package holds the report with the default fields and nothing of the narrative or the recorder.
    const text = readFileSync(file, 'utf8');
    const pkg = JSON.parse(text);
    expect([pkg.reports.fields, pkg.reports.reports.map((r: { areaCode: string; tensionTypes: string[] }) => [r.areaCode, r.tensionTypes])]).toEqual([['time', 'communities', 'reliability', 'sourceKind'], [['X05000001', ['community']]]]);
    expect(text).not.toContain('Mr Example');
    expect(text).not.toContain('A. Officer');

    // Ticking a sensitive field warns before it is sent.
    await dialog.getByTestId('share-report-field-narrative').check();
    await expect(dialog.getByTestId('share-reports-warning')).toContainText('You are sending sensitive report fields');
    atlas.assertNoPageErrors();
  });

  test('the tension map shows the group\'s agreed overall rating where one is recorded, not the most alarming community', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await atlas.setLayerVisible(EXAMPLE_LSOAS, false);
    // Given the group judges Alder Dale's overall potential tension Normal (6), whatever its communities' ratings.
    await atlas.clickArea('boundaries/example-wards.geojson', 'WARD_CODE', 'X05000001');
    await expect(page.getByTestId('judgement-form')).toBeVisible();
    await page.getByTestId('judgement-potential').selectOption('6');
    await page.getByTestId('judgement-agency').fill('Silver group');
    await page.getByTestId('judgement-save').click();
    await expect(page.locator('[data-testid=tension-row][data-kind=agreed] td').nth(1)).toHaveText('6');

    // When the overall potential tension is mapped, Alder Dale reads the agreed rating, said to be agreed.
    await page.getByTestId('tension-potential').check();
    await expect(page.getByTestId('tension-community')).toHaveValue('overall');
    await page.getByTestId('map-tension').click();
    await atlas.settle();
    const point = await atlas.pointInArea('boundaries/example-wards.geojson', 'WARD_CODE', 'X05000001');
    await page.mouse.move(point.x, point.y);
    await expect(page.getByTestId('tooltip-tension')).toHaveText('Tension 6 Normal: agreed by the group');
    atlas.assertNoPageErrors();
  });
});
