import { createRequire } from 'node:module';
import { expect, test, type Page } from './support/playwright';

// WCAG 2.2 AA as the target (issue 8): an automated axe-core audit of the running app with the example
// data, its panels open, the per-area table open, and in Welsh. Serious and critical findings fail.
const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

async function audit(page: Page): Promise<string[]> {
  if (!(await page.evaluate(() => 'axe' in window))) await page.addScriptTag({ path: axePath });
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // The map canvas is a picture of the data, described in words by the legend and the table.
    const result = await axe.run({ exclude: [['.maplibregl-canvas'], ['#deckgl-overlay']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
}

async function openEverything(page: Page): Promise<void> {
  await page.evaluate(() => document.querySelectorAll('.sidebar details').forEach((d) => { (d as HTMLDetailsElement).open = true; }));
  await page.getByTestId('layer-table-toggle').click();
  await expect(page.getByTestId('layer-table')).toBeVisible();
  await page.getByTestId('layer-table-grid').locator('tbody th button').first().click();
  await expect(page.getByTestId('area-panel')).toBeVisible();
}

test.describe('accessibility audit', () => {
  test('no serious or critical axe violations on first start', async ({ atlas }) => {
    await atlas.open();
    expect(await audit(atlas.page)).toEqual([]);
  });

  test('no serious or critical axe violations with panels, table and area open', async ({ atlas }) => {
    await atlas.open();
    await openEverything(atlas.page);
    expect(await audit(atlas.page)).toEqual([]);
  });

  test('no serious or critical axe violations in Welsh', async ({ atlas }) => {
    await atlas.open();
    await atlas.page.getByTestId('language').selectOption('cy');
    await openEverything(atlas.page);
    await expect(atlas.page.locator('html')).toHaveAttribute('lang', 'cy');
    expect(await audit(atlas.page)).toEqual([]);
  });

  test('no serious or critical axe violations with the tension map and the bivariate map', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('map-tension').click();
    await expect(page.getByTestId('legend-title')).toContainText('Tension');
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('bivariate-toggle').check();
    await expect(page.getByTestId('bivariate-cell')).toHaveCount(9);
    expect(await audit(page)).toEqual([]);
  });
});

test.describe('accessibility audit of the meeting and sharing screens', () => {
  test('no serious or critical axe violations when presenting, comparing, exporting or sharing', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('present-button').click();
    await expect(page.getByTestId('presentation-bar')).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.getByTestId('presentation-bar')).toHaveCount(0);

    await page.getByTestId('compare-mode').locator('input[value="side-by-side"]').check();
    await expect(page.getByTestId('pane-controls-1')).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('compare-mode').locator('input[value="swipe"]').check();
    await expect(page.getByTestId('swipe-divider')).toBeVisible();
    expect(await audit(page)).toEqual([]);
    await page.getByTestId('compare-mode').locator('input[value="single"]').check();

    await page.getByTestId('export-open').click();
    await expect(page.locator('dialog[open]')).toHaveCount(1);
    expect(await audit(page)).toEqual([]);
    await page.keyboard.press('Escape');
    await expect(page.locator('dialog[open]')).toHaveCount(0);
    await page.getByTestId('share-open').click();
    await expect(page.getByTestId('share-dialog')).toBeVisible();
    expect(await audit(page)).toEqual([]);
  });
});
