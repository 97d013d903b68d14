import { expect, test } from './support/playwright';
import { EXAMPLE_LSOAS, EXAMPLE_TENSIONS } from './support/example-names';

test.describe('tension ratings as the guide describes them', () => {
  test('a second agency’s rating of the same day stands beside the first, and the group records its own overall judgement', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await atlas.setLayerVisible(EXAMPLE_LSOAS, false);

    // The level definitions are shown where ratings are read and set.
    await page.getByTestId('tension-definitions').locator('summary').click();
    await expect(page.getByTestId('tension-definitions')).toContainText('Moderate (low): some tension, isolated incidents or rumours. A Community Impact Assessment is needed at this level and above.');
    await expect(page.getByTestId('tension-definitions')).toContainText('Medium: tension evident with some incidents or rumours (the signs of EEP 4); calls for a Community Impact Assessment.');

    // Given the council rates Alder Dale's ethnic communities on the police log's last day.
    await page.getByTestId('rating-entry').locator('summary').click();
    await page.getByTestId('rating-area').fill('Alder Dale');
    await page.getByTestId('rating-community').selectOption('Ethnic');
    await page.getByTestId('rating-date').fill('2023-12-18');
    await page.getByTestId('rating-current').selectOption('4');
    await page.getByTestId('rating-potential').selectOption('3');
    await page.getByTestId('rating-agency').fill('Council');
    await page.getByTestId('rating-save').click();

    // Then both agencies' ratings are shown side by side; the community's row takes the more alarming.
    const rows = page.getByTestId('tension-row');
    await expect(rows.filter({ hasText: 'Ethnic — rated by Council' })).toContainText('4');
    await expect(rows.filter({ hasText: `Ethnic — rated by ${EXAMPLE_TENSIONS}` })).toHaveCount(1);
    await expect(rows.filter({ hasText: /^Ethnic4/ })).toHaveCount(1);

    // When the group records its overall judgement for an area, the most alarming community is only offered.
    await atlas.clickArea('boundaries/example-wards.geojson', 'WARD_CODE', 'X05000001');
    await expect(page.locator('#area-heading')).toHaveText('Alder Dale');
    await expect(page.getByTestId('judgement-form')).toBeVisible();
    await expect(page.getByTestId('tension-not-agreed')).toBeVisible();
    const offered = await page.getByTestId('judgement-potential').inputValue();
    await page.getByTestId('judgement-potential').selectOption('6');
    await page.getByTestId('judgement-agency').fill('Silver group');
    await page.getByTestId('judgement-save').click();
    await expect(page.locator('[data-testid=tension-row][data-kind=agreed] th')).toHaveText('Overall assessment, agreed by Silver group');
    await expect(page.locator('[data-testid=tension-row][data-kind=agreed] td').nth(1)).toHaveText('6');
    await expect(page.locator('[data-testid=tension-row][data-kind=overall] th')).toHaveText('Most alarming community');
    await expect(page.locator('[data-testid=tension-row][data-kind=overall] td').nth(1)).toContainText(offered);
    await expect(page.getByTestId('tension-not-agreed')).toHaveCount(0);
    atlas.assertNoPageErrors();
  });
});
