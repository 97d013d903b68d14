import { expect, skipWhenMissing, test } from './support/playwright';
import { EXAMPLE_INDICATORS } from './support/example-names';
import { sharedFiles } from './support/shared-data';

const cardiff = sharedFiles(['shp', 'dbf', 'prj', 'cpg', 'shx'].map((ext) => `shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.${ext}`));
const tables = sharedFiles(['indicators/wimd-2025-index-and-domain-ranks-by-small-area.ods', 'indicators/census2021_ts004_country_of_birth_3a_lsoa21.csv']);

test.describe('cohesion and communities', () => {
  test('Cardiff LSOAs with WIMD 2025 and Census TS004: index, community, bivariate map and summary', async ({ atlas }) => {
    skipWhenMissing(cardiff.missing ?? tables.missing);
    await atlas.open();
    await atlas.dropFiles(cardiff.paths);
    await atlas.chooseFiles(tables.paths);
    const cards = atlas.page.getByTestId('table-card');
    await expect(cards).toHaveCount(4); // the example borough's two tables, and these two
    // Both tables match every Cardiff LSOA 2021 code; the example tables match none, and say why.
    await expect(cards.filter({ hasText: 'Welsh Index of Multiple Deprivation 2025' }).getByTestId('table-match')).toContainText('218 of the 218 areas');
    await expect(cards.filter({ hasText: 'Census 2021 TS004' }).getByTestId('table-match')).toContainText('218 of the 218 areas');
    await expect(cards.filter({ hasText: EXAMPLE_INDICATORS }).getByTestId('vintage-note')).toContainText('None of the table');

    // Given an index over three WIMD domain ranks (rank 1 = most deprived, so higher = more cohesive)...
    await atlas.page.getByTestId('cohesion-start').click();
    for (const name of ['Income', 'Employment', 'Education']) {
      const row = atlas.page.locator(`[data-testid=index-candidate][data-indicator="${name}"]`);
      await row.getByTestId('index-include').check();
      await row.getByRole('combobox').selectOption('positive');
    }
    await expect(atlas.page.getByTestId('index-summary')).toHaveText('218 of 218 areas scored from 3 indicators.');
    await expect(atlas.page.getByTestId('lowest-areas').locator('li')).toHaveCount(10);

    // ...when a community is chosen and the bivariate map is on...
    await atlas.page.getByTestId('community-count').selectOption({ label: 'Born outside the UK' });
    await atlas.page.getByTestId('community-total').selectOption({ label: 'Total' });
    // (choosing a community applies it; the Use button is only there to accept the defaults)
    await atlas.page.getByTestId('bivariate-toggle').check();
    await atlas.settle();

    // ...then the square legend accounts for every area and its colours are on the map,
    const cells = atlas.page.getByTestId('bivariate-cell');
    await expect(cells).toHaveCount(9);
    const counts = (await cells.allTextContents()).map(Number);
    expect(counts.reduce((a, b) => a + b, 0)).toBe(218);
    const colors = await cells.evaluateAll((tds) => tds.map((td) => td.getAttribute('data-color') ?? ''));
    const { countColors, blend, hexToRgb } = await import('./support/pixels');
    const { MAP_BACKGROUND } = await import('./support/atlas-driver');
    const pixels = countColors(await atlas.mapScreenshot(), colors.map((c) => blend(hexToRgb(c), MAP_BACKGROUND, 0.8)));
    expect(pixels.filter((n, i) => counts[i] > 0 && n > 30).length).toBe(counts.filter((n) => n > 0).length);

    // and the summary compares each community's share in low-cohesion areas with all residents'.
    const rows = atlas.page.getByTestId('overlap-row');
    await expect(rows.filter({ hasText: 'Born outside the UK' })).toHaveCount(1);
    const row = await rows.filter({ hasText: 'Born outside the UK' }).locator('td').allTextContents();
    expect(row[1]).toMatch(/^\d+(\.\d)?%$/);
    expect(row[2]).toMatch(/^\d+(\.\d)?%$/);
  });

  test('the example borough shows rapid change flags and an area profile without loading anything', async ({ atlas }) => {
    await atlas.open();
    await atlas.page.getByTestId('rapid-change').locator('summary').click();
    await expect(atlas.page.getByTestId('rapid-count')).toContainText(/^\d+ of 247 areas flagged/);
    const flagged = Number(((await atlas.page.getByTestId('rapid-count').textContent()) ?? '').split(' ')[0]);
    expect(flagged).toBeGreaterThan(0);
    await atlas.page.getByTestId('lowest-areas').locator('button').first().click();
    await expect(atlas.page.getByTestId('score-explanation')).toContainText('pulls the score down');
    await expect(atlas.page.getByTestId('area-profile')).toContainText('District average');
  });
});
