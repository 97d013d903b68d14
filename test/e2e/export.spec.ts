import { PNG } from 'pngjs';
import { unzipSync } from 'fflate';
import { expect, test } from './support/playwright';
import { blend, hexToRgb } from './support/pixels';
import { MAP_BACKGROUND } from './support/atlas-driver';
import { countColorsIn, darkPixelsIn, fillExportDialog, startExport } from './support/export-driver';

// A4 portrait at 300 dpi: 10 mm margins (118 px); the title (18 pt = 75 px) starts under the marking.
const A4_300 = { width: 2480, height: 3508 };

test.describe('map image export', () => {
  test('an A4 portrait 300 dpi PNG holds the choropleth colours, the legend swatches, the title and the marking', async ({ atlas }) => {
    await atlas.open();
    const legend = await atlas.legend();
    await fillExportDialog(atlas.page, { title: 'Ashbridge deprivation', marking: 'OFFICIAL', paper: 'a4', orientation: 'portrait', dpi: '300', format: 'png' });
    await expect(atlas.page.getByTestId('export-pixels')).toHaveText('2,480 × 3,508 pixels');
    const { name, bytes } = await startExport(atlas.page);
    expect(name).toBe('Ashbridge-deprivation-a4-portrait-300dpi.png');
    await expect(atlas.page.getByTestId('export-status')).toContainText(`Saved ${name}.`);

    const image = PNG.sync.read(bytes);
    expect({ width: image.width, height: image.height }).toEqual(A4_300);
    const whole = { x: 0, y: 0, width: image.width, height: image.height };
    // The map: every legend class as drawn on the map (fill at 80 % over the background), in quantity.
    const onMap = countColorsIn(image, legend.rows.map((r) => blend(hexToRgb(r.color), MAP_BACKGROUND, 0.8)), whole);
    for (const count of onMap) expect(count).toBeGreaterThan(20_000);
    // The legend: each class's swatch in its exact colour, about 75 × 50 px at 300 dpi.
    const swatches = countColorsIn(image, [...legend.rows, legend.noData].map((r) => hexToRgb(r.color)), whole, 1);
    for (const count of swatches) expect(count).toBeGreaterThan(2_000);
    // The marking (top band) and the title under it are really drawn: dark text pixels, not a blank band.
    expect(darkPixelsIn(image, { x: 1000, y: 118, width: 480, height: 60 })).toBeGreaterThan(300);
    expect(darkPixelsIn(image, { x: 118, y: 190, width: 1400, height: 100 })).toBeGreaterThan(3_000);
    // The page is white round the map, not transparent.
    expect(Array.from(image.data.subarray(0, 4))).toEqual([255, 255, 255, 255]);
  });

  test('a batch of one image per value downloads a zip of valid PNGs, named by value, and restores the map', async ({ atlas }) => {
    await atlas.open();
    const before = await atlas.legend();
    await fillExportDialog(atlas.page, { paper: 'a4', orientation: 'landscape', dpi: '150', format: 'png' });
    await atlas.page.getByTestId('export-mode-indicators').check();
    const fields = atlas.page.getByTestId('export-field');
    for (const field of await fields.all()) await field.uncheck();
    const chosen = ['deprivation_score', 'population', 'area_km2'];
    for (const field of chosen) await atlas.page.locator(`[data-testid=export-field][data-field="${field}"]`).check();
    await expect(atlas.page.getByTestId('export-start')).toHaveText('Export 3 images');
    const { name, bytes } = await startExport(atlas.page);
    expect(name).toMatch(/\.zip$/);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual(['01-Population.png', '02-Area-km².png', '03-Deprivation-score.png']);
    for (const data of Object.values(files)) {
      const png = PNG.sync.read(Buffer.from(data));
      expect({ width: png.width, height: png.height }).toEqual({ width: 1754, height: 1240 });
    }
    // The user's map is as it was, and Escape closes the dialog.
    await atlas.settle();
    expect((await atlas.legend()).title).toBe(before.title);
    await atlas.page.keyboard.press('Escape');
    await expect(atlas.page.getByTestId('export-dialog')).not.toBeVisible();
  });

  test('a batch of one image per period steps the timeline with fixed breaks and puts it back', async ({ atlas }) => {
    await atlas.open();
    await atlas.withDeckFrame(() => atlas.page.getByTestId('map-tension').click());
    // The tension map's timeline is its assessments' year.
    await expect(atlas.page.getByTestId('period-label')).toHaveText('All dates (2023)');
    await fillExportDialog(atlas.page, { paper: 'screen', format: 'png' });
    await atlas.page.getByTestId('export-mode-periods').check();
    // July to September 2023, the example's tension episode.
    await atlas.page.getByTestId('export-period-from').selectOption('6');
    await atlas.page.getByTestId('export-period-to').selectOption('8');
    const { bytes } = await startExport(atlas.page);
    const files = unzipSync(new Uint8Array(bytes));
    expect(Object.keys(files)).toEqual(['01-Jul-2023.png', '02-Aug-2023.png', '03-Sept-2023.png']);
    const mapSize = await atlas.page.locator('.map-area').evaluate((e) => ({ width: e.clientWidth, height: e.clientHeight }));
    const images = Object.values(files).map((data) => PNG.sync.read(Buffer.from(data)));
    for (const png of images) expect({ width: png.width, height: png.height }).toEqual(mapSize);
    // Each month's map differs (ratings change over the episode).
    expect(Buffer.compare(images[0].data, images[1].data)).not.toBe(0);
    expect(Buffer.compare(images[1].data, images[2].data)).not.toBe(0);
    await expect(atlas.page.getByTestId('period-label')).toHaveText('All dates (2023)');
  });

  test('a long export can be cancelled: nothing is downloaded, the map is as it was, and the next export works', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    const before = await atlas.legend();
    await fillExportDialog(page, { paper: 'a3', orientation: 'landscape', dpi: '300', format: 'png' });
    await page.getByTestId('export-mode-indicators').check();
    let downloads = 0;
    page.on('download', () => { downloads += 1; });
    await page.getByTestId('export-start').click();
    await expect(page.getByTestId('export-cancel')).toBeVisible();
    await expect(page.getByTestId('export-status')).toContainText('Drawing image 1 of');
    await page.getByTestId('export-cancel').click();
    await expect(page.getByTestId('export-cancelled')).toHaveText('Export cancelled: nothing was saved, and the map is as it was.');
    await expect(page.getByTestId('export-close')).toBeEnabled();
    expect(downloads).toBe(0);
    await atlas.settle();
    expect((await atlas.legend()).title).toBe(before.title);
    // The renderer is left clean: a small export straight after succeeds.
    await page.getByTestId('export-mode-single').check();
    await page.getByTestId('export-paper').selectOption('screen');
    const { name } = await startExport(page);
    expect(name).toMatch(/\.png$/);
    expect(downloads).toBe(1);
  });

  test('the exported legend explains the outlines on the map and gives each authority its own classes when classified per authority', async ({ atlas }) => {
    await atlas.open();
    const page = atlas.page;
    // The example flags rapid change on its LSOAs; show the band between Ashbridge and Wellmoor too.
    await atlas.showExampleLevel('LSOAs');
    await page.getByTestId('band-show').click();
    await expect(page.getByTestId('band-table')).toBeVisible();
    await atlas.settle();
    const keys = page.getByTestId('legend-keys');
    await expect(keys.getByTestId('legend-key-rapid-change')).toContainText(/^Rapid change between periods \(\d+ areas\)$/);
    await expect(keys.getByTestId('legend-key-band-a')).toContainText(/^Ashbridge: touching the boundary \(\d+ areas\)$/);
    await expect(keys.getByTestId('legend-key-band-b')).toContainText(/^Wellmoor: touching the boundary \(\d+ areas\)$/);
    const legend = await atlas.legend();

    const exportLegendColumn = async (title: string) => {
      await fillExportDialog(page, { title, paper: 'a4', orientation: 'landscape', dpi: '150', format: 'png' });
      const { bytes } = await startExport(page);
      await page.keyboard.press('Escape');
      const image = PNG.sync.read(bytes);
      // Landscape pages put the legend right of the map: find the map frame's right edge (a long dark line).
      const rightEdge = frameRightEdge(image);
      return { image, column: { x: rightEdge + 4, y: 0, width: image.width - rightEdge - 4, height: image.height } };
    };
    const shared = await exportLegendColumn('Shared classes');
    const [purple, bandA, bandB] = countColorsIn(shared.image, ['#6a00a8', '#d95f02', '#1b7fbd'].map(hexToRgb), shared.column, 2);
    // Each outline key is a ringed swatch (about 37 × 24 px at 150 dpi, ring about 4 px): a few hundred pixels.
    for (const count of [purple, bandA, bandB]) expect(count).toBeGreaterThan(150);
    const sharedSwatches = countColorsIn(shared.image, legend.rows.map((r) => hexToRgb(r.color)), shared.column, 1);

    await page.getByTestId('classify-per-authority').click();
    await atlas.settle();
    await expect(page.getByTestId('legend-authority').locator('h3')).toHaveText(['Ashbridge', 'Wellmoor']);
    const per = await exportLegendColumn('Per authority');
    const perSwatches = countColorsIn(per.image, legend.rows.map((r) => hexToRgb(r.color)), per.column, 1);
    // Two authorities, each with its own rows in the same palette: every class colour is drawn twice.
    perSwatches.forEach((count, i) => expect(count / sharedSwatches[i]).toBeGreaterThan(1.7));
    perSwatches.forEach((count, i) => expect(count / sharedSwatches[i]).toBeLessThan(2.3));
  });
});

/** x of the map frame's right border on a landscape page: the right-most column that is grey or darker over most of the page's middle. */
function frameRightEdge(image: PNG): number {
  const [top, bottom] = [Math.round(image.height * 0.3), Math.round(image.height * 0.7)];
  for (let x = image.width - 1; x > image.width / 3; x--) {
    let dark = 0;
    for (let y = top; y < bottom; y++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i] < 160 && image.data[i + 1] < 160 && image.data[i + 2] < 170) dark++;
    }
    if (dark > (bottom - top) * 0.95) return x;
  }
  throw new Error('No map frame edge found on the exported page');
}
