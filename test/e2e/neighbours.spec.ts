import { readFileSync } from 'node:fs';
import { PNG } from 'pngjs';
import { expect, skipWhenMissing, test, type Page } from './support/playwright';
import { sharedFiles } from './support/shared-data';

// Issue 7: several authorities on one map, shared or per-authority classes, and the boundary band.
const AUTHORITIES = [
  ['W06000015', 'cardiff', 'Cardiff', 214],
  ['W06000016', 'rhondda_cynon_taf', 'Rhondda Cynon Taf', 154],
  ['W06000018', 'caerphilly', 'Caerphilly', 110],
  ['W06000024', 'merthyr_tydfil', 'Merthyr Tydfil', 36],
] as const;
const lsoas = sharedFiles(AUTHORITIES.map(([code, file]) => `boundaries/wales/lsoa11_${code}_${file}.geojson`));
const wimd = sharedFiles(['indicators/wimd2019_lsoa11_wales.csv']);
const police = sharedFiles(['police/gwent/2022-05-gwent-street.csv']);
const walesWards = sharedFiles(['boundaries/wales/wards_wd13_wales_all.topojson', 'boundaries/wales/lad13_wales.geojson']);

/** Map pixels within a few levels of a colour. */
async function pixelsOf(page: Page, hex: string, screenshot: Buffer): Promise<number> {
  void page;
  const image = PNG.sync.read(screenshot);
  const [r, g, b] = [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16));
  let count = 0;
  for (let i = 0; i < image.data.length; i += 4) {
    if (Math.abs(image.data[i] - r) <= 6 && Math.abs(image.data[i + 1] - g) <= 6 && Math.abs(image.data[i + 2] - b) <= 6) count++;
  }
  return count;
}

/** A legend bound is `value` rounded to the decimals it shows. */
function expectRounded(text: string, value: number): void {
  const decimals = (text.split('.')[1] ?? '').length;
  expect(Math.abs(Number(text) - value)).toBeLessThanOrEqual(0.5 * 10 ** -decimals + 1e-9);
}

const BAND_A = '#d95f02';
const BAND_B = '#1b7fbd';

test.describe('several authorities on one map', () => {
  test('the example shows Ashbridge and Wellmoor: shared legend, per-authority legend and the band between them', async ({ atlas }) => {
    await atlas.open();
    const page = atlas.page;
    await expect(page.getByTestId('layer-authority-list').first()).toContainText('Ashbridge');
    await expect(page.getByTestId('layer-authority-list').first()).toContainText('Wellmoor');
    await expect(page.getByTestId('legend-classify-mode')).toHaveText('Shared classification over 2 authorities: Ashbridge, Wellmoor');
    const shared = await atlas.legend();
    await page.getByTestId('classify-per-authority').click();
    await atlas.settle();
    await expect(page.getByTestId('legend-classify-mode')).toHaveText('Classified within each authority: each has its own breaks');
    await expect(page.getByTestId('legend-authority').locator('h3')).toHaveText(['Ashbridge', 'Wellmoor']);
    const per = await atlas.legend();
    expect(per.rows.reduce((n, r) => n + r.count, 0)).toBe(shared.rows.reduce((n, r) => n + r.count, 0));
    await page.getByTestId('classify-shared').click();

    const before = await atlas.mapScreenshot();
    await expect(page.getByTestId('band-side-a')).toHaveValue('0');
    await page.getByTestId('band-show').click();
    await expect(page.getByTestId('band-table')).toBeVisible();
    await atlas.settle();
    expect(await page.getByTestId('band-area-a').count()).toBeGreaterThan(0);
    expect(await page.getByTestId('band-area-b').count()).toBeGreaterThan(0);
    await expect(page.getByTestId('band-summary')).toContainText(/areas in Ashbridge and \d+ in Wellmoor touch their boundary/);
    const after = await atlas.mapScreenshot();
    expect(await pixelsOf(page, BAND_A, after) - await pixelsOf(page, BAND_A, before)).toBeGreaterThan(150);
    expect(await pixelsOf(page, BAND_B, after) - await pixelsOf(page, BAND_B, before)).toBeGreaterThan(150);
  });

  test('four Welsh authorities with WIMD: one shared classification, then per authority, and the Caerphilly–RCT band', async ({ atlas }) => {
    skipWhenMissing(lsoas.missing ?? wimd.missing ?? police.missing);
    await atlas.open();
    const page = atlas.page;
    await atlas.chooseFiles([...lsoas.paths, ...wimd.paths]);
    const rows = page.getByTestId('layer-row');
    for (const [code, , name] of AUTHORITIES) await expect(rows.filter({ hasText: `${name} (${code}, from LSOA names)` })).toHaveCount(1);
    await expect(rows.getByTestId('layer-vintage').filter({ hasText: 'Boundaries of 2011' })).toHaveCount(4);

    await page.getByTestId('merge-button').filter({ hasText: '4 LSOA layers' }).click();
    await atlas.settle();
    await page.getByTestId('tf-indicator').selectOption({ label: 'IMD_score' });
    await atlas.settle();
    await expect(page.getByTestId('legend-classify-mode')).toHaveText('Shared classification over 4 authorities: Cardiff, Rhondda Cynon Taf, Caerphilly, Merthyr Tydfil');

    // The breaks are computed over all 514 LSOAs: the classes run from the lowest score of the four
    // authorities to the highest, and hold every area.
    const codes = new Set(lsoas.paths.flatMap((p) => (JSON.parse(readFileSync(p, 'utf8')) as { features: { properties: { LSOA11CD: string } }[] }).features.map((f) => f.properties.LSOA11CD)));
    const [header, ...lines] = readFileSync(wimd.paths[0], 'utf8').trim().split('\n');
    const scoreColumn = header.split(',').indexOf('IMD_score');
    const scores = lines.map((l) => l.split(',')).filter((c) => codes.has(c[0])).map((c) => Number(c[scoreColumn]));
    expect(scores).toHaveLength(514);
    const legend = await atlas.legend();
    expect(legend.rows).toHaveLength(5);
    expect(legend.rows.reduce((n, r) => n + r.count, 0)).toBe(514);
    expectRounded(legend.rows[0].label.split(' – ')[0], Math.min(...scores));
    expectRounded(legend.rows[4].label.split(' – ')[1], Math.max(...scores));
    const pixels = await atlas.pixelsPerLegendClass();
    for (const count of pixels) expect(count).toBeGreaterThan(100);

    await page.getByTestId('classify-per-authority').click();
    await atlas.settle();
    const groups = page.getByTestId('legend-authority');
    await expect(groups.locator('h3')).toHaveText(AUTHORITIES.map(([, , name]) => name));
    for (const [index, [, , , count]] of AUTHORITIES.entries()) {
      const counts = await groups.nth(index).locator('.legend-count').allTextContents();
      expect(counts.reduce((n, text) => n + Number(text.replace(/[^\d]/g, '')), 0)).toBe(count);
    }
    await page.getByTestId('classify-shared').click();

    const before = await atlas.mapScreenshot();
    await page.getByTestId('band-side-a').selectOption({ label: 'Caerphilly' });
    await page.getByTestId('band-side-b').selectOption({ label: 'Rhondda Cynon Taf' });
    await page.getByTestId('band-show').click();
    await expect(page.getByTestId('band-table')).toBeVisible();
    await atlas.settle();
    const sideA = await page.getByTestId('band-area-a').allTextContents();
    const sideB = await page.getByTestId('band-area-b').allTextContents();
    expect(sideA.length).toBeGreaterThan(3);
    expect(sideB.length).toBeGreaterThan(3);
    expect(sideA.every((name) => name.startsWith('Caerphilly '))).toBe(true);
    expect(sideB.every((name) => name.startsWith('Rhondda Cynon Taf '))).toBe(true);
    await expect(page.getByTestId('band-field')).toContainText('IMD_score');
    await expect(page.getByTestId('band-mean-a')).toHaveText(/^\d/);
    const after = await atlas.mapScreenshot();
    expect(await pixelsOf(page, BAND_A, after) - await pixelsOf(page, BAND_A, before)).toBeGreaterThan(100);
    expect(await pixelsOf(page, BAND_B, after) - await pixelsOf(page, BAND_B, before)).toBeGreaterThan(100);

    // Incident counts work on the merged layer too: Gwent Police's May 2022 crimes, mapped and tabulated.
    await atlas.chooseFiles(police.paths);
    await page.getByTestId('value-field').selectOption({ label: 'Police recorded crime · Gwent · May 2022 (count per area)' });
    await atlas.settle();
    await expect(page.getByTestId('band-field')).toContainText('Police recorded crime');
    const counts = (await page.getByTestId('band-table').locator('tbody tr td.number').allTextContents()).filter((c) => c !== '');
    expect(counts.some((c) => Number(c.replace(/,/g, '')) > 0)).toBe(true);
    await page.getByTestId('value-field').selectOption({ label: 'Area (km², computed from the boundaries)' });

    // A wider band takes in more areas on both sides.
    await page.getByTestId('band-distance').selectOption({ label: '1 km' });
    await page.getByTestId('band-show').click();
    await expect.poll(async () => page.getByTestId('band-area-a').count()).toBeGreaterThan(sideA.length);
  });

  test('a ward file with no authority in it takes each ward\'s council from a layer of council boundaries', async ({ atlas }) => {
    skipWhenMissing(walesWards.missing);
    await atlas.open();
    const page = atlas.page;
    await atlas.chooseFiles(walesWards.paths);
    const wardRow = page.getByTestId('layer-row').filter({ hasText: 'Wards 2013' });
    await expect(wardRow.getByTestId('layer-authority-list')).toHaveText('Authority not known');
    const fromLayer = wardRow.getByTestId('authority-from-layer');
    await expect(fromLayer.getByTestId('authority-layer')).toHaveValue(/.+/);
    await fromLayer.getByTestId('authority-layer-use').click();
    await expect(wardRow.getByTestId('layer-authority-list')).toContainText('Gwynedd (W06000002, from an authority layer)');
    await expect(wardRow.getByTestId('layer-authority-list')).toContainText('… (22)');
    await expect(fromLayer.getByTestId('authority-layer-outside')).toHaveCount(0);
    // Now the band between two councils can be drawn on the all-Wales wards.
    await wardRow.getByRole('radio').check();
    await atlas.settle();
    await page.getByTestId('band-side-a').selectOption({ label: 'Caerphilly' });
    await page.getByTestId('band-side-b').selectOption({ label: 'Rhondda Cynon Taf' });
    await page.getByTestId('band-show').click();
    await expect(page.getByTestId('band-summary')).toContainText(/areas in Caerphilly and \d+ in Rhondda Cynon Taf touch their boundary/);
  });
});
