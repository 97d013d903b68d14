import { expect, test, type Page } from './support/playwright';

// Keyboard only (issue 8): every step below uses the keyboard, never the mouse.

/** Presses Tab until `isTarget` holds for the focused element; returns what was focused on the way. */
async function tabUntil(page: Page, isTarget: (el: Element) => boolean, limit = 150): Promise<string[]> {
  const seen: string[] = [];
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    const found = await page.evaluate((source) => {
      const el = document.activeElement;
      return el ? { hit: (new Function('el', `return (${source})(el)`) as (e: Element) => boolean)(el), name: `${el.tagName.toLowerCase()}:${el.getAttribute('data-testid') ?? ''}:${(el.textContent ?? el.getAttribute('aria-label') ?? '').trim().slice(0, 40)}` } : null;
    }, isTarget.toString());
    if (found) seen.push(found.name);
    if (found?.hit) return seen;
  }
  throw new Error(`not reached after ${limit} Tabs; focused: ${seen.join(' > ')}`);
}

const mapView = (page: Page) => page.evaluate(() => {
  const map = window.__atlas!.map!;
  return { lng: map.getCenter().lng, lat: map.getCenter().lat, zoom: map.getZoom() };
});

test.describe('keyboard only', () => {
  test('tabs to the file chooser and the layer list, pans and zooms the map, and reads out areas', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.locator('body').focus();

    // The skip link comes first, then the sidebar in reading order: file chooser, then the layer list.
    await page.keyboard.press('Tab');
    await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
    await tabUntil(page, (el) => (el.textContent ?? '').startsWith('Choose files'));
    // Enter on the button opens the file picker (its hidden input is clicked; the native dialog is held back).
    await page.getByTestId('file-input').evaluate((input) => input.addEventListener('click', (e) => { e.preventDefault(); input.setAttribute('data-opened', 'yes'); }));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('file-input')).toHaveAttribute('data-opened', 'yes');
    await tabUntil(page, (el) => !!el.closest('[data-testid=layer-list]'));

    // On to the map canvas, which shows a visible focus ring.
    await tabUntil(page, (el) => el.classList.contains('maplibregl-canvas'));
    const outline = await page.evaluate(() => getComputedStyle(document.activeElement!).outlineStyle);
    expect(outline).not.toBe('none');

    await expect(page.locator('.maplibregl-canvas')).toBeFocused();
    const start = await mapView(page);
    // Each key eases the map for 300 ms; a second key at once would cut the first short, so one at a time.
    await page.keyboard.press('ArrowRight');
    await expect.poll(async () => (await mapView(page)).lng).toBeGreaterThan(start.lng);
    await page.keyboard.press('ArrowUp');
    await expect.poll(async () => (await mapView(page)).lat).toBeGreaterThan(start.lat);
    await page.keyboard.press('Equal');
    await expect.poll(async () => (await mapView(page)).zoom).toBeGreaterThan(start.zoom + 0.5);

    // ] steps through areas in name order; each is read out with value and class in a live region.
    const names = await page.evaluate(() => [...document.querySelectorAll('[data-testid=legend-item]')].length);
    expect(names).toBe(5);
    const readout = page.getByTestId('map-readout');
    await expect(readout).toHaveAttribute('role', 'status');
    await page.keyboard.press(']');
    await expect(readout).toHaveText(/^.+, [A-Z]\d{8}: [\d.,]+, class [1-5] of 5 \(.+\)$|^.+, [A-Z]\d{8}: no data$/);
    const first = await readout.textContent();
    await page.keyboard.press(']');
    await expect(readout).not.toHaveText(first!);
    const second = (await readout.textContent())!;
    await page.keyboard.press('[');
    await expect(readout).toHaveText(first!);
    await page.keyboard.press(']');
    await expect(readout).toHaveText(second);

    // Enter opens that area's panel; Escape closes it again.
    await page.keyboard.press('Enter');
    const panel = page.getByTestId('area-panel');
    await expect(panel).toBeVisible();
    expect(second.startsWith(`${await panel.locator('h2').textContent()}, ${await panel.getByTestId('area-code').textContent()}`)).toBe(true);
    await page.keyboard.press('Escape');
    await expect(panel).toBeHidden();
  });

  test('opens the area table, sorts it by value both ways and closes it', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.locator('#map').focus();
    await tabUntil(page, (el) => el.getAttribute('data-testid') === 'layer-table-toggle');
    await page.keyboard.press('Enter');
    const table = page.getByTestId('layer-table');
    await expect(table).toBeVisible();
    await expect(table.locator('h2')).toBeFocused();
    const valueHeader = table.locator('thead th').nth(2);
    await expect(valueHeader).toHaveAttribute('aria-sort', 'none');

    await tabUntil(page, (el) => el.getAttribute('data-testid') === 'sort-value');
    await page.keyboard.press('Enter');
    await expect(valueHeader).toHaveAttribute('aria-sort', 'ascending');
    const values = async () => (await table.locator('tbody td.number').allTextContents()).filter(Boolean).map((v) => Number(v.replace(/,/g, '')));
    const ascending = await values();
    expect(ascending.length).toBeGreaterThan(10);
    expect(ascending).toEqual([...ascending].sort((a, b) => a - b));
    await page.keyboard.press('Enter');
    await expect(valueHeader).toHaveAttribute('aria-sort', 'descending');
    const descending = await values();
    expect(descending).toEqual([...descending].sort((a, b) => b - a));

    // A row's area button selects the area on the map.
    await tabUntil(page, (el) => !!el.closest('tbody'));
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('area-panel')).toBeVisible();

    await page.getByTestId('sort-name').focus();
    await page.keyboard.press('Escape');
    await expect(table).toBeHidden();
    await expect(page.getByTestId('layer-table-toggle')).toBeFocused();
  });
});

test('tension ratings are read out with their trend in words, not only as arrows', async ({ atlas }) => {
  const { page } = atlas;
  await atlas.open();
  await page.getByTestId('map-tension').click();
  await expect(page.getByTestId('legend-title')).toContainText('Tension');
  await page.locator('.maplibregl-canvas').focus();
  const readout = page.getByTestId('map-readout');
  // Step until an area with a rating comes up (areas without an assessment read "no data").
  for (let i = 0; i < 40 && !/Tension /.test((await readout.textContent()) ?? ''); i++) await page.keyboard.press(']');
  await expect(readout).toHaveText(/class \d of \d \(\d \w+.*\)\. Tension \d \w+.*: (raised|falling|static) since the previous assessment$|: first assessment$/);
});
