import type { Page } from '@playwright/test';
import { expect, skipWhenMissing, test } from './support/playwright';
import { DEPRIVATION, EXAMPLE_WARDS } from './support/example-names';
import { sharedFiles } from './support/shared-data';

const MARKING = 'OFFICIAL-SENSITIVE — not for circulation';

test.use({ viewport: { width: 1920, height: 1080 } });

const fontPx = (page: Page, testId: string) => page.getByTestId(testId).first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize));

test.describe('presentation mode', () => {
  test('one key enters it: editing panels hidden, title, legend, period and marking readable at 1920×1080', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('presentation-panel').locator('summary').click();
    await page.getByTestId('marking-preset').selectOption({ label: MARKING });
    await expect(page.getByTestId('marking-input')).toHaveValue(MARKING);
    // The marking is on screen while working, not only when presenting.
    await expect(page.getByTestId('marking-top')).toHaveText(MARKING);

    await page.locator('body').press('p');
    await atlas.settle();
    await expect(page.locator('.sidebar')).toBeHidden();
    await expect(page.getByTestId('layer-row').first()).toBeHidden();
    await expect(page.locator('.maplibregl-ctrl-zoom-in')).toBeHidden();
    await expect(page.getByTestId('presentation-title')).toHaveText(`${DEPRIVATION} — ${EXAMPLE_WARDS}`);
    await expect(page.getByTestId('legend')).toBeVisible();
    await expect(page.getByTestId('period-label')).toBeVisible();
    await expect(page.getByTestId('time-play')).toBeVisible();
    await expect(page.getByTestId('marking-top')).toHaveText(MARKING);
    await expect(page.getByTestId('marking-bottom')).toHaveText(MARKING);

    // Sizes for the back of a meeting room: a title of at least 40 px and body text of at least 20 px on a
    // 1080-line projector (the sidebar's text is 15 px).
    expect(await fontPx(page, 'presentation-title')).toBeGreaterThanOrEqual(40);
    expect(await fontPx(page, 'period-label')).toBeGreaterThanOrEqual(40);
    expect(await page.getByTestId('legend').locator('li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(20);
    expect(await fontPx(page, 'legend-title')).toBeGreaterThanOrEqual(22);
    expect(await fontPx(page, 'time-play')).toBeGreaterThanOrEqual(20);
    expect(await fontPx(page, 'marking-top')).toBeGreaterThanOrEqual(20);
    // On a 4K screen at 100 % the same furniture takes the same share of the wall (twice the pixels).
    await page.setViewportSize({ width: 3840, height: 2160 });
    expect(await fontPx(page, 'presentation-title')).toBeGreaterThanOrEqual(80);
    expect(await page.getByTestId('legend').locator('li').first().evaluate((el) => parseFloat(getComputedStyle(el).fontSize))).toBeGreaterThanOrEqual(40);
    await page.setViewportSize({ width: 1920, height: 1080 });
    await atlas.settle();

    // High contrast: fills are opaque, so each class shows as its legend colour unblended.
    const hide = await page.addStyleTag({ content: '.presentation-bar, .marking-banner { visibility: hidden !important; }' });
    const pixels = await atlas.pixelsPerLegendClass(1);
    for (const count of pixels) expect(count).toBeGreaterThan(1000);
    await hide.evaluate((el) => (el as HTMLElement).remove());

    await page.keyboard.press('Escape');
    await expect(page.locator('.sidebar')).toBeVisible();
    await expect(page.getByTestId('presentation-bar')).toHaveCount(0);

    // Comparing panes are set aside while presenting (one map, one legend) and come back afterwards.
    await page.getByTestId('compare-mode').locator('input[value="side-by-side"]').check();
    await expect(page.getByTestId('pane-controls-1')).toBeVisible();
    await page.locator('body').press('p');
    await expect(page.getByTestId('pane-controls-1')).toHaveCount(0);
    await expect(page.getByTestId('legend')).toBeVisible();
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('pane-controls-1')).toBeVisible();
    await page.getByTestId('compare-mode').locator('input[value="single"]').check();

    // The button does the same, and the stop button leaves.
    await page.getByTestId('present-button').click();
    await expect(page.locator('.sidebar')).toBeHidden();
    await page.getByTestId('present-stop').click();
    await expect(page.locator('.sidebar')).toBeVisible();
    atlas.assertNoPageErrors();
  });

  test('steps through two saved views with the arrow keys and a clicker', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('presentation-panel').locator('summary').click();
    // View 1: the wards, quantiles in 5 classes, the whole borough.
    await page.getByTestId('view-name').fill('Deprivation by ward');
    await page.getByTestId('save-view').click();
    const wardsZoom = await page.evaluate(() => window.__atlas!.map!.getZoom());

    // View 2: the LSOAs in 7 Jenks classes, zoomed in on the centre.
    await atlas.showExampleLevel('LSOAs');
    await atlas.select('class-count', '7');
    await page.evaluate(() => window.__atlas!.map!.jumpTo({ zoom: window.__atlas!.map!.getZoom() + 1.5 }));
    await atlas.settle();
    await page.getByTestId('view-name').fill('LSOAs close up');
    await page.getByTestId('save-view').click();
    await expect(page.getByTestId('saved-views').locator('li')).toHaveCount(2);

    await page.getByTestId('present-button').click();
    await page.keyboard.press('Home');
    await atlas.settle();
    await expect(page.getByTestId('presentation-title')).toHaveText('Deprivation by ward');
    await expect(page.getByTestId('presentation-count')).toHaveText('View 1 of 2');
    let legend = await atlas.legend();
    expect(legend.rows).toHaveLength(5);
    expect(await page.evaluate(() => window.__atlas!.map!.getZoom())).toBeCloseTo(wardsZoom, 5);

    await page.keyboard.press('PageDown'); // what a presentation clicker sends
    await atlas.settle();
    await expect(page.getByTestId('presentation-title')).toHaveText('LSOAs close up');
    await expect(page.getByTestId('presentation-count')).toHaveText('View 2 of 2');
    legend = await atlas.legend();
    expect(legend.rows).toHaveLength(7);
    expect(legend.rows.reduce((s, r) => s + r.count, 0) + legend.noData.count).toBeGreaterThan(200);
    expect(await page.evaluate(() => window.__atlas!.map!.getZoom())).toBeCloseTo(wardsZoom + 1.5, 5);
    const pixels = await atlas.pixelsPerLegendClass(1);
    expect(pixels.filter((n) => n > 300).length).toBeGreaterThanOrEqual(6);

    await page.keyboard.press('ArrowLeft');
    await atlas.settle();
    await expect(page.getByTestId('presentation-title')).toHaveText('Deprivation by ward');
    expect((await atlas.legend()).rows).toHaveLength(5);
    atlas.assertNoPageErrors();
  });

  test('hides individual incidents while presenting until the presenter turns them on', async ({ atlas }) => {
    const files = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'police/gwent/2020-01-gwent-street.csv']);
    skipWhenMissing(files.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.chooseFiles([files.paths[0]]);
    await atlas.withDeckFrame(() => atlas.chooseFiles([files.paths[1]]));
    await atlas.withDeckFrame(() => page.getByTestId('show-points').check());
    const deckLayers = () => page.evaluate(() => window.__atlas!.deckLayers);
    expect((await deckLayers()).some((id) => id.endsWith('-points'))).toBe(true);

    await page.getByTestId('present-button').click();
    await atlas.settle();
    expect((await deckLayers()).some((id) => id.endsWith('-points'))).toBe(false);
    expect((await deckLayers()).some((id) => id.endsWith('-heatmap'))).toBe(true);
    await page.getByTestId('presentation-points').check();
    await expect(page.locator('.presentation-warning')).toContainText('can identify people');
    expect((await deckLayers()).some((id) => id.endsWith('-points'))).toBe(true);
    // Leaving and coming back hides them again: the choice lasts one presentation.
    await page.keyboard.press('Escape');
    await page.getByTestId('present-button').click();
    expect((await deckLayers()).some((id) => id.endsWith('-points'))).toBe(false);
  });
});
