import { expect, skipWhenMissing, test } from './support/playwright';
import { EXAMPLE_LSOAS, EXAMPLE_WARDS } from './support/example-names';
import { sharedFiles } from './support/shared-data';

const wards = sharedFiles(['boundaries/wales/wards_wd13_W06000018_caerphilly.geojson']);

test.describe('Welsh interface', () => {
  test('uses Welsh area names from the data (WD13NMW) when the interface is in Welsh', async ({ atlas }) => {
    skipWhenMissing(wards.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.chooseFiles(wards.paths);
    await atlas.setLayerVisible(EXAMPLE_WARDS, false);
    await atlas.setLayerVisible(EXAMPLE_LSOAS, false);
    await atlas.settle();

    // Click inside Aberbargoed (W05000718), found from the file itself.
    await atlas.clickArea(wards.paths[0], 'WD13CD', 'W05000718');
    await expect(page.locator('#area-heading')).toHaveText('Aberbargoed');

    await page.getByTestId('language').selectOption('cy');
    await expect(page.locator('#area-heading')).toHaveText('Aberbargod');
    await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
    // The interface text is Welsh too, and numbers follow Welsh formatting.
    await expect(page.getByTestId('legend').locator('h2')).toHaveText('Allwedd');
    // Welsh words are longer: the header may take another line and move the map, so point again.
    const inside = await atlas.pointInArea(wards.paths[0], 'WD13CD', 'W05000718');
    await page.mouse.move(inside.x, inside.y);
    await expect(page.locator('.tooltip strong').first()).toHaveText('Aberbargod');

    await page.getByTestId('language').selectOption('en');
    await expect(page.locator('#area-heading')).toHaveText('Aberbargoed');
    atlas.assertNoPageErrors();
  });
});
