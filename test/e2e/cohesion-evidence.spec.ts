import { expect, skipWhenMissing, test } from './support/playwright';
import { sharedFiles } from './support/shared-data';

const cardiff = sharedFiles(['shp', 'dbf', 'prj', 'cpg', 'shx'].map((ext) => `shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.${ext}`));
const tables = sharedFiles([
  'indicators/wimd-2025-index-and-domain-ranks-by-small-area.ods',
  'indicators/wimd-2019-index-and-domain-scores-by-small-area_0.ods',
  'indicators/census2021_ts004_country_of_birth_3a_lsoa21.csv',
]);

const caerphilly = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson', 'indicators/census2021-ts001-lsoa.csv', 'indicators/wimd2019_lsoa11_wales.csv', 'police/gwent/2022-03-gwent-street.csv']);

const WIMD_2025 = 'Welsh Index of Multiple Deprivation 2025, ranks';
const WIMD_2019 = 'Welsh Index of Multiple Deprivation 2019, scores';
const TS004 = 'Census 2021 TS004';

test.describe('cohesion evidence true to the guide', () => {
  test('two "Income" columns read with their table and edition, WIMD 2025 ranks flip, TS004 is ethnicity (positive), and a column the catalogue does not know waits for a direction', async ({ atlas }) => {
    skipWhenMissing(cardiff.missing ?? tables.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.dropFiles(cardiff.paths);
    await atlas.chooseFiles(tables.paths);
    await page.getByTestId('cohesion-start').click();
    const row = (name: string, source: string) => page.locator(`[data-testid=index-candidate][data-indicator="${name}"][data-source="${source}"]`);

    // Given two tables that both have "Income", each row names its table and edition...
    await expect(page.locator('[data-testid=index-candidate][data-indicator="Income"]').getByTestId('candidate-source')).toHaveText([WIMD_2025, WIMD_2019]);

    // ...when both are included, WIMD 2025's ranks run "higher = more cohesion" and WIMD 2019's scores the other way.
    for (const source of [WIMD_2025, WIMD_2019]) await row('Income', source).getByTestId('index-include').check();
    await expect(row('Income', WIMD_2025).getByRole('combobox')).toHaveValue('positive');
    await expect(row('Income', WIMD_2019).getByRole('combobox')).toHaveValue('negative');

    // TS004's share born outside the UK is the guide's "% Non UK born": ethnicity, positive, with the later evidence.
    const born = row('Percentage: Born outside the UK', TS004);
    await born.getByTestId('index-include').check();
    await expect(born.getByRole('combobox')).toHaveValue('positive');
    await born.getByTestId('candidate-factor').locator('summary').click();
    await expect(born.getByTestId('candidate-factor')).toContainText('Factor: Ethnicity');
    await expect(born.getByTestId('candidate-factor')).toContainText('The guide’s proxy: “% Non UK born”');
    await expect(born.getByTestId('candidate-factor')).toContainText('Later UK studies');
    await expect(born.getByTestId('candidate-factor')).toContainText('This describes places, not people.');

    // A count the catalogue does not know has no direction: it waits, and the index is built without it.
    const total = row('Total', TS004);
    await expect(total.getByTestId('candidate-no-factor')).toHaveText('Not one of the guide’s proxies: say which way it runs.');
    await total.getByTestId('index-include').check();
    await expect(total.getByRole('combobox')).toHaveValue('');
    await expect(total.getByTestId('direction-unsure')).toHaveText('Not in the index until you say which way it runs.');
    await expect(page.getByTestId('index-waiting')).toHaveText(`Waiting for a direction: Total (${TS004})`);
    await expect(page.getByTestId('index-summary')).toHaveText('218 of 218 areas scored from 3 indicators.');

    // The factors in use are explained where indicators are chosen, with the caveat...
    const notes = page.getByTestId('index-factors');
    await expect(notes.getByTestId('factor-note')).toHaveCount(2);
    await expect(notes.getByTestId('cohesion-caveat')).toHaveText('This describes places, not people.');
    await born.screenshot({ path: 'test-results/cohesion-evidence-row.png' });
    await notes.screenshot({ path: 'test-results/cohesion-evidence-factors.png' });

    // ...and in an area's explanation, where each indicator is named with its table.
    await page.getByTestId('lowest-areas').locator('li button').first().click();
    const explanation = page.getByTestId('score-explanation');
    await expect(explanation).toContainText(`Income (${WIMD_2025})`);
    await expect(explanation.getByTestId('cohesion-caveat')).toHaveText('This describes places, not people.');
    await expect(explanation.getByTestId('factor-note')).toHaveCount(2);
    await expect(explanation.getByTestId('peer-group')).toContainText('Areas with a similar profile (10):');
    await explanation.screenshot({ path: 'test-results/cohesion-evidence-explanation.png' });

    // Choosing the count's direction brings it into the index.
    await total.getByRole('combobox').selectOption('negative');
    await expect(page.getByTestId('index-summary')).toHaveText('218 of 218 areas scored from 4 indicators.');
    await expect(page.getByTestId('index-waiting')).toHaveCount(0);

    // The user keeps that reading as their own proxy, and exports it as a catalogue file.
    await total.getByTestId('remember-proxy').click();
    await expect(total.getByTestId('candidate-own-proxy')).toContainText('Your own proxy: a higher value means less cohesion.');
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('export-proxies').click()]);
    const { readFileSync } = await import('node:fs');
    const exported = JSON.parse(readFileSync((await download.path())!, 'utf8')) as { indicators: { id: string; direction: string; custom: boolean }[] };
    expect(exported.indicators).toEqual([expect.objectContaining({ id: 'custom-total', direction: 'negative', custom: true })]);
  });

  test('an anti-social behaviour rate from a join enters the index beside a WIMD domain, with the population shown and changeable there', async ({ atlas }) => {
    skipWhenMissing(caerphilly.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.chooseFiles([caerphilly.paths[0]]);
    await atlas.chooseFiles([caerphilly.paths[1], caerphilly.paths[2]]);
    await atlas.withDeckFrame(() => atlas.chooseFiles([caerphilly.paths[3]]));
    // The table view of a mapped rate shows the population behind it, as the join and hot spots do.
    await page.getByTestId('join-section').getByTestId('map-rates').click();
    await atlas.settle();
    await page.getByTestId('layer-table-toggle').click();
    await expect(page.getByTestId('layer-table').getByTestId('population-used')).toContainText('Rates per 1,000 use Census 2021 TS001: Usual residents: Residence type: Total; measures: Value');
    await page.getByTestId('layer-table-toggle').click();
    await page.getByTestId('cohesion-start').click();

    // Given the WIMD 2019 income score (a score: higher = more deprived)...
    const income = page.locator('[data-testid=index-candidate][data-indicator="Income_score"]');
    await income.getByTestId('index-include').check();
    await expect(income.getByRole('combobox')).toHaveValue('negative');

    // ...when the anti-social behaviour rate is added, the population behind it is shown right there,
    const sources = page.getByTestId('index-sources');
    await expect(sources.getByTestId('source-kind')).toHaveValue(/\|rate$/);
    await expect(sources.getByTestId('population-used')).toContainText('Rates per 1,000 use Census 2021 TS001: Usual residents: Residence type: Total; measures: Value');
    await sources.getByTestId('source-category').selectOption('Anti-social behaviour');
    await sources.getByTestId('source-add').click();
    const item = sources.getByTestId('source-item');
    await expect(item).toContainText('Anti-social behaviour per 1,000 residents (all dates)');
    // it has no direction until one is chosen, and the index waits for it;
    await expect(item.getByTestId('direction-unsure')).toBeVisible();
    await expect(page.getByTestId('index-summary')).toHaveText('110 of 110 areas scored from 1 indicators.');
    await item.getByRole('combobox').selectOption('negative');
    // then both make the index, and the area explanation names the rate.
    await expect(page.getByTestId('index-summary')).toHaveText('110 of 110 areas scored from 2 indicators.');
    await page.getByTestId('lowest-areas').locator('li button').first().click();
    await expect(page.getByTestId('score-explanation')).toContainText('Anti-social behaviour per 1,000 residents');
    await sources.screenshot({ path: 'test-results/cohesion-evidence-sources.png' });
  });

  test('the example borough\'s index is summarised by area type, from any text column the user picks', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    const summary = page.getByTestId('category-summary');
    await summary.getByTestId('category-column').selectOption('LAD_NAME');
    const rows = summary.locator('tbody tr');
    await expect(rows.locator('th')).toHaveText(['Ashbridge', 'Wellmoor']);
    const scored = (await rows.locator('td:nth-child(2)').allTextContents()).map((text) => Number(text.split(' of ')[1]));
    expect(scored.reduce((a, b) => a + b, 0)).toBe(247);
    await summary.screenshot({ path: 'test-results/cohesion-evidence-by-type.png' });

    // An area's profile weighs the district averages by population (the layer has one); the user can switch it off.
    await page.getByTestId('lowest-areas').locator('li button').first().click();
    const weighted = page.getByTestId('area-profile').getByTestId('profile-weighted');
    await expect(weighted).toBeChecked();
    const averages = () => page.getByTestId('profile-indicators').locator('tbody tr td:nth-child(3)').allTextContents();
    const before = await averages();
    await weighted.uncheck();
    await expect.poll(averages).not.toEqual(before);
  });
});
