import { readFileSync } from 'node:fs';
import { expect, test } from './support/playwright';
import type { AtlasDriver } from './support/atlas-driver';

const WARDS = 'boundaries/example-wards.geojson';

/** Draws a small square of four corners around a point inside the ward `code`, clicking the map at each. */
async function drawAroundWard(atlas: AtlasDriver, code: string): Promise<void> {
  const { x, y } = await atlas.pointInArea(WARDS, 'WARD_CODE', code);
  for (const [dx, dy] of [[-6, -6], [6, -6], [6, 6], [-6, 6]]) {
    await atlas.withDeckFrame(() => atlas.page.mouse.click(x + dx, y + dy));
  }
}

/** Records a tension report in a ward by typing its area, as a partner's report would be entered. */
async function recordReport(atlas: AtlasDriver, area: string, narrative: string): Promise<void> {
  const page = atlas.page;
  await page.getByTestId('report-new').click();
  await page.getByTestId('report-date').fill('2023-07-01');
  await page.getByTestId('report-time').fill('18:30');
  await page.getByTestId('report-area').fill(area);
  await page.getByTestId('report-type-racial-religious').check();
  await page.getByTestId('report-narrative').fill(narrative);
  await page.getByTestId('report-recorded-by').fill('A. Officer');
  await page.getByTestId('report-agency').fill('Council');
  await page.getByTestId('report-save').click();
  await expect(page.getByTestId('report-item').filter({ hasText: narrative })).toHaveCount(1);
}

/** Opens the start form of a new assessment with its title and geography chosen. */
async function startAssessment(atlas: AtlasDriver, title: string, geography: 'drawn' | 'district'): Promise<void> {
  const page = atlas.page;
  await atlas.open();
  await atlas.openSection('tension');
  await page.getByTestId('cia-new').click();
  await page.getByTestId('cia-title').fill(title);
  await page.getByTestId(`cia-geography-${geography}`).check();
}

test('an assessment’s geography drawn on the map names the areas under it and is drawn over them', async ({ atlas }) => {
  const page = atlas.page;
  await startAssessment(atlas, 'Housing scheme at Ashbridge Central', 'drawn');
  await page.getByTestId('cia-draw-start').click();
  await drawAroundWard(atlas, 'X05000002');
  await expect(page.getByTestId('cia-draw-status')).toHaveText('Click the map to add corners. Corners so far: 4.');
  await page.getByTestId('cia-draw-finish').click();
  await expect(page.getByTestId('cia-drawn-areas')).toHaveText('The shape covers 1 area: Ashbridge Central');
  await page.getByTestId('cia-start-open').click();
  await expect(page.getByTestId('cia-geography')).toHaveText(/^Geography: a shape drawn on .*, covering Ashbridge Central$/);
  await atlas.settle();
  // The drawn shape is on the map (as a deck.gl path) beside the dotted outline of the area it covers.
  await expect.poll(() => page.evaluate(() => window.__atlas?.deckLayers ?? [])).toContain('assessment-shapes');
  await expect(page.getByTestId('legend-key-assessment-unscored')).toBeVisible();
});

test('an assessment opened from a tension report cites it, opens it in full, and offers the other reports of its areas', async ({ atlas }) => {
  const page = atlas.page;
  await atlas.open();
  await atlas.openSection('tension');
  await recordReport(atlas, 'Ashbridge Central (X05000002)', 'Leaflets left outside the mosque');
  await recordReport(atlas, 'Ashbridge Central (X05000002)', 'Rumour of a march on Saturday');
  await page.getByTestId('cia-new').click();
  await page.getByTestId('cia-from').selectOption('report');
  await page.getByTestId('cia-record').selectOption({ label: '1 Jul 2023: Leaflets left outside the mosque' });
  // The report's ward is put in the geography.
  await expect(page.getByTestId('cia-start').getByRole('checkbox', { name: /Ashbridge Central/ })).toBeChecked();
  await page.getByTestId('cia-start-open').click();
  await expect(page.getByTestId('cia-origin')).toHaveText('Opened from tension report Leaflets left outside the mosque');
  await expect(page.getByTestId('cia-citation')).toHaveText(['Report: Leaflets left outside the mosque Open ×']);
  await page.getByTestId('cia-citation-open').click();
  await expect(page.getByTestId('cia-citation-body')).toContainText('Ashbridge Central, 1 Jul 2023 — Racial and religious');
  await expect(page.getByTestId('cia-citation-body')).toContainText('Leaflets left outside the mosque');
  // The other report in its ward is offered, and cited with one button.
  await expect(page.getByTestId('cia-citable').locator('li')).toHaveText(['Report, 1 Jul 2023, Ashbridge Central: Rumour of a march on Saturday Cite']);
  await page.getByTestId('cia-cite').click();
  await expect(page.getByTestId('cia-citation')).toHaveCount(2);
  await expect(page.getByTestId('cia-citable')).toHaveCount(0);
});

test('presenting lists the open assessments on the timeline by risk level, their titles only when the presenter shows them', async ({ atlas }) => {
  const page = atlas.page;
  await startAssessment(atlas, 'Retaliation fears after the national incident', 'district');
  await page.getByTestId('cia-start-open').click();
  await expect(page.getByTestId('timeline-assessments')).toHaveText('Open assessments (1): Retaliation fears after the national incident (no risks scored yet)');
  await page.locator('body').press('p');
  await expect(page.getByTestId('presentation-bar')).toBeVisible();
  await expect(page.getByTestId('timeline-assessments')).toHaveText('Open assessments (1): no risks scored yet');
  await page.getByTestId('presentation-assessment-text').check();
  await expect(page.getByTestId('timeline-assessments')).toHaveText('Open assessments (1): Retaliation fears after the national incident (no risks scored yet)');
  await page.getByTestId('present-stop').click();
  await page.locator('body').press('p');
  // Presenting again starts with the titles hidden.
  await expect(page.getByTestId('timeline-assessments')).toHaveText('Open assessments (1): no risks scored yet');
});

test('only the summary written for partners, and only when ticked, goes in a share package', async ({ atlas }) => {
  const page = atlas.page;
  await startAssessment(atlas, 'Retaliation fears after the national incident', 'district');
  await page.getByTestId('cia-start-open').click();
  await page.getByTestId('cia-info-problem').fill('Threats posted online against the mosque');
  await page.getByTestId('cia-save').click();
  await page.getByTestId('cia-share-summary').fill('Partners are working with faith leaders across the borough.');
  await page.getByTestId('cia-share-save').click();
  await page.getByTestId('share-open').click();
  const dialog = page.getByTestId('share-dialog');
  await expect(dialog.getByTestId('share-assessment')).not.toBeChecked();
  await dialog.getByTestId('share-assessment').check();
  await dialog.getByTestId('share-authority').fill('Ashbridge');
  const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('share-export').click()]);
  const file = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(file);
  const text = readFileSync(file, 'utf8');
  const pkg = JSON.parse(text);
  expect(pkg.assessments.map((a: { summary: string; level: unknown; status: string }) => [a.summary, a.level, a.status])).toEqual([['Partners are working with faith leaders across the borough.', null, 'draft']]);
  expect(text).not.toContain('Threats posted online');
  expect(text).not.toContain('Retaliation fears');
});
