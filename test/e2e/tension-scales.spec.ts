import { expect, test } from './support/playwright';
import { EXAMPLE_TENSIONS } from './support/example-names';
import type { AtlasDriver } from './support/atlas-driver';
import { storedWorkspace } from './support/stored-workspace';

/** A council's one-row log on the four-level scale for Alder Dale (the example's police log is on EEP). */
const COUNCIL_LOG = {
  name: 'council-tensions.csv',
  mimeType: 'text/csv',
  buffer: Buffer.from('area_code,area_name,community_type,assessment_date,current_rating,potential_rating,notes\nX05000001,Alder Dale,Ethnic,2023-07-10,Medium,Low,Leaflets reported at the station\n'),
};

const SUMMARY_LINES = [`${EXAMPLE_TENSIONS}: 702 assessments kept, 0 rows rejected`, 'council-tensions: 1 assessments kept, 0 rows rejected'];

/** Both logs read, the panel says how the two scales are compared, and no part of the page failed. */
async function expectBothLogs(atlas: AtlasDriver): Promise<void> {
  await expect(atlas.page.getByTestId('tension-summary-line')).toHaveText(SUMMARY_LINES);
  await expect(atlas.page.getByTestId('tension-mixed-scales')).toContainText('four-level High counts as EEP 2, Medium as EEP 4');
  await expect(atlas.page.getByTestId('part-failed')).toHaveCount(0);
}

test.describe('tension logs on two scales', () => {
  test('an EEP log and a four-level council log coexist, survive a reload, and Start fresh stays reachable', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await page.getByTestId('file-input').setInputFiles(COUNCIL_LOG);
    await atlas.waitForLoadToFinish();
    await expectBothLogs(atlas);

    // The map mixes both scales on the EEP categories and says so; Medium calls for a CIA like EEP 4.
    await atlas.withDeckFrame(() => page.getByTestId('map-tension').click());
    await page.getByTestId('time-range').fill('6');
    await atlas.settle();
    await expect(page.getByTestId('period-label')).toHaveText('Jul 2023');
    await expect(page.getByTestId('legend-scale-note')).toHaveText('Ratings on both scales: four-level ratings are drawn on the EEP categories (High = 2, Medium = 4, Low = 5, No tensions = 6).');
    expect((await atlas.legend()).rows.map((r) => r.label)).toEqual(['1 Imminent', '2 High', '3 Moderate (high)', '4 Moderate (low)', '5 Raised', '6 Normal']);
    await expect(page.getByTestId('cia-list')).toContainText('Alder Dale');

    // The council's file is saved with the workspace, so a reload brings both logs back.
    await expect.poll(async () => (await storedWorkspace(page)).files.length, { timeout: 20_000 }).toBe(1);
    await page.reload();
    await expect(page.getByTestId('workspace-restored')).toContainText(/^Restored your workspace from /, { timeout: 150_000 });
    await atlas.waitForLoadToFinish();
    await expectBothLogs(atlas);

    // Start fresh is reachable from the keyboard, deletes the saved workspace and opens an empty map.
    await page.getByTestId('workspace-start-fresh').focus();
    await page.keyboard.press('Enter');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('workspace-confirm-fresh').click()]);
    await atlas.open('/', { empty: true });
    await expect(page.getByTestId('tension-summary-line')).toHaveCount(0);
    expect(await storedWorkspace(page)).toEqual({ files: [], snapshot: null });
  });
});
