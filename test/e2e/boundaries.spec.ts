import { writeFileSync, mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, skipWhenMissing, test } from './support/playwright';
import { EXAMPLE_LSOAS, EXAMPLE_WARDS } from './support/example-names';
import { sharedFiles } from './support/shared-data';

const cardiff = sharedFiles(['shp', 'dbf', 'prj', 'cpg', 'shx'].map((ext) => `shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.${ext}`));

test.describe('loading real boundaries', () => {
  test('dropping the Cardiff LSOA 2021 shapefile set (British National Grid) shows 218 areas and a legend', async ({ atlas }) => {
    skipWhenMissing(cardiff.missing);
    await atlas.open();
    await atlas.dropFiles(cardiff.paths);
    const row = atlas.page.locator('[data-testid=layer-row]', { hasText: 'Cardiff' });
    await expect(row.getByTestId('layer-summary')).toContainText('218 areas');
    await expect(row.getByTestId('layer-summary')).toContainText('reprojected from British National Grid');
    const legend = await atlas.legend();
    expect(legend.rows.length).toBeGreaterThanOrEqual(3);
    expect(legend.rows.reduce((s, r) => s + r.count, 0) + legend.noData.count).toBe(218);
    const pixels = await atlas.pixelsPerLegendClass();
    expect(pixels.filter((n) => n > 100).length).toBe(legend.rows.length);
    // Hovering an area in the middle of Cardiff names it with its W01 code (the fit keeps the district clear of
    // the panels over the map, so the map's centre need not be on it).
    const box = await atlas.page.locator('.map-area').boundingBox();
    const inside = await atlas.page.evaluate(() => window.__atlas!.map!.project([-3.18, 51.49]));
    await atlas.page.mouse.move(box!.x + inside.x, box!.y + inside.y);
    await expect(atlas.page.getByTestId('tooltip')).toContainText(/W01\d{6}/);
  });

  test('a broken file gets a message naming it, and the previous map stays', async ({ atlas }) => {
    await atlas.open();
    const before = await atlas.legend();
    const pixelsBefore = await atlas.pixelsPerLegendClass();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-e2e-'));
    const broken = join(dir, 'broken-wards.geojson');
    writeFileSync(broken, '{"type":"FeatureCollection","features":[{"type":"Feature",');
    await atlas.chooseFiles([broken]);
    await expect(atlas.page.getByTestId('error-notice')).toContainText('broken-wards.geojson');
    expect(await atlas.errorCodes()).toEqual(['parse-failed']);
    expect(await atlas.layerLabels()).toEqual([EXAMPLE_WARDS, EXAMPLE_LSOAS]);
    expect(await atlas.legend()).toEqual(before);
    expect(await atlas.pixelsPerLegendClass()).toEqual(pixelsBefore);
  });
});
