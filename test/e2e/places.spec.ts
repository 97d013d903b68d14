import { fileURLToPath } from 'node:url';
import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';
import { storedWorkspace } from './support/stored-workspace';

/** Invented places at points inside three of Caerphilly's 2011 LSOAs, a row with bad coordinates and one with an unknown category. */
const PLACES = fileURLToPath(new URL('../fixtures/places/caerphilly-places.csv', import.meta.url));
const caerphilly = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson']);

test.describe('places and assets without dates (issue 16)', () => {
  test('a CSV of places without dates becomes a place layer: categories in the legend, rows not kept listed by file, row and field, places counted per area and named in the area panel, hidden from the keyboard, kept over a reload', async ({ atlas }) => {
    skipWhenMissing(caerphilly.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.dropFiles(caerphilly.paths);

    // Given a places-of-worship-and-schools file without a date column, it loads as places (no "no date" refusal).
    await atlas.chooseFiles([PLACES]);
    await expect(page.getByTestId('place-error')).toHaveCount(0);
    const layer = page.getByTestId('place-layer');
    await expect(layer.locator('label')).toHaveText('caerphilly-places: 3 places');
    await expect(layer.getByTestId('place-category-count')).toHaveText(['▲ Place of worship: 2', '● School: 1']);
    await expect(layer.getByTestId('place-in-areas')).toHaveText('In LSOAs 2011 · Caerphilly: 3 in its areas, 0 outside them.');

    // The rows not kept are counted and listed with their file, row, field and what they held.
    await expect(layer.getByTestId('place-report').locator('p')).toHaveText('caerphilly-places.csv: 3 kept, 2 rejected.');
    await layer.getByTestId('place-rejected-summary').click();
    await expect(layer.getByTestId('place-rejected')).toHaveText([
      'caerphilly-places.csv, row 5, Longitude, Latitude: not a point with numeric coordinates (“abc, 51.6”).',
      'caerphilly-places.csv, row 6, Category: a category the app does not know (use place of worship, community centre, school, hostel, flashpoint, bridging organisation, venue or other) (“Bowling alley”).',
    ]);

    // The legend names each category on the map with its shape.
    await expect(page.getByTestId('legend-place-category')).toHaveText(['▲Place of worship2', '●School1']);

    // An area's panel lists the places in it.
    await atlas.clickArea(caerphilly.paths[0], 'LSOA11CD', 'W01001325');
    await expect(page.getByTestId('area-code')).toHaveText('W01001325');
    await expect(page.getByTestId('area-places').getByTestId('area-place')).toHaveText(['▲ Example Chapel — Place of worship (caerphilly-places)']);

    // From the keyboard: the layer's checkbox hides it from the map and the legend.
    await layer.getByTestId('place-visible').focus();
    await page.keyboard.press('Space');
    await expect(page.getByTestId('legend-places')).toHaveCount(0);

    // Kept in the workspace: after a reload the layer is back, still hidden.
    await expect.poll(async () => ((await storedWorkspace(page)).snapshot?.parts.places as { hidden?: string[] } | undefined)?.hidden?.length, { timeout: 20_000 }).toBe(1);
    await page.reload();
    await expect(page.getByTestId('workspace-restored')).toBeVisible({ timeout: 150_000 });
    await expect(page.getByTestId('place-layer').locator('label')).toHaveText('caerphilly-places: 3 places');
    await expect(page.getByTestId('place-visible')).not.toBeChecked();
    atlas.assertNoPageErrors();
  });
});
