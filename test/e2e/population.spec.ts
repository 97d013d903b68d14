import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';

const files = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'indicators/census2021-ts001-lsoa.csv', 'police/gwent/2022-03-gwent-street.csv']);
const TS001 = 'Census 2021 TS001: Usual residents';

test.describe('population for rates', () => {
  test('Census 2021 TS001 is found as the population, rates are mapped for every Caerphilly LSOA, and the user changes the column for hot spots', async ({ atlas }) => {
    skipWhenMissing(files.missing);
    await atlas.open();
    await atlas.chooseFiles([files.paths[0]]);
    await atlas.chooseFiles([files.paths[1]]);
    await atlas.withDeckFrame(() => atlas.chooseFiles([files.paths[2]]));
    const join = atlas.page.getByTestId('join-section');
    await expect(join.getByTestId('population-used')).toHaveText(`Rates per 1,000 use ${TS001}: Residence type: Total; measures: Value (the total of a census table), known for 110 of 110 areas.`);
    await join.getByTestId('map-rates').click();
    await atlas.settle();
    const legend = await atlas.legend();
    expect(legend.title).toContain('(rate per 1,000 residents)');
    expect([legend.rows.reduce((s, r) => s + r.count, 0), legend.noData.count]).toEqual([110, 0]);
    // The hot spot panel on rates shows the same population; choosing another column there changes it everywhere.
    await atlas.page.getByTestId('hotspot-panel').getByRole('radio', { name: 'rates per 1,000 residents' }).check();
    const hotspotPopulation = atlas.page.getByTestId('hotspot-panel').getByTestId('population-choice');
    await hotspotPopulation.focus();
    await hotspotPopulation.selectOption({ label: `${TS001}: Residence type: Lives in a household; measures: Value` });
    await expect(join.getByTestId('population-used')).toHaveText(`Rates per 1,000 use ${TS001}: Residence type: Lives in a household; measures: Value (chosen by you), known for 110 of 110 areas.`);
    await atlas.page.getByTestId('hotspot-run').click();
    await expect(atlas.page.getByTestId('hotspot-summary')).toContainText(/^\d+ hot spots and \d+ cold spots among 110 areas/);
  });
});
