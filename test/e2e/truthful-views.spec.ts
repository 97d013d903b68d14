import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';
import { storedWorkspace } from './support/stored-workspace';
import { exportViews } from './support/export-driver';

// Issue 12: what reaches the wall and the page is what its title says, for a period that is the data's.
const lsoas = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'boundaries/wales/lsoa11_W06000015_cardiff.geojson']);
const gwent = sharedFiles(['police/gwent']);
const year2021 = gwent.missing ? [] : readdirSync(gwent.paths[0]).filter((f) => /^2021-\d\d-gwent-street\.csv$/.test(f)).sort().map((f) => join(gwent.paths[0], f));

const GI_CLASSES = [
  'Hot spot – 99% confidence', 'Hot spot – 95% confidence', 'Hot spot – 90% confidence', 'Not significant',
  'Cold spot – 90% confidence', 'Cold spot – 95% confidence', 'Cold spot – 99% confidence',
];
const EEP_LEVELS = ['1 Imminent', '2 High', '3 Moderate (high)', '4 Moderate (low)', '5 Raised', '6 Normal'];

async function saveView(page: Page, name: string): Promise<void> {
  await page.getByTestId('view-name').fill(name);
  await page.getByTestId('save-view').click();
}

/** What a slide shows: its title, period, legend title, the legend's rows and its method line. */
async function slide(page: Page) {
  const legend = page.getByTestId('legend');
  return {
    title: (await page.getByTestId('presentation-title').innerText()).split('\n')[0],
    period: await page.getByTestId('presentation-period').innerText().catch(() => ''),
    legendTitle: await legend.getByTestId('legend-title').innerText(),
    classes: await legend.locator('[data-testid=legend-item] .legend-label').allInnerTexts(),
    method: await legend.getByTestId('legend-method').innerText().catch(() => ''),
  };
}

test('saved views of real crime, Gi* and tension keep their own field, title and period through a reload, presentation and export; a view that can no longer be built is refused by name', async ({ atlas }) => {
  skipWhenMissing(lsoas.missing ?? gwent.missing);
  test.setTimeout(900_000);
  const { page } = atlas;
  await atlas.open();
  await atlas.chooseFiles([lsoas.paths[0]]);
  await atlas.withDeckFrame(() => atlas.chooseFiles(year2021));
  await atlas.withDeckFrame(() => page.getByTestId('show-heatmap').uncheck());

  // A year of Gwent crime per Caerphilly LSOA. The example's tension log runs into another year; the
  // timeline of this view is the crimes' own.
  const countOption = await page.getByTestId('value-field').locator('option', { hasText: '(count per area)' }).first().getAttribute('value');
  await atlas.select('value-field', countOption!);
  await atlas.settle();
  await expect(page.getByTestId('period-label')).toHaveText('All dates (2021)');
  await page.getByTestId('presentation-panel').locator('summary').click();
  await saveView(page, 'Recorded crime 2021');

  await page.getByTestId('hotspot-run').click();
  await expect(page.getByTestId('hotspot-summary')).toContainText('among 110 areas');
  await atlas.settle();
  await saveView(page, 'Crime hot spots 2021 (Gi*)');

  await page.getByTestId('map-tension').click();
  await atlas.settle();
  await saveView(page, 'Tension ratings');

  // Once the three views are saved in the browser, reload: the hot-spot analysis is computed again, so its
  // view draws its own field.
  await expect.poll(async () => ((await storedWorkspace(page)).snapshot?.parts['saved-views'] as unknown as unknown[] | undefined)?.length, { timeout: 30_000 }).toBe(3);
  await page.reload();
  await expect(page.getByTestId('workspace-restored')).toBeVisible({ timeout: 300_000 });
  await atlas.settle();

  await page.locator('body').press('p');
  await page.locator('body').press('Home');
  await atlas.settle();
  const crime = await slide(page);
  expect(crime).toMatchObject({ title: 'Recorded crime 2021', period: '2021' });
  expect(crime.legendTitle).toMatch(/^Police recorded crime · Gwent · Jan – Dec 2021 \(count per area\)$/);
  expect(crime.method).toMatch(/^Quantile/);

  await page.locator('body').press('ArrowRight');
  await atlas.settle();
  const gi = await slide(page);
  expect(gi).toMatchObject({ title: 'Crime hot spots 2021 (Gi*)', period: '2021', legendTitle: 'Hot and cold spots (Gi*, significance)', classes: GI_CLASSES, method: '7 categories' });
  await expect(page.getByTestId('presentation-refused')).toHaveCount(0);

  await page.locator('body').press('ArrowRight');
  await atlas.settle();
  const tension = await slide(page);
  expect(tension).toMatchObject({ title: 'Tension ratings', legendTitle: 'Tension rating (1 = most alarming)', classes: EEP_LEVELS, method: '6 categories' });
  expect(tension.period).not.toMatch(/2021/);
  await page.locator('body').press('Escape');

  // One page per view: each titled with its own view, with its own period and legend.
  const report = await exportViews(page);
  expect(report.refused).toEqual([]);
  expect(report.pages.map((p) => [p.view, p.title, p.period])).toEqual([
    ['Recorded crime 2021', 'Recorded crime 2021', '2021'],
    ['Crime hot spots 2021 (Gi*)', 'Crime hot spots 2021 (Gi*)', '2021'],
    ['Tension ratings', 'Tension ratings', tension.period],
  ]);
  expect(report.pages[1].legend).toEqual({ title: 'Hot and cold spots (Gi*, significance)', classes: [...GI_CLASSES, 'No result'] });
  expect(report.pages[2].legend.classes.slice(0, 6)).toEqual(EEP_LEVELS);

  // Merging Caerphilly with Cardiff moves the crimes' join to the merged layer: the views of crime and of its
  // hot spots on the Caerphilly layer can no longer be built, and say so instead of drawing another field.
  await atlas.chooseFiles([lsoas.paths[1]]);
  await page.getByTestId('merge-button').filter({ hasText: '2 LSOA layers' }).click();
  await atlas.settle();
  await page.locator('body').press('p');
  await page.locator('body').press('Home');
  await atlas.settle();
  await expect(page.getByTestId('presentation-refused')).toContainText('“Recorded crime 2021” cannot be shown: the incidents');
  await expect(page.getByTestId('presentation-refused')).toContainText('are not joined to this layer');
  await expect(page.getByTestId('legend-refused')).toBeVisible();
  await page.locator('body').press('Escape');
  const after = await exportViews(page);
  expect(after.refused.map((r) => r.view)).toEqual(['Recorded crime 2021', 'Crime hot spots 2021 (Gi*)']);
  expect(after.refused[1].reason).toBe('it needs the hot-spot analysis of this layer: run it again');
  expect(after.pages.map((p) => p.view)).toEqual(['Tension ratings']);
});
