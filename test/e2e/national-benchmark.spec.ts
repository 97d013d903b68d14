import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';

const files = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'indicators/census2021_ts004_country_of_birth_3a_lsoa21.csv', 'indicators/census2021-ts001-lsoa.csv']);

test.describe('benchmarks the guide asks for (issue 16)', () => {
  test('an area profile sets each indicator beside the district average and the national figure of the whole table, weighted by the chosen population', async ({ atlas }) => {
    skipWhenMissing(files.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.dropFiles([files.paths[0]]);
    await atlas.chooseFiles([files.paths[1], files.paths[2]]);

    // Given Census 2021 TS004 for every LSOA of England and Wales and TS001 as the population, an area's profile...
    await atlas.clickArea(files.paths[0], 'LSOA11CD', 'W01001325');
    await expect(page.getByTestId('area-code')).toHaveText('W01001325');
    const row = page.getByTestId('profile-indicators').locator('tbody tr', { has: page.locator('th', { hasText: 'Percentage: Born outside the UK' }) });
    // ...gives the national share born outside the UK: 16.8% (Census 2021, England and Wales), weighted by residents.
    const national = row.getByTestId('profile-national');
    await expect(national).toHaveText(/^16\.[78]\d? England & Wales$/);
    await expect(national).toHaveAttribute('title', /^16\.[78]\d? \(England & Wales, 35,672 areas, population-weighted\)$/);
    await expect(page.getByTestId('profile-national-note')).toContainText('the average over every area in the loaded table');
    await page.getByTestId('area-profile').screenshot({ path: 'test-results/national-benchmark-profile.png' });

    // Unweighted, it is the plain mean of the LSOA percentages, said so.
    await page.getByTestId('area-profile').getByTestId('profile-weighted').uncheck();
    await expect(national).toHaveText(/^\d+(\.\d+)? England & Wales · unweighted$/);
    await expect(national).toHaveAttribute('title', /^\d+(\.\d+)? \(England & Wales, 35,672 areas\)$/);
    atlas.assertNoPageErrors();
  });
});
