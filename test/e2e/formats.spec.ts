import { readFile, writeFile } from 'node:fs/promises';
import { mkdtempSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { expect, test } from './support/playwright';
import { EXAMPLE_LSOAS, EXAMPLE_WARDS } from './support/example-names';

// Round trips with the rest of a council's GIS (issue 19): other formats and coordinate systems in,
// GeoPackage and GeoJSON out, read back by the app itself.
const fixtures = resolve(dirname(fileURLToPath(import.meta.url)), '..', 'fixtures', 'formats');

test.describe('formats in and out', () => {
  test('a GeoPackage in Irish Grid loads with its coordinate system named and the shift’s accuracy', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await atlas.chooseFiles([join(fixtures, 'belfast-irish-grid.gpkg')]);
    const row = page.locator('[data-testid=layer-row]', { hasText: 'belfast-irish-grid' });
    await expect(row.getByTestId('layer-summary')).toContainText('2 areas');
    await expect(row.getByTestId('layer-summary')).toContainText('reprojected from TM75 / Irish Grid (to about 1 m)');
    await row.getByTestId('layer-warnings').locator('summary').click();
    await expect(row.getByTestId('layer-warnings')).toContainText('reprojected from TM75 / Irish Grid to WGS84 (the datum shift is accurate to about 1 m)');
  });

  test('KMZ, FlatGeobuf, GeoParquet and a CSV with WKT load as boundary layers', async ({ atlas }) => {
    await atlas.open();
    await atlas.chooseFiles(['cardiff.kmz', 'belfast-itm.fgb', 'cardiff-wgs84.parquet', 'cardiff-wkt.csv'].map((name) => join(fixtures, name)));
    // Layers are named in words from what they are (issue 15): the three Cardiff files hold LSOAs with no vintage or
    // authority column, so each reads 'LSOAs'; the Belfast file's areas are not a known level, so it keeps its file name.
    expect((await atlas.layerLabels()).sort()).toEqual(['LSOAs', 'LSOAs', 'LSOAs', 'belfast-itm.fgb', EXAMPLE_LSOAS, EXAMPLE_WARDS].sort());
  });

  test('a cut-short GeoPackage is refused with a message naming it, and the map stays', async ({ atlas }) => {
    await atlas.open();
    const dir = mkdtempSync(join(tmpdir(), 'atlas-formats-'));
    const cut = join(dir, 'cut-short.gpkg');
    const bytes = await readFile(join(fixtures, 'belfast-irish-grid.gpkg'));
    await writeFile(cut, bytes.subarray(0, Math.floor(bytes.length * 0.3)));
    await atlas.chooseFiles([cut]);
    await expect(atlas.page.getByTestId('error-notice')).toContainText('cut-short.gpkg');
    expect(await atlas.errorCodes()).toEqual(['parse-failed']);
    expect(await atlas.layerLabels()).toEqual([EXAMPLE_WARDS, EXAMPLE_LSOAS]);
  });

  test('the mapped layer goes out as a GeoPackage in British National Grid and comes back in with the same areas', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    const legend = await atlas.legend();
    const areas = legend.rows.reduce((sum, row) => sum + row.count, 0) + legend.noData.count;
    await page.getByTestId('layer-table-toggle').click();
    const exporter = page.getByTestId('geometry-export');
    await page.getByTestId('geometry-export-open').click();
    await expect(exporter.getByLabel('File format')).toHaveValue('geopackage');
    await expect(exporter.getByLabel('Coordinates')).toHaveValue('bng');
    const download = page.waitForEvent('download');
    await page.getByTestId('geometry-export-download').click();
    const file = await download;
    // Named from the layer's name in words, with its coordinate system.
    expect(file.suggestedFilename()).toBe('example_wards_ashbridge_and_wellmoor-epsg27700.gpkg');
    const saved = join(mkdtempSync(join(tmpdir(), 'atlas-formats-')), file.suggestedFilename());
    await file.saveAs(saved);
    expect((await readFile(saved)).subarray(0, 15).toString('latin1')).toBe('SQLite format 3');
    await atlas.chooseFiles([saved]);
    // The one layer read from British National Grid is the GeoPackage just written.
    const row = page.locator('[data-testid=layer-row]').filter({ has: page.getByTestId('layer-summary').filter({ hasText: 'reprojected from British National Grid' }) });
    await expect(row).toHaveCount(1);
    await expect(row.getByTestId('layer-summary')).toContainText(`${areas} areas`);
  });
});
