import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { expect, skipWhenMissing, test, type Page } from './support/playwright';
import { DEPRIVATION, EXAMPLE_LSOAS } from './support/example-names';
import { sharedFiles } from './support/shared-data';

// Issue 7: two linked maps, a swipe view, and sharing layers with a neighbouring authority.

const LEGACY_V0 = fileURLToPath(new URL('../fixtures/share-package/legacy-v0.atlas-share.json', import.meta.url));

/** Waits until the two comparison maps exist and have drawn. */
async function waitForPanes(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const maps = window.__atlas?.maps ?? [];
    return maps.length === 2 && maps.every((m) => m.loaded() && !m.isMoving());
  }, null, { timeout: 120_000, polling: 200 });
}

/** Waits until both maps show exactly the same centre and zoom (React applies the shared camera a frame later). */
async function waitForSameCamera(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const [a, b] = window.__atlas?.maps ?? [];
    return !!a && !!b && !a.isMoving() && !b.isMoving() && a.getZoom() === b.getZoom() && a.getCenter().lng === b.getCenter().lng && a.getCenter().lat === b.getCenter().lat;
  }, null, { timeout: 30_000, polling: 100 });
}

/** Centre and zoom of every map on screen. */
async function cameras(page: Page): Promise<{ lng: number; lat: number; zoom: number }[]> {
  return page.evaluate(() => (window.__atlas?.maps ?? []).map((m) => ({ lng: m.getCenter().lng, lat: m.getCenter().lat, zoom: m.getZoom() })));
}

async function legendRows(page: Page, testId: string): Promise<{ label: string; count: number }[]> {
  return page.getByTestId(testId).locator('[data-testid=legend-item]').evaluateAll((items) => items.map((li) => ({
    label: li.querySelector('.legend-label')?.textContent ?? '',
    count: Number((li.querySelector('.legend-count')?.textContent ?? '').replace(/[^\d]/g, '')),
  })));
}

test.describe('side-by-side comparison', () => {
  test('two panes show their own layer, value and period, move together, and share a legend only when their classes match', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('compare-mode').getByRole('radio', { name: 'Side by side' }).check();
    await waitForPanes(page);
    // Same layer and value on both sides to begin with: one shared legend.
    await expect(page.getByTestId('legend-shared')).toContainText('Both maps use the same classes');
    await expect(page.getByTestId('legend-shared').getByTestId('legend-title')).toHaveText(DEPRIVATION);

    // Right pane: the LSOAs' share of residents aged 65+ from the indicator table, pinned to its 2019 edition.
    await page.getByTestId('pane-layer-1').selectOption('example-lsoas');
    const field = await page.getByTestId('pane-field-1').locator('option', { hasText: 'Aged 65 and over (%) (2019)' }).first().getAttribute('value');
    await page.getByTestId('pane-field-1').selectOption(field!);
    // Left pane: the wards' tension rating, pinned to a period of the slider.
    await page.getByTestId('pane-field-0').selectOption('tension:level');
    const periods = await page.getByTestId('pane-period-0').locator('option').allTextContents();
    expect(periods[0]).toBe('Follow the time slider');
    expect(periods.length).toBeGreaterThan(5);
    await page.getByTestId('pane-period-0').selectOption({ label: periods.find((p) => p.includes('Jul 2023'))! });
    await waitForPanes(page);
    await expect(page.getByTestId('legend-shared')).toHaveCount(0);
    await expect(page.getByTestId('legend-pane-0').getByTestId('legend-title')).toHaveText('Tension rating (1 = most alarming)');
    await expect(page.getByTestId('legend-pane-1').getByTestId('legend-title')).toHaveText('Aged 65 and over (%) (2019)');
    const left = await legendRows(page, 'legend-pane-0');
    const right = await legendRows(page, 'legend-pane-1');
    expect(right.reduce((n, r) => n + r.count, 0)).toBeGreaterThan(200); // LSOAs with 2019 values
    expect(left.some((r) => /High|Moderate|Raised/.test(r.label))).toBe(true);
    // Pinned: moving the slider does not change the left pane's July ratings.
    const pinned = await legendRows(page, 'legend-pane-0');
    await page.getByTestId('time-back').click();
    await page.getByTestId('time-back').click();
    await page.getByTestId('time-back').click();
    await waitForPanes(page);
    expect(await legendRows(page, 'legend-pane-0')).toEqual(pinned);

    // Pan the left map through its own API, then drag the right one with the mouse: both follow exactly.
    const before = await cameras(page);
    await page.evaluate(() => window.__atlas!.maps[0].panBy([160, -90], { duration: 0 }));
    await waitForPanes(page);
    const panned = await cameras(page);
    expect(panned[0]).not.toEqual(before[0]);
    expect(panned[1]).toEqual(panned[0]);
    await page.evaluate(() => window.__atlas!.maps[1].zoomTo(window.__atlas!.maps[1].getZoom() + 1, { duration: 0 }));
    await waitForPanes(page);
    const zoomed = await cameras(page);
    expect(zoomed[0].zoom).toBeCloseTo(panned[0].zoom + 1, 6);
    expect(zoomed[0]).toEqual(zoomed[1]);
    const box = (await page.getByTestId('compare-pane-1').locator('canvas.maplibregl-canvas').boundingBox())!;
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    await page.mouse.move(box.x + box.width / 2 - 120, box.y + box.height / 2 + 60, { steps: 8 });
    await page.mouse.up();
    await waitForPanes(page);
    await waitForSameCamera(page);
    const dragged = await cameras(page);
    expect(dragged[1]).not.toEqual(zoomed[1]);
    expect(dragged[0]).toEqual(dragged[1]);
    await page.screenshot({ path: 'test-results/compare-side-by-side.png' });

    // Back to one map: the single map opens where the panes were.
    await page.getByTestId('compare-mode').getByRole('radio', { name: 'One map' }).check();
    await page.waitForFunction(() => window.__atlas?.maps.length === 1 && window.__atlas.map?.loaded(), null, { timeout: 60_000 });
    const single = await cameras(page);
    expect(single[0].zoom).toBeCloseTo(dragged[0].zoom, 6);
    // The dragged pane wrote the one camera; the single map starts from it.
    expect(single[0].lng).toBeCloseTo(dragged[1].lng, 6);
    expect(single[0].lat).toBeCloseTo(dragged[1].lat, 6);
    await expect(page.getByTestId('legend')).toBeVisible();
  });

  test('the panes open where the map is, not at a saved view shown before the map was moved', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('presentation-panel').locator('summary').click();
    await page.getByTestId('view-name').fill('Whole borough');
    await page.getByTestId('save-view').click();
    const saved = await cameras(page);
    // Zoom in, show the saved view (a jump back to it), then zoom in again: the map is away from the view.
    await page.evaluate(() => window.__atlas!.map!.jumpTo({ zoom: window.__atlas!.map!.getZoom() + 1.5 }));
    await atlas.settle();
    await page.getByRole('button', { name: 'Show view Whole borough' }).click();
    await atlas.settle();
    expect((await cameras(page))[0].zoom).toBeCloseTo(saved[0].zoom, 6);
    await page.evaluate(() => window.__atlas!.map!.jumpTo({ zoom: window.__atlas!.map!.getZoom() + 1 }));
    await atlas.settle();
    const moved = await cameras(page);

    await page.getByTestId('compare-mode').getByRole('radio', { name: 'Side by side' }).check();
    await waitForPanes(page);
    await waitForSameCamera(page);
    const panes = await cameras(page);
    expect(panes[0].zoom).toBeCloseTo(moved[0].zoom, 6);
    expect(panes[0].zoom).toBeCloseTo(saved[0].zoom + 1, 6);
  });

  test('the swipe view clips the second map at a divider that the keyboard moves', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('compare-mode').getByRole('radio', { name: 'Swipe' }).check();
    await waitForPanes(page);
    await page.getByTestId('pane-layer-1').selectOption('example-lsoas');
    const divider = page.getByRole('slider', { name: /Swipe divider/ });
    await expect(divider).toHaveAttribute('aria-valuenow', '50');
    await divider.focus();
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('ArrowLeft');
    await page.keyboard.press('Shift+ArrowLeft');
    await expect(divider).toHaveAttribute('aria-valuenow', '36');
    const clip = await page.locator('.swipe-layer').nth(1).evaluate((el) => (el as HTMLElement).style.clipPath);
    expect(clip).toBe('inset(0px 0px 0px 36%)');
    await page.keyboard.press('End');
    await expect(divider).toHaveAttribute('aria-valuenow', '100');
    await page.keyboard.press('Home');
    await expect(divider).toHaveAttribute('aria-valuenow', '0');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.keyboard.press('Shift+ArrowRight');
    await page.evaluate(() => window.__atlas!.maps[1].panBy([-80, 40], { duration: 0 }));
    await waitForPanes(page);
    const [a, b] = await cameras(page);
    expect(a).toEqual(b);
    await expect(page.getByTestId('legend-pane-0')).toBeVisible();
    await expect(page.getByTestId('legend-pane-1')).toBeVisible();
    await page.screenshot({ path: 'test-results/compare-swipe.png' });
  });
});

test.describe('sharing with a neighbouring authority', () => {
  test('exports Wellmoor’s LSOAs as a package and, dropped into a fresh app, shows the same values tagged Wellmoor', async ({ atlas }) => {
    test.setTimeout(420_000); // two starts of the app in software WebGL
    const { page } = atlas;
    await atlas.open();
    await atlas.showExampleLevel('LSOAs');
    await page.getByTestId('share-open').click();
    const dialog = page.getByTestId('share-dialog');
    await expect(dialog).toBeVisible();
    await dialog.getByTestId('share-layer').selectOption('example-lsoas');
    await dialog.getByTestId('share-areas').selectOption('X06000002');
    await expect(dialog.getByTestId('share-authority')).toHaveValue('Wellmoor');
    await expect(dialog.getByTestId('share-suppress')).toBeChecked();
    await expect(dialog.getByTestId('share-points')).not.toBeChecked();
    await page.screenshot({ path: 'test-results/share-dialog.png' });
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('share-export').click()]);
    const file = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(file);
    expect(download.suggestedFilename()).toMatch(/^wellmoor-\d{4}-\d{2}-\d{2}\.atlas-share\.json$/);
    await expect(dialog.getByTestId('share-message')).toContainText('89 areas');
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();

    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    expect([pkg.format, pkg.version]).toEqual(['cohesion-atlas-share', 2]);
    expect(pkg.metadata.authority).toEqual({ name: 'Wellmoor', code: 'X06000002' });
    expect(pkg.metadata.marking).toBe('OFFICIAL-SENSITIVE');
    expect(pkg.metadata.pointsIncluded).toBe(false);
    expect(pkg.incidents).toBeNull();
    expect(pkg.boundaries.areas).toHaveLength(89);
    const cells = pkg.layers.flatMap((l: { values: Record<string, unknown[]> }) => Object.values(l.values).flat());
    expect(cells).toContain('suppressed');
    expect(cells.filter((c: unknown) => typeof c === 'number' && c > 0 && c < 5 && Number.isInteger(c)).length).toBeLessThan(cells.length);
    const welsh = pkg.layers.find((l: { name: string }) => l.name === 'welsh_speakers');
    expect(Object.values(welsh.values).flat().every((c) => c === 'suppressed' || c === null || c === 0 || (c as number) >= 5)).toBe(true);

    // A fresh copy of the app: drop the package in.
    await page.reload();
    await atlas.open();
    await atlas.dropFiles([file]);
    const row = page.getByTestId('layer-row').filter({ hasText: `${EXAMPLE_LSOAS} (Wellmoor)` });
    await expect(row.getByTestId('origin-badge')).toHaveText('from Wellmoor');
    await expect(row.getByTestId('layer-origin')).toContainText('OFFICIAL-SENSITIVE');
    const legend = await atlas.legend();
    expect(legend.rows.reduce((n, r) => n + r.count, 0) + legend.noData.count).toBe(89);

    // Map a received count with small values: withheld areas are counted as such in the legend.
    const table = await page.getByTestId('tf-table').locator('option', { hasText: 'welsh_speakers' }).getAttribute('value', { timeout: 10_000 });
    await atlas.select('tf-table', table!);
    await page.getByTestId('tf-indicator').selectOption({ label: 'Welsh speakers' });
    await atlas.settle();
    await expect(page.getByTestId('legend').getByTestId('legend-title')).toHaveText('Welsh speakers (2021)');
    await expect(page.getByTestId('legend').getByTestId('legend-suppressed')).toContainText('withheld as small counts (<5)');

    // Click one Wellmoor LSOA: its received values are the exported ones, and withheld ones read "<5".
    const area = pkg.boundaries.areas[10];
    const ring = area.geometry.type === 'Polygon' ? area.geometry.coordinates[0] : area.geometry.coordinates[0][0];
    const centre = ring.slice(0, -1).reduce((acc: number[], p: number[]) => [acc[0] + p[0] / (ring.length - 1), acc[1] + p[1] / (ring.length - 1)], [0, 0]);
    const point = await page.evaluate(([lng, lat]) => window.__atlas!.map!.project([lng, lat]), centre);
    const canvas = (await page.locator('.map-area canvas.maplibregl-canvas').first().boundingBox())!;
    await page.mouse.click(canvas.x + point.x, canvas.y + point.y);
    await expect(page.getByTestId('area-code')).toHaveText(area.areaCode);
    const profile = await page.getByTestId('profile-indicators').locator('tbody tr').evaluateAll((rows) => rows.map((r) => [r.querySelector('th')?.textContent ?? '', r.querySelector('td')?.textContent ?? '']));
    let checked = 0;
    for (const layer of pkg.layers.filter((l: { kind: string }) => l.kind === 'indicator')) {
      const last = layer.periods.length - 1;
      const sent = layer.values[area.areaCode][last];
      // Received rows are marked with the sender (the fresh app's own example tables have the same codes).
      const shown = profile.find(([name]) => name === `${layer.name} · from Wellmoor${layer.periods[last] ? ` (${layer.periods[last]})` : ''}`);
      if (!shown) continue;
      if (sent === 'suppressed') expect(shown[1]).toBe('<5 (withheld)');
      else if (sent === null) expect(shown[1]).toBe('—');
      else expect(Number(shown[1].replace(/,/g, ''))).toBeCloseTo(sent, 2);
      checked += 1;
    }
    expect(checked).toBeGreaterThan(10);
    await page.screenshot({ path: 'test-results/share-received.png' });
  });

  test('reads a package of the superseded version 0 layout, and names the file and field of a broken one', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await atlas.dropFiles([LEGACY_V0]);
    const row = page.getByTestId('layer-row').filter({ hasText: 'Wellmoor (Wellmoor)' });
    await expect(row.getByTestId('origin-badge')).toHaveText('from Wellmoor');
    await expect(row.getByTestId('layer-warnings')).toContainText('converted to version 2');
    const legend = await atlas.legend();
    expect(legend.title).toBe('Incidents (2026-05)');
    expect(legend.rows.reduce((n, r) => n + r.count, 0) + legend.noData.count).toBe(3);

    const broken = test.info().outputPath('broken.atlas-share.json');
    const text = readFileSync(LEGACY_V0, 'utf8').replace('"version": 0', '"version": 1');
    (await import('node:fs')).writeFileSync(broken, text);
    await atlas.dropFiles([broken]);
    await expect(page.getByTestId('error-item').first()).toContainText('broken.atlas-share.json: field "metadata" should be an object');
  });
});

const caerphilly = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'police/gwent/2022-03-gwent-street.csv', 'police/gwent/2022-04-gwent-street.csv', 'police/gwent/2022-05-gwent-street.csv']);

test.describe('sharing real Welsh data', () => {
  test('Caerphilly LSOAs with Gwent crimes by month: the package withholds small counts and reads back with the same values', async ({ atlas }) => {
    skipWhenMissing(caerphilly.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.chooseFiles([caerphilly.paths[0]]);
    await atlas.withDeckFrame(() => atlas.chooseFiles(caerphilly.paths.slice(1)));
    await page.getByTestId('share-open').click();
    const dialog = page.getByTestId('share-dialog');
    await dialog.getByTestId('share-authority').fill('Caerphilly County Borough Council');
    await dialog.getByTestId('share-authority-code').fill('W06000018');
    const [download] = await Promise.all([page.waitForEvent('download'), dialog.getByTestId('share-export').click()]);
    const file = test.info().outputPath(download.suggestedFilename());
    await download.saveAs(file);
    await page.keyboard.press('Escape');
    const pkg = JSON.parse(readFileSync(file, 'utf8'));
    expect(pkg.boundaries.areas).toHaveLength(110);
    const counts = pkg.layers.find((l: { kind: string }) => l.kind === 'count');
    expect(counts.periods).toEqual(['2022-03', '2022-04', '2022-05']);
    const may = Object.values(counts.values as Record<string, unknown[]>).map((cells) => cells[2]);
    const withheld = may.filter((c) => c === 'suppressed').length;
    expect(withheld).toBeGreaterThan(0);
    expect(may.every((c) => c === 'suppressed' || c === 0 || (typeof c === 'number' && c >= 5))).toBe(true);

    await atlas.dropFiles([file]);
    const row = page.getByTestId('layer-row').filter({ hasText: '(Caerphilly County Borough Council)' });
    await expect(row.getByTestId('origin-badge')).toHaveText('from Caerphilly County Borough Council');
    // The received layer is mapped on its latest month: withheld areas are no data, counted as withheld.
    const legend = await atlas.legend();
    expect(legend.rows.reduce((n, r) => n + r.count, 0) + legend.noData.count).toBe(110);
    expect(legend.noData.count).toBe(withheld + may.filter((c) => c === null).length);
    await expect(page.getByTestId('legend').getByTestId('legend-suppressed')).toContainText(`${withheld} areas withheld`);
    // Class bounds cover exactly the range of the values sent.
    const numbers = may.filter((c): c is number => typeof c === 'number');
    expect(legend.rows[0].label).toMatch(new RegExp(`^${Math.min(...numbers)}\\b`));
    expect(legend.rows[legend.rows.length - 1].label).toMatch(new RegExp(`\\b${Math.max(...numbers)}$`));
  });
});
