import { expect, test, type Page } from './support/playwright';
import { DEPRIVATION, EXAMPLE_LSOAS, EXAMPLE_WARDS } from './support/example-names';
import { exportViews } from './support/export-driver';

// Issue 15: a first start asks whether to explore the example or start empty (remembered); legend titles
// can be written per view and go with the view to the wall and the page; presenting shows a north arrow.

/** Loads the page without answering the start question (the driver's open() answers it). */
async function openUnanswered(page: Page): Promise<void> {
  await page.goto('/');
  await expect(page.getByTestId('start-choice')).toBeVisible({ timeout: 150_000 });
}

test.describe('the first start', () => {
  test('asks first; an empty map chosen from the keyboard is remembered, and the example is one button away', async ({ atlas }) => {
    const { page } = atlas;
    await openUnanswered(page);
    // Focus starts on the first choice; Tab reaches the other; Enter chooses.
    await expect(page.getByTestId('start-example')).toBeFocused();
    await page.keyboard.press('Tab');
    await expect(page.getByTestId('start-empty')).toBeFocused();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('start-choice')).toHaveCount(0);
    await expect(page.getByTestId('example-choice')).toBeVisible();
    expect(await atlas.layerLabels()).toEqual([]);

    // Next time: no question, the empty map again.
    await atlas.open('/', { empty: true });
    await expect(page.getByTestId('start-choice')).toHaveCount(0);
    expect(await atlas.layerLabels()).toEqual([]);
    await page.getByTestId('example-open').click();
    await expect(page.getByTestId('layer-label')).toHaveText([EXAMPLE_WARDS, EXAMPLE_LSOAS], { timeout: 60_000 });
  });

  test('asks first; the example chosen from the keyboard opens named in words, and is remembered', async ({ atlas }) => {
    const { page } = atlas;
    await openUnanswered(page);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('layer-label')).toHaveText([EXAMPLE_WARDS, EXAMPLE_LSOAS], { timeout: 60_000 });
    await expect(page.getByTestId('legend-title')).toHaveText(DEPRIVATION);
    // The example's map is a column with no dates: no period of other data is put over it.
    await expect(page.getByTestId('period-label')).toHaveText('This map is not dated');
    await page.reload();
    await expect(page.getByTestId('layer-label')).toHaveText([EXAMPLE_WARDS, EXAMPLE_LSOAS], { timeout: 150_000 });
    await expect(page.getByTestId('start-choice')).toHaveCount(0);
  });
});

test.describe('legend titles per view', () => {
  test('a title written from the keyboard goes with its saved view to the presentation and the exported page; presenting shows a north arrow and the last view', async ({ atlas }) => {
    test.setTimeout(400_000);
    const { page } = atlas;
    await atlas.open();
    const title = 'Deprivation in Ashbridge (invented score)';
    await page.getByTestId('legend-title-edit').focus();
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('legend-title-input')).toBeFocused();
    await expect(page.getByTestId('legend-title-input')).toHaveValue(DEPRIVATION);
    await page.keyboard.press('ControlOrMeta+A');
    await page.keyboard.type(title);
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('legend-title')).toHaveText(title);
    await expect(page.getByTestId('legend-title-edit')).toBeFocused();
    await page.getByTestId('view-name').fill('Titled');
    await page.getByTestId('save-view').click();

    // Escape leaves a title unchanged; an emptied title goes back to the field's name.
    await page.getByTestId('legend-title-edit').click();
    await page.getByTestId('legend-title-input').fill('Not kept');
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('legend-title')).toHaveText(title);
    await page.getByTestId('legend-title-edit').click();
    await page.getByTestId('legend-title-input').fill('');
    await page.keyboard.press('Enter');
    await expect(page.getByTestId('legend-title')).toHaveText(DEPRIVATION);
    await page.getByTestId('view-name').fill('Plain');
    await page.getByTestId('save-view').click();

    await page.getByTestId('present-button').click();
    await page.keyboard.press('Home');
    await atlas.settle();
    await expect(page.getByTestId('presentation-title')).toHaveText('Titled');
    await expect(page.getByTestId('legend-title')).toHaveText(title);
    await expect(page.getByTestId('north-arrow')).toBeVisible();
    await expect(page.getByTestId('north-arrow')).toHaveAccessibleName('North arrow: north is up');
    await expect(page.getByTestId('presentation-last')).toHaveCount(0);
    await page.keyboard.press('PageDown');
    await atlas.settle();
    await expect(page.getByTestId('legend-title')).toHaveText(DEPRIVATION);
    await expect(page.getByTestId('presentation-last')).toHaveText('Last view');
    await page.screenshot({ path: test.info().outputPath('presenting-last-view.png') });
    await page.keyboard.press('Escape');

    // Each saved view's page carries its own legend title.
    const report = await exportViews(page);
    expect(report.pages.map((p) => [p.view, p.legend.title])).toEqual([['Titled', title], ['Plain', DEPRIVATION]]);
  });
});
