import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { writeNtv2Grid } from '../helpers/ntv2-grid';
import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';

// A small OSGB36 → ETRS89 NTv2 grid made by the test (the real OSTN15 file is 15 MB and not in the repo),
// a file that is not one, and wards in British National Grid metres without a .prj or crs member.
const folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-ostn15-'));
const grid = join(folder, 'OSTN15_NTv2_OSGBtoETRS.gsb');
writeFileSync(grid, new Uint8Array(writeNtv2Grid({ extent: [-9, 49, 2, 61], stepDeg: 0.5, shiftAt: () => ({ latSeconds: 2, lngSeconds: -3 }) })));
const notGrid = join(folder, 'notes.gsb');
writeFileSync(notGrid, 'not a grid'.repeat(50));
const wards = join(folder, 'wards-bng.geojson');
const square = (x: number) => [[[x, 176_000], [x + 1000, 176_000], [x + 1000, 177_000], [x, 177_000], [x, 176_000]]];
writeFileSync(wards, JSON.stringify({ type: 'FeatureCollection', features: [0, 1].map((i) => ({ type: 'Feature', properties: { code: `W0500000${i + 1}`, name: `Ward ${i + 1}` }, geometry: { type: 'Polygon', coordinates: square(318_000 + i * 1000) } })) }));

const hotspotFiles = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'police/gwent/2022-03-gwent-street.csv', 'police/gwent/2022-04-gwent-street.csv', 'police/gwent/2022-05-gwent-street.csv']);

test.describe('British National Grid accuracy and emerging hot spot rules (issue 19)', () => {
  test('an OSTN15 grid chosen under Settings is used for British National Grid files loaded after it, and named', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await expect(page.getByTestId('datum-grid-status')).toContainText('accurate to about 5 m');
    await page.getByTestId('datum-grid-file').setInputFiles(notGrid);
    await expect(page.getByTestId('datum-grid').getByRole('alert')).toHaveText('notes.gsb is not an NTv2 grid file (.gsb); choose OSTN15_NTv2_OSGBtoETRS.gsb from Ordnance Survey.');
    await page.getByTestId('datum-grid-file').setInputFiles(grid);
    await expect(page.getByTestId('datum-grid-status')).toHaveText('Using the OSTN15 grid OSTN15_NTv2_OSGBtoETRS.gsb (to about 0.1 m) for British National Grid files loaded from now on.');
    await atlas.chooseFiles([wards]);
    await expect(page.locator('[data-testid=layer-row]', { hasText: 'wards-bng' })).toContainText('reprojected from British National Grid through OSTN15 (to about 0.1 m)');
  });

  test('the emerging hot spot rules are chosen from the keyboard, ArcGIS Pro first, and a run keeps them', async ({ atlas }) => {
    skipWhenMissing(hotspotFiles.missing);
    const page = atlas.page;
    await atlas.open();
    await atlas.chooseFiles([hotspotFiles.paths[0]]);
    await atlas.withDeckFrame(() => atlas.chooseFiles(hotspotFiles.paths.slice(1)));
    const rules = page.getByTestId('hotspot-rules');
    await expect(rules.getByRole('radio', { name: 'ArcGIS Pro (standard)' })).toBeChecked();
    await expect(rules).toContainText('As ArcGIS Pro publishes them');
    await rules.getByRole('radio', { name: 'ArcGIS Pro (standard)' }).focus();
    await page.keyboard.press('ArrowDown');
    await expect(rules.getByRole('radio', { name: 'Atlas rules' })).toBeChecked();
    await expect(rules).toContainText('The atlas’s earlier rules');
    await page.getByTestId('hotspot-run').click();
    await expect(page.getByTestId('hotspot-summary')).toContainText('among 110 areas');
    await page.getByTestId('emerging').locator('summary').click();
    await expect(page.getByTestId('emerging-rules-used')).toHaveText('Categories by: Atlas rules');
  });
});
