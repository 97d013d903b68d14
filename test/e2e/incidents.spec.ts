import { mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, skipWhenMissing, test } from './support/playwright';
import { EXAMPLE_WARDS } from './support/example-names';
import { sharedFiles } from './support/shared-data';

const caerphilly = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson']);
const gwentDir = sharedFiles(['police/gwent']);
const gwentFiles = gwentDir.missing ? [] : readdirSync(gwentDir.paths[0]).filter((f) => f.endsWith('.csv')).sort().map((f) => join(gwentDir.paths[0], f));

test.describe('incidents', () => {
  test('police.uk files over Caerphilly LSOAs: heatmap, joined counts, and a category filter', async ({ atlas }) => {
    skipWhenMissing(caerphilly.missing ?? gwentDir.missing);
    expect(gwentFiles).toHaveLength(34);
    await atlas.open();
    await atlas.chooseFiles(caerphilly.paths);
    await atlas.withDeckFrame(() => atlas.chooseFiles(gwentFiles));

    // The import report accounts for every row.
    await expect(atlas.page.getByTestId('incident-summary')).toHaveText('179,333 of 179,333 incidents shown · 679 rows rejected');
    await expect(atlas.page.getByTestId('join-outcome')).toContainText('LSOAs 2011 · Caerphilly');
    // The join is checked against police.uk's own LSOA codes, disagreements listed with edge distances.
    await expect(atlas.page.getByTestId('join-agreement').locator('summary')).toHaveText(/LSOA code: 9\d(\.\d)?%/);
    await atlas.page.getByTestId('join-agreement').locator('summary').click();
    await expect(atlas.page.getByTestId('disagreements').locator('tbody tr').first()).toContainText(/\.csv:\d+.* m$/);

    // Given only the heatmap on the map, it shows as a density surface in its own colours.
    await atlas.setLayerVisible('LSOAs 2011 · Caerphilly', false);
    await atlas.setLayerVisible(EXAMPLE_WARDS, false);
    expect(await atlas.heatPixels()).toBeGreaterThan(2000);
    await atlas.withDeckFrame(() => atlas.page.getByTestId('show-heatmap').uncheck());
    expect(await atlas.heatPixels()).toBeLessThan(50);

    // When the counts are mapped, the legend totals every incident that fell in an area.
    await atlas.setLayerVisible('LSOAs 2011 · Caerphilly', true);
    await atlas.page.getByTestId('map-counts').click();
    await atlas.settle();
    const all = await atlas.legend();
    expect(all.title).toContain('(count per area)');
    const matchedText = (await atlas.page.getByTestId('join-outcome').textContent()) ?? '';
    const matched = Number(matchedText.split(' incidents')[0].replace(/,/g, ''));
    expect(matched).toBeGreaterThan(40_000);
    expect(all.rows.reduce((s, r) => s + r.count, 0)).toBe(110);
    const pixels = await atlas.pixelsPerLegendClass();
    expect(pixels.filter((n) => n > 50).length).toBe(all.rows.length);

    // Then filtering out one category lowers the counts, and the legend's class bounds follow.
    await atlas.page.locator('[data-testid=category-checkbox][data-category="Violence and sexual offences"]').uncheck();
    await atlas.settle();
    await expect(atlas.page.getByTestId('incident-summary')).not.toHaveText(/^179,333 of/);
    const fewer = await atlas.legend();
    expect(fewer.rows.map((r) => r.label)).not.toEqual(all.rows.map((r) => r.label));
    const fewerText = (await atlas.page.getByTestId('join-outcome').textContent()) ?? '';
    expect(Number(fewerText.split(' incidents')[0].replace(/,/g, ''))).toBeLessThan(matched);

    // The per-area table behind the map downloads as CSV with a column per month and per category
    // (unsuppressed here, so its counts add up to the panel's; suppression is on by default: promises.spec.ts).
    await atlas.page.getByTestId('export-table-suppress').uncheck();
    const [download] = await Promise.all([atlas.page.waitForEvent('download'), atlas.page.getByTestId('export-table').click()]);
    const { readFileSync } = await import('node:fs');
    const text = readFileSync((await download.path())!, 'utf8');
    expect(text.startsWith('\uFEFF')).toBe(true);
    const csv = text.trim().split('\r\n');
    expect(csv).toHaveLength(111);
    const header = csv[0].split(',');
    expect(header.slice(0, 3)).toEqual(['area_code', 'area_name', 'incidents']);
    expect(header).toContain('2020-01');
    expect(header).toContain('2022-10');
    expect(header).toContain('Anti-social behaviour');
    const total = csv.slice(1).reduce((sum, line) => sum + Number(line.split(',')[2]), 0);
    expect(total).toBe(Number(fewerText.split(' incidents')[0].replace(/,/g, '')));
  });

  // Issue 13: what the import assumed reaches the screen, and an odd point is rejected rather than moving the rest.
  test('shows the import warnings in the panel, and rejects the one BNG point among points in degrees', async ({ atlas }) => {
    const folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-rows-'));
    const latin = join(folder, 'latin.csv');
    writeFileSync(latin, Buffer.from('Date,Longitude,Latitude,Location\r\n2022-05-01,-3.18,51.48,Heol y Caffi Café\r\n2022-05-02,-3.17,51.49,Stryd Fawr\r\n', 'latin1'));
    const points = join(folder, 'mixed.geojson');
    const positions = [...Array.from({ length: 5 }, (_, k) => [-3.18 + k / 100, 51.48]), [318000, 176000]];
    writeFileSync(points, JSON.stringify({ type: 'FeatureCollection', features: positions.map((coordinates) => ({ type: 'Feature', geometry: { type: 'Point', coordinates }, properties: { date: '2022-05-01' } })) }));
    await atlas.open();

    await atlas.chooseFiles([latin]);
    await expect(atlas.page.locator('[data-testid=import-warning][data-code=unknown-encoding]')).toContainText('latin.csv is not UTF-8 text; it was read as Windows-1252');

    await atlas.chooseFiles([points]);
    await expect(atlas.page.getByTestId('incident-summary').last()).toHaveText(/^5 of 5 incidents shown · 1 rows? rejected$/);
    await expect(atlas.page.locator('[data-testid=rejected-reason][data-reason=bng-in-lat-lng-columns]')).toHaveCount(1);
  });
});
