import { expect, test, type Page } from './support/playwright';
import { audit } from './support/axe';

// WCAG 2.2 AA as the target (issue 8): an automated axe-core audit of the running app with the example
// data, its panels open, the per-area table open, and in Welsh. Serious and critical findings fail.
async function openEverything(page: Page): Promise<void> {
  // Every section's folded details open, and the map and classes section showing (one section at a time).
  await page.evaluate(() => document.querySelectorAll('.sidebar details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
  await page.getByTestId('section-tab-map').click();
  await page.getByTestId('layer-table-toggle').click();
  await expect(page.getByTestId('layer-table')).toBeVisible();
  await page.getByTestId('layer-table-grid').locator('tbody th button').first().click();
  await expect(page.getByTestId('area-panel')).toBeVisible();
}

test.describe('accessibility audit', () => {
  test('no serious or critical axe violations on first start', async ({ atlas }) => {
    await atlas.open();
    expect(await audit(atlas.page)).toEqual([]);
  });

  test('no serious or critical axe violations with panels, table and area open', async ({ atlas }) => {
    await atlas.open();
    await openEverything(atlas.page);
    expect(await audit(atlas.page)).toEqual([]);
  });

  test('no serious or critical axe violations in Welsh', async ({ atlas }) => {
    await atlas.open();
    await atlas.page.getByTestId('language').selectOption('cy');
    await openEverything(atlas.page);
    await expect(atlas.page.locator('html')).toHaveAttribute('lang', 'cy');
    expect(await audit(atlas.page)).toEqual([]);
  });

  test('no serious or critical axe violations with the tension map and the bivariate map', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('map-tension').click();
    await expect(page.getByTestId('legend-title')).toContainText('Tension');
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('bivariate-toggle').check();
    await expect(page.getByTestId('bivariate-cell')).toHaveCount(9);
    expect(await audit(page)).toEqual([]);
  });
});

test.describe('accessibility audit of the meeting and sharing screens', () => {
  test('no serious or critical axe violations when presenting, comparing, exporting or sharing', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('present-button').click();
    await expect(page.getByTestId('presentation-bar')).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation-bar')).toHaveCount(0);

    await page.getByTestId('compare-mode').locator('input[value="side-by-side"]').check();
    await expect(page.getByTestId('pane-controls-1')).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('compare-mode').locator('input[value="swipe"]').check();
    await expect(page.getByTestId('swipe-divider')).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('compare-mode').locator('input[value="single"]').check();

    await page.getByTestId('export-open').click();
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await page.getByTestId('share-open').click();
    await expect(page.getByTestId('share-dialog')).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
});
