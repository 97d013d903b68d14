import { readFile } from 'node:fs/promises';
import { expect, test, type Page } from './support/playwright';

// The per-area table behind the map (issues 6 and 8): what the map shows, in words, and as CSV with
// small-number suppression whose rule the user can read before downloading.

/** Maps an indicator of the example community table on the LSOAs (a count: residents per group). */
async function mapCommunityCount(page: Page, name: string, measure: 'value' | 'diff'): Promise<void> {
  await page.getByTestId('tf-table').selectOption('example-communities-lsoa');
  await page.getByTestId('tf-indicator').selectOption({ label: name });
  await page.getByTestId('tf-measure').selectOption(measure);
  if (await page.getByTestId('tf-apply').isVisible()) await page.getByTestId('tf-apply').click();
  await expect(page.getByTestId('legend-title')).toContainText(name);
}

async function downloadCsv(page: Page): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await page.getByTestId('layer-table-download').click();
  const text = await readFile((await (await download).path())!, 'utf8');
  // A byte-order mark first, so Excel reads the file as UTF-8 (issue 19).
  expect(text.startsWith('\uFEFF')).toBe(true);
  return text.slice(1).split('\r\n').map((line) => line.split(','));
}

test.describe('per-area table', () => {
  test('lists every area with its value and legend class, and selects areas', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    const legend = await atlas.legend();
    await page.getByTestId('layer-table-toggle').click();
    const table = page.getByTestId('layer-table');
    await expect(table.locator('h2')).toHaveText(`Table: ${legend.title}`);
    const total = legend.rows.reduce((s, r) => s + r.count, 0) + legend.noData.count;
    await expect(page.getByTestId('layer-table-range')).toHaveText(`Areas 1–${total} of ${total}`);
    // Each class label in the table is a legend row, and as many areas carry it as the legend counts.
    const classes = await table.locator('tbody tr td:nth-child(4)').allTextContents();
    legend.rows.forEach((row, i) => expect(classes.filter((c) => c === `${i + 1} of ${legend.rows.length}: ${row.label}`).length, row.label).toBe(row.count));
    await table.locator('tbody tr').nth(3).locator('th button').click();
    await expect(page.getByTestId('area-panel').locator('h2')).toHaveText((await table.locator('tbody tr').nth(3).locator('th').textContent())!);
    await expect(table.locator('tbody tr').nth(3)).toHaveAttribute('aria-current', 'true');
  });

  test('downloads counts with 1–4 written as <5 and the rule in the file, and withholds values derived from them', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await atlas.showExampleLevel('LSOAs');
    await mapCommunityCount(page, 'Welsh speakers', 'value');
    await page.getByTestId('layer-table-toggle').click();
    const suppress = page.getByTestId('layer-table-suppress');
    await expect(suppress).toBeChecked();
    await expect(page.getByTestId('layer-table-rule')).toContainText('counts of 1 to 4 are written as "<5"');
    await page.getByTestId('sort-value').click();
    const onScreen = new Map<string, number>();
    const rows = page.getByTestId('layer-table-grid').locator('tbody tr');
    for (const text of await rows.evaluateAll((trs) => trs.map((tr) => [...tr.children].map((c) => c.textContent ?? '')))) {
      if (text[2]) onScreen.set(text[1], Number(text[2].replace(/,/g, '')));
    }
    const small = [...onScreen].filter(([, v]) => v >= 1 && v <= 4);
    expect(small.length).toBeGreaterThan(10);

    const csv = await downloadCsv(page);
    expect(csv[0]).toEqual(['Area', 'Code', expect.stringContaining('Welsh speakers'), 'Class']);
    const body = new Map(csv.slice(1).filter((r) => /^X01\d{6}$/.test(r[1] ?? '')).map((r) => [r[1], r]));
    expect(body.size).toBe(247);
    for (const [code] of small) expect(body.get(code)!.slice(2), code).toEqual(['<5', '[c]']);
    // Complements that would give a small count back by subtraction from the total are withheld as [c] (issue 13).
    for (const [, , value] of body.values()) expect(value === '<5' || value === '[c]' || value === '' || value === '0' || Number(value) >= 5, value).toBe(true);
    expect(csv.map((r) => r.join(',')).some((line) => line.includes('Small-number rule'))).toBe(true);

    // Unticked, the same download carries the real counts and no rule.
    await suppress.uncheck();
    const raw = await downloadCsv(page);
    expect(raw.some((r) => r[2] === '<5')).toBe(false);
    expect(raw.find((r) => r[1] === small[0][0])![2]).toBe(String(small[0][1]));
    expect(raw.map((r) => r.join(',')).some((line) => line.includes('Small-number rule'))).toBe(false);

    // The difference from the average gives a count back, so it is withheld where the count is small.
    await mapCommunityCount(page, 'Welsh speakers', 'diff');
    await suppress.check();
    const diff = new Map((await downloadCsv(page)).map((r) => [r[1], r]));
    for (const [code] of small) expect(diff.get(code)!.slice(2), code).toEqual(['[c]', '[c]']);
  });

  test('says when the mapped value is not a count, and downloads it unsuppressed', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await page.getByTestId('layer-table-toggle').click();
    await expect(page.getByTestId('layer-table-suppress')).toBeDisabled();
    await expect(page.getByTestId('layer-table-rule')).toHaveText('The mapped value is not a count, so nothing needs suppressing.');
    const csv = await downloadCsv(page);
    expect(csv.slice(1).some((r) => r[2] === '<5' || r[2] === '[c]')).toBe(false);
  });

  test('with the 3 × 3 map on, lists share, score and each area’s 3 × 3 class in words, as the legend counts them', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await atlas.showExampleLevel('LSOAs');
    await page.getByTestId('bivariate-toggle').check();
    const cells = page.getByTestId('bivariate-cell');
    await expect(cells).toHaveCount(9);
    const cellCounts = (await cells.allTextContents()).map(Number);
    await page.getByTestId('layer-table-toggle').click();
    const table = page.getByTestId('layer-table');
    await expect(table.locator('h2')).toHaveText('Table: Community share × cohesion (3 × 3 map)');
    await expect(page.getByTestId('layer-table-bivariate')).toContainText('lists both values and each area’s 3 × 3 class');
    const headers = await table.locator('thead th').allTextContents();
    expect(headers.map((h) => h.replace(/[▲▼]/g, '').trim())).toEqual(['Area', 'Code', expect.stringMatching(/ share \(%\)$/), 'Cohesion index score', 'Class']);
    const words = /^share (low|middle|high) third \([^)]+\) · score (low|middle|high) third \([^)]+\)$/;
    const shown = await table.locator('tbody tr td:nth-child(5)').allTextContents();
    expect(shown.filter((c) => words.test(c)).length).toBeGreaterThan(50);

    // The CSV holds every area: grouped by class words, the groups are the legend's nine counts.
    await page.getByTestId('layer-table-suppress').uncheck();
    const rows = (await downloadCsv(page)).slice(1).filter((r) => r.length === 5);
    const groups = new Map<string, number>();
    for (const row of rows) if (words.test(row[4])) groups.set(row[4], (groups.get(row[4]) ?? 0) + 1);
    expect([...groups.values()].sort((a, b) => a - b)).toEqual(cellCounts.filter((n) => n > 0).sort((a, b) => a - b));
    // Grid order: top row (high score) first, left to right (low to high share); the class words say the same.
    const lowShareHighScore = cellCounts[0];
    expect(rows.filter((r) => /^share low third .* score high third/.test(r[4])).length).toBe(lowShareHighScore);
    // The keyboard read-out names the 3 × 3 class too.
    await page.locator('.maplibregl-canvas').focus();
    await page.keyboard.press(']');
    await expect(page.getByTestId('map-readout')).toHaveText(/: share [\d.]+%, score -?[\d.]+; share (low|middle|high) third/);
  });
});
