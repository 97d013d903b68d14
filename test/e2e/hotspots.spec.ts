import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';

const files = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'police/gwent/2022-05-gwent-street.csv']);

test.describe('statistical hot spots', () => {
  test('Gi* on Gwent May 2022 counts in Caerphilly LSOAs: seven-class legend, hot spots on the map', async ({ atlas }) => {
    skipWhenMissing(files.missing);
    await atlas.open();
    await atlas.chooseFiles([files.paths[0]]);
    await atlas.withDeckFrame(() => atlas.chooseFiles([files.paths[1]]));
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
    // Every class that has areas shows on the map in its conventional colour.
    const pixels = await atlas.pixelsPerLegendClass();
    legend.rows.forEach((row, i) => { if (row.count > 0) expect(pixels[i], row.label).toBeGreaterThan(20); });
    // With the false-discovery-rate correction, fewer areas stay significant.
    await atlas.page.getByTestId('hotspot-fdr').check();
    await atlas.page.getByTestId('hotspot-run').click();
    await atlas.settle();
    const corrected = await atlas.legend();
    expect(corrected.rows[3].count).toBeGreaterThan(legend.rows[3].count);
  });
});
