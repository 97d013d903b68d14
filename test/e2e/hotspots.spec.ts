import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';

const files = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'police/gwent/2022-03-gwent-street.csv', 'police/gwent/2022-04-gwent-street.csv', 'police/gwent/2022-05-gwent-street.csv']);

test.describe('statistical hot spots', () => {
  test('Gi* on Gwent March–May 2022 counts in Caerphilly LSOAs: seven-class legend, hot spots on the map, emerging hot spots', async ({ atlas }) => {
    skipWhenMissing(files.missing);
    await atlas.open();
    await atlas.chooseFiles([files.paths[0]]);
    await atlas.withDeckFrame(() => atlas.chooseFiles(files.paths.slice(1)));
    // The legend says what the heatmap is: density, not significance.
    await expect(atlas.page.getByTestId('legend-heatmap')).toContainText('density, not statistical significance');
    await atlas.withDeckFrame(() => atlas.page.getByTestId('show-heatmap').uncheck());
    await atlas.page.getByTestId('hotspot-run').click();
    await expect(atlas.page.getByTestId('hotspot-summary')).toContainText(/^\d+ hot spots and \d+ cold spots among 110 areas/);
    await atlas.settle();
    const legend = await atlas.legend();
    expect(legend.title).toBe('Hot and cold spots (Gi*, significance)');
    expect(legend.rows.map((r) => r.label)).toEqual([
      'Hot spot – 99% confidence', 'Hot spot – 95% confidence', 'Hot spot – 90% confidence', 'Not significant',
      'Cold spot – 90% confidence', 'Cold spot – 95% confidence', 'Cold spot – 99% confidence',
    ]);
    expect(legend.rows.reduce((s, r) => s + r.count, 0) + legend.noData.count).toBe(110);
    const hot = legend.rows.slice(0, 3).reduce((s, r) => s + r.count, 0);
    expect(hot).toBeGreaterThan(0);
    // Every class that has areas shows on the map in its conventional colour, with the district zoomed to
    // (the fit after loading covers the whole force area, where a small class is only a few pixels).
    await atlas.page.locator('[data-testid=layer-row]', { hasText: 'caerphilly' }).getByRole('button', { name: 'Zoom to data' }).click();
    await atlas.settle();
    const pixels = await atlas.pixelsPerLegendClass();
    legend.rows.forEach((row, i) => { if (row.count > 0) expect(pixels[i], row.label).toBeGreaterThan(20); });
    // Hovering an area gives its z-score and p-value.
    // Over an area in the middle of the district (the fit keeps it clear of the legend, so not the map's centre).
    const box = await atlas.page.locator('.map-area').boundingBox();
    const inside = await atlas.page.evaluate(() => window.__atlas!.map!.project([-3.2, 51.65]));
    await atlas.page.mouse.move(box!.x + inside.x, box!.y + inside.y);
    await expect(atlas.page.getByTestId('tooltip-gi')).toContainText(/^Gi\* z-score -?\d+(\.\d+)?, p-value \d/);
    await atlas.page.mouse.move(box!.x + 5, box!.y + 5);
    // With the false-discovery-rate correction, fewer areas stay significant.
    await atlas.page.getByTestId('hotspot-fdr').check();
    await atlas.page.getByTestId('hotspot-run').click();
    await atlas.settle();
    const corrected = await atlas.legend();
    expect(corrected.rows[3].count).toBeGreaterThan(legend.rows[3].count);
    // Over the three months, each area gets an emerging hot spot category, shown as a map too.
    await atlas.page.getByTestId('emerging').locator('summary').click();
    await atlas.page.getByTestId('map-emerging').click();
    await atlas.settle();
    const emerging = await atlas.legend();
    expect(emerging.title).toBe('Emerging hot and cold spots (months)');
    expect(emerging.rows.reduce((s, r) => s + r.count, 0) + emerging.noData.count).toBe(110);
    expect(emerging.rows.map((r) => r.label)).toContain('No pattern');
  });
});
