import { readdirSync, readFileSync } from 'node:fs';
import { countColors, hexToRgb } from './support/pixels';
import { join } from 'node:path';
import type { Locator, Page } from '@playwright/test';
import { expect, skipWhenMissing, test } from './support/playwright';
import { DEPRIVATION, EXAMPLE_COMMUNITIES, EXAMPLE_INDICATORS, EXAMPLE_LSOAS, EXAMPLE_TENSIONS, EXAMPLE_WARDS } from './support/example-names';
import { sharedFiles } from './support/shared-data';
import { audit } from './support/axe';
import { serveFlatTiles } from './support/tile-server';

// Issue 15: an interface a Silver chair would trust, checked on real Caerphilly data at three screen sizes.
const caerphilly = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson']);
const tables = sharedFiles(['indicators/census2021-ts001-lsoa.csv', 'indicators/wimd2019_lsoa11_wales.csv']);
const gwent = sharedFiles(['police/gwent']);
const year2021 = gwent.missing ? [] : readdirSync(gwent.paths[0]).filter((f) => /^2021-\d\d-gwent-street\.csv$/.test(f)).sort().map((f) => join(gwent.paths[0], f));
const missing = caerphilly.missing ?? tables.missing ?? gwent.missing;

/** Anything that reads like a file name rather than words: an extension, an underscore, a GSS code, police.uk's file stem. */
const FILE_NAME = /\.(csv|geojson|topojson|ods|xlsx|shp)\b|_|\b[EWS]0\d{7}\b|-street\b/i;
/** …or a lower-case hyphenated stem, as file names are written ("example-wards", "lsoa11-caerphilly"). */
const FILE_STEM = /\b[a-z0-9]+(?:-[a-z0-9]+)+\b/;
const readsLikeFileName = (name: string) => FILE_NAME.test(name) || FILE_STEM.test(name);
const SECTIONS = ['data', 'map', 'incidents', 'cohesion', 'tension', 'neighbours', 'present', 'workspace'] as const;

/** The district's bounding box in lng/lat, read from the file itself. */
function bboxOf(path: string): [number, number, number, number] {
  const box: [number, number, number, number] = [Infinity, Infinity, -Infinity, -Infinity];
  const visit = (c: unknown): void => {
    if (Array.isArray(c) && typeof c[0] === 'number') {
      box[0] = Math.min(box[0], c[0] as number); box[1] = Math.min(box[1], c[1] as number);
      box[2] = Math.max(box[2], c[0] as number); box[3] = Math.max(box[3], c[1] as number);
    } else if (Array.isArray(c)) c.forEach(visit);
  };
  for (const feature of JSON.parse(readFileSync(path, 'utf8')).features) visit(feature.geometry.coordinates);
  return box;
}

interface Box { x: number; y: number; width: number; height: number }
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

/** Where the district is drawn on the page, from its bounding box projected by the live map. */
async function districtOnPage(page: Page, bbox: [number, number, number, number]): Promise<Box> {
  return page.evaluate(([w, s, e, n]) => {
    const map = window.__atlas!.map!;
    const rect = map.getContainer().getBoundingClientRect();
    const nw = map.project([w, n]);
    const se = map.project([e, s]);
    return { x: rect.left + nw.x, y: rect.top + nw.y, width: se.x - nw.x, height: se.y - nw.y };
  }, bbox);
}

async function boxOf(locator: Locator): Promise<Box | null> {
  return (await locator.count()) ? locator.first().boundingBox() : null;
}

for (const [width, height] of [[1280, 720], [1440, 900], [1920, 1080]] as const) {
  test(`at ${width}×${height}: real data is named in words, the legend lists point categories, and no panel covers the fitted district`, async ({ atlas }) => {
    skipWhenMissing(missing);
    const { page } = atlas;
    await page.setViewportSize({ width, height });
    await atlas.open();
    // The example as it opens: its legend is titled in words too.
    expect((await atlas.legend()).title).toBe(DEPRIVATION);
    await atlas.chooseFiles(caerphilly.paths);
    await atlas.withDeckFrame(() => atlas.chooseFiles(year2021));
    await atlas.chooseFiles(tables.paths);

    // Names in words, not file names: every layer, table, incident set and tension log, the example's included.
    const layers = await atlas.layerLabels();
    expect(layers).toEqual(['LSOAs 2011 · Caerphilly', EXAMPLE_WARDS, EXAMPLE_LSOAS]);
    expect(layers.filter(readsLikeFileName)).toEqual([]);
    await expect(page.getByTestId('incident-label')).toHaveText('Police recorded crime · Gwent · Jan – Dec 2021');
    await expect(page.getByTestId('table-label')).toHaveText([EXAMPLE_INDICATORS, EXAMPLE_COMMUNITIES, 'Census 2021 TS001: Usual residents', 'Welsh Index of Multiple Deprivation 2019']);
    const tableNames = await page.getByTestId('table-label').allTextContents();
    expect(tableNames.filter(readsLikeFileName)).toEqual([]);
    await expect(page.getByTestId('tension-summary-line')).toHaveText(`${EXAMPLE_TENSIONS}: 702 assessments kept, 0 rows rejected`);

    // The crime counts as the map: the legend title is the field in words with its unit.
    const countOption = await page.getByTestId('value-field').locator('option', { hasText: 'Police recorded crime · Gwent · Jan – Dec 2021 (count per area)' }).first().getAttribute('value');
    await atlas.select('value-field', countOption!);
    const legend = await atlas.legend();
    expect(legend.title).toBe('Police recorded crime · Gwent · Jan – Dec 2021 (count per area)');
    expect(readsLikeFileName(legend.title)).toBe(false);

    // Points on: the legend lists their categories and colours, the long list folded.
    await atlas.withDeckFrame(() => page.getByTestId('show-heatmap').uncheck());
    await atlas.withDeckFrame(() => page.getByTestId('show-points').check());
    const categories = page.getByTestId('legend').getByTestId('legend-point-category');
    await expect(categories.first()).toBeVisible();
    expect(await categories.count()).toBeGreaterThanOrEqual(10);
    await expect(categories.first()).toHaveAttribute('data-color', /^#[0-9A-Fa-f]{6}$/);
    await expect(page.getByTestId('legend')).toContainText('Anti-social behaviour');
    await expect(page.getByTestId('legend').locator('.legend-fold summary')).toHaveText(/^\d+ more categories$/);

    // Zoom to the district: neither the legend nor the timeline nor the map buttons sit on it.
    await page.locator('[data-testid=layer-row]', { hasText: 'LSOAs 2011 · Caerphilly' }).getByRole('button', { name: 'Zoom to data' }).click();
    await atlas.settle();
    const district = await districtOnPage(page, bboxOf(caerphilly.paths[0]));
    const map = (await page.locator('.map-area').boundingBox())!;
    expect(district.width * district.height).toBeGreaterThan(0.2 * map.width * map.height);
    for (const panel of [page.getByTestId('legend'), page.getByTestId('time-slider'), page.locator('.maplibregl-ctrl-top-right')]) {
      const box = await boxOf(panel);
      if (box) expect(overlaps(district, box), `${await panel.first().getAttribute('class')} over the district`).toBe(false);
    }
    await page.screenshot({ path: test.info().outputPath(`caerphilly-crime-${width}x${height}.png`) });
  });
}

test('axe-core finds no serious or critical issue in any section, in English and in Welsh', async ({ atlas }) => {
  const { page } = atlas;
  await atlas.open();
  const found: string[] = [];
  for (const language of ['en', 'cy'] as const) {
    await page.getByTestId('language').selectOption(language);
    for (const section of SECTIONS) {
      await atlas.openSection(section);
      found.push(...(await audit(page)).map((issue) => `${language} ${section}: ${issue}`));
    }
  }
  await page.screenshot({ path: test.info().outputPath('sections-welsh.png') });
  expect(found).toEqual([]);
});

/** Moves the focused select to a neighbouring option with the arrow keys (down, or up from the last). */
async function stepSelect(page: Page): Promise<void> {
  const atEnd = await page.evaluate(() => { const select = document.activeElement as HTMLSelectElement; return select.selectedIndex === select.options.length - 1; });
  await page.keyboard.press(atEnd ? 'ArrowUp' : 'ArrowDown');
}

/** Presses Tab until the focused element passes `isTarget` (at most `limit` presses). */
async function tabTo(page: Page, isTarget: string, limit = 60): Promise<void> {
  for (let i = 0; i < limit; i++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate((selector) => !!document.activeElement?.matches(selector), isTarget)) return;
  }
  throw new Error(`${isTarget} not reached in ${limit} Tab presses`);
}

test('keyboard only: skip to the map, load a file, choose a field and its classification, present and come back', async ({ atlas }) => {
  skipWhenMissing(caerphilly.missing);
  const { page } = atlas;
  await atlas.open();

  // "Skip to map" is the first stop and lands on the map, which shows a focus ring.
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Skip to map' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.locator('#map')).toBeFocused();
  expect(await page.locator('#map').evaluate((el) => getComputedStyle(el).outlineStyle)).not.toBe('none');

  // From the top of the page, the section rail is three stops after the skip link (Present, language, the rail).
  await page.getByRole('link', { name: 'Skip to map' }).focus();
  await tabTo(page, '[role=tab][aria-selected=true]', 3);
  await expect(page.getByTestId('section-tab-data')).toBeFocused();

  // Load a file: Tab to "Choose files", Enter opens the picker (held back here: the operating system's
  // dialog is not the app's), and the file chosen in it loads.
  await tabTo(page, '[data-testid=drop-zone] button');
  await page.getByTestId('file-input').evaluate((input) => input.addEventListener('click', (e) => { e.preventDefault(); input.setAttribute('data-opened', 'yes'); }));
  await page.keyboard.press('Enter');
  await expect(page.getByTestId('file-input')).toHaveAttribute('data-opened', 'yes');
  await atlas.chooseFiles(caerphilly.paths);
  expect(await atlas.layerLabels()).toContain('LSOAs 2011 · Caerphilly');

  // The map and classes section is one arrow key along the rail; its field and method are the next stops.
  await page.getByTestId('section-tab-data').focus();
  await page.keyboard.press('ArrowDown');
  await expect(page.getByTestId('section-tab-map')).toBeFocused();
  await expect(page.getByTestId('section-map')).toBeVisible();
  await tabTo(page, '[data-testid=value-field]', 10);
  const fieldBefore = await page.getByTestId('value-field').inputValue();
  await stepSelect(page);
  await expect(page.getByTestId('value-field')).not.toHaveValue(fieldBefore);
  await tabTo(page, '[data-testid=method]', 10);
  const methodBefore = await page.getByTestId('method').inputValue();
  await stepSelect(page);
  await expect(page.getByTestId('method')).not.toHaveValue(methodBefore);

  // On to the next button (P in a select picks an option), present with P, leave with Escape: focus comes back.
  await tabTo(page, 'button:not([role=tab])', 40);
  await page.evaluate(() => document.activeElement!.setAttribute('data-focus-before-presenting', ''));
  await page.keyboard.press('p');
  await expect(page.getByTestId('presentation-title')).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(page.getByTestId('presentation-bar')).toHaveCount(0);
  await expect(page.locator('[data-focus-before-presenting]')).toBeFocused();
});

test('a basemap address typed by the user draws tiles from that server, and the map says where they come from', async ({ atlas }) => {
  const { page } = atlas;
  // A local tile server on 127.0.0.1: every tile is one flat colour no layer of the app uses.
  const { port, requested, close } = await serveFlatTiles([0x2e, 0x8b, 0x57]);
  try {
    await atlas.open();
    await atlas.openSection('map');
    await page.getByText('Settings', { exact: true }).click();
    await page.getByRole('textbox', { name: 'Basemap style or raster tile URL (optional)' }).fill(`http://127.0.0.1:${port}/{z}/{x}/{y}.png`);
    await page.getByRole('button', { name: 'Apply basemap' }).click();
    await expect(page.getByTestId('basemap-notice')).toHaveText(`Map tiles from 127.0.0.1:${port} (your data is not sent there)`);
    await expect.poll(() => requested.filter((url) => /^\/\d+\/\d+\/\d+\.png$/.test(url)).length).toBeGreaterThan(0);
    await atlas.settle();
    const [tilePixels] = countColors(await atlas.mapScreenshot(), [hexToRgb('#2e8b57')], 3);
    expect(tilePixels).toBeGreaterThan(10_000);
    await page.screenshot({ path: test.info().outputPath('xyz-basemap.png') });
  } finally {
    close();
  }
});

test('a clean start: the example can be removed whole (tension log too), the empty map stays empty, and the example is one button away', async ({ atlas }) => {
  const { page } = atlas;
  await atlas.open();
  await expect(page.getByTestId('tension-summary-line')).toHaveCount(1);
  await page.getByTestId('example-remove').click();
  expect(await atlas.layerLabels()).toEqual([]);
  await expect(page.getByTestId('table-card')).toHaveCount(0);
  await expect(page.getByTestId('tension-summary-line')).toHaveCount(0);
  await expect(page.getByTestId('time-slider')).toHaveCount(0);
  await page.reload();
  await atlas.open('/', { empty: true });
  expect(await atlas.layerLabels()).toEqual([]);
  await page.getByTestId('example-open').click();
  await expect(page.getByTestId('layer-label')).toHaveText([EXAMPLE_WARDS, EXAMPLE_LSOAS]);
});
