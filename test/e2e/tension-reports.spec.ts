import { expect, test } from './support/playwright';
import { EXAMPLE_LSOAS } from './support/example-names';
import type { AtlasDriver } from './support/atlas-driver';
import { storedWorkspace } from './support/stored-workspace';

/** Clicks the map canvas at the given fraction of its width and height. */
async function clickMap(atlas: AtlasDriver, x: number, y: number): Promise<void> {
  const box = (await atlas.page.locator('.maplibregl-canvas').boundingBox())!;
  await atlas.page.mouse.click(box.x + box.width * x, box.y + box.height * y);
}

test.describe('tension reports recorded in the app', () => {
  test('record a report by clicking the map, edit it, see it counted in its area and month, reload, withdraw it; in Welsh too', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await atlas.setLayerVisible(EXAMPLE_LSOAS, false);

    // Given a new report placed by clicking the map: the click gives its point and the ward under it.
    await page.getByTestId('report-new').click();
    await page.getByTestId('report-date').fill('2024-05-10');
    await page.getByTestId('report-time').fill('18:30');
    await page.getByTestId('report-pick').click();
    await expect(page.getByTestId('report-picking')).toBeVisible();
    await clickMap(atlas, 0.5, 0.5);
    await expect(page.getByTestId('report-point')).toContainText('Point chosen on the map: ');
    const areaText = await page.getByTestId('report-area').inputValue();
    expect(areaText).toMatch(/^.+ \(X05\d{6}\)$/);
    const wardName = areaText.replace(/ \(X05\d{6}\)$/, '');

    await page.getByTestId('report-type-racial-religious').check();
    await page.getByTestId('report-narrative').fill('Leaflets left outside the mosque');
    await page.getByTestId('report-recorded-by').fill('A. Officer');
    await page.getByTestId('report-agency').fill('Council');
    await page.getByTestId('report-save').click();

    // Then it is listed, drawn on the map and counted in its ward and month.
    await expect(page.getByTestId('report-item')).toHaveCount(1);
    await expect(page.getByTestId('report-item')).toContainText(`${wardName}, 10 May 2024 18:30 — Racial and religious; Experienced`);
    await expect(page.getByTestId('report-count-row')).toHaveText([`May 2024${wardName}1`]);
    await expect.poll(() => page.evaluate(() => window.__atlas!.deckLayers)).toContain('tension-reports');

    // When it is edited, the change is kept in its history.
    await page.getByTestId('report-edit').click();
    await page.getByTestId('report-status-evidenced').check();
    await page.getByTestId('report-narrative').fill('Leaflets left outside the mosque; photographs passed to the police');
    await page.getByTestId('report-save').click();
    await expect(page.getByTestId('report-item')).toContainText('Racial and religious; Evidenced');
    await expect(page.getByTestId('report-history').locator('li')).toHaveCount(2);

    // It is saved in the workspace and comes back after a reload.
    await expect.poll(async () => JSON.stringify((await storedWorkspace(page)).snapshot?.parts['tension-reports'] ?? null), { timeout: 20_000 }).toContain('photographs passed to the police');
    await page.reload();
    await expect(page.getByTestId('workspace-restored')).toContainText(/^Restored your workspace from /, { timeout: 150_000 });
    await atlas.waitForLoadToFinish();
    await expect(page.getByTestId('report-narrative-text')).toHaveText(['Leaflets left outside the mosque; photographs passed to the police']);
    await expect(page.getByTestId('report-count-row')).toHaveText([`May 2024${wardName}1`]);

    // When it is withdrawn it is no longer counted, and is still listed as withdrawn when asked.
    await page.getByTestId('report-withdraw').click();
    await page.getByTestId('report-withdraw-reason').fill('Entered twice');
    await page.getByTestId('report-withdraw-by').fill('B. Analyst');
    await page.getByTestId('report-withdraw-confirm').click();
    await expect(page.getByTestId('report-count-row')).toHaveCount(0);
    await expect(page.getByTestId('report-counts')).toContainText('No reports in the areas of this layer.');
    await page.getByTestId('report-filter-withdrawn').check();
    await expect(page.getByTestId('report-withdrawn')).toHaveText('Withdrawn');
    await expect(page.getByTestId('report-history').locator('li')).toHaveCount(3);

    // In Welsh: the same record in Welsh words.
    await page.getByTestId('language').selectOption('cy');
    await expect(page.locator('#reports-heading')).toHaveText('Adroddiadau tensiwn');
    await expect(page.getByTestId('report-withdrawn')).toHaveText("Wedi'i dynnu'n ôl");
    await expect(page.getByTestId('report-item')).toContainText('Hiliol a chrefyddol; Gyda thystiolaeth');
    await expect(page.getByTestId('report-history').locator('li').last()).toContainText('tynnwyd yn ôl gan B. Analyst (Entered twice)');
    atlas.assertNoPageErrors();
  });

  test('a report recorded in Welsh is counted in its month, named in Welsh', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await page.getByTestId('language').selectOption('cy');
    await page.getByTestId('report-new').click();
    await page.getByTestId('report-date').fill('2024-06-03');
    await page.getByTestId('report-area').fill('X05000001');
    await page.getByTestId('report-type-community').check();
    await page.getByTestId('report-narrative').fill('Sïon am gyfarfod');
    await page.getByTestId('report-rumour').check();
    await page.getByTestId('report-recorded-by').fill('Swyddog');
    await page.getByTestId('report-save').click();
    await expect(page.getByTestId('report-count-row')).toHaveCount(1);
    await expect(page.getByTestId('report-count-row')).toContainText('Meh 2024');
    await expect(page.getByTestId('report-item')).toContainText('Cymunedol; Wedi ei brofi · Si');

    // A planned event is listed, drawn on the map and shown ahead of time under the timeline.
    await page.getByTestId('event-date').fill('2030-01-05');
    await page.getByTestId('event-area').fill('X05000001');
    await page.getByTestId('event-note').fill('Gorymdaith drwy ganol y dref');
    await page.getByTestId('event-add').click();
    await expect(page.getByTestId('event-item')).toHaveText(['5 Ion 2030, Alder Dale: Gorymdaith drwy ganol y dref ×']);
    await expect(page.getByTestId('timeline-events')).toHaveText("Digwyddiadau wedi'u cynllunio i ddod: 5 Ion 2030: Gorymdaith drwy ganol y dref");

    // Reports are hidden while presenting until shown on purpose; events, which name no one, stay.
    const deckLayers = () => page.evaluate(() => window.__atlas!.deckLayers);
    await expect.poll(deckLayers).toEqual(expect.arrayContaining(['tension-reports', 'planned-events']));
    await page.getByTestId('presentation-panel').locator('summary').click();
    await page.getByTestId('present-start').click();
    await expect.poll(deckLayers).not.toContain('tension-reports');
    expect(await deckLayers()).toContain('planned-events');
    await page.getByTestId('presentation-points').check();
    await expect.poll(deckLayers).toContain('tension-reports');
    atlas.assertNoPageErrors();
  });
});
