import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, skipWhenMissing, test } from './support/playwright';
import { EXAMPLE_TENSIONS } from './support/example-names';
import { sharedFiles } from './support/shared-data';

const caerphilly = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson']);
const gwentDir = sharedFiles(['police/gwent']);
const firstSixMonths = gwentDir.missing ? [] : readdirSync(gwentDir.paths[0]).filter((f) => /^2020-0[1-6]-gwent-street\.csv$/.test(f)).sort().map((f) => join(gwentDir.paths[0], f));

test.describe('timeline', () => {
  test('playing Gwent incidents month by month changes the period, the map and the legend counts, with fixed breaks', async ({ atlas }) => {
    skipWhenMissing(caerphilly.missing ?? gwentDir.missing);
    expect(firstSixMonths).toHaveLength(6);
    await atlas.open();
    await atlas.chooseFiles(caerphilly.paths);
    await atlas.withDeckFrame(() => atlas.chooseFiles(firstSixMonths));
    await atlas.page.getByTestId('map-counts').click();
    await atlas.withDeckFrame(() => atlas.page.getByTestId('show-heatmap').uncheck());
    // The timeline spans the data this map draws: the incidents' six months of 2020, not the example's
    // indicator tables (2015–2023) or tension ratings (2023), which are loaded but not drawn.
    await expect(atlas.page.getByTestId('period-label')).toHaveText('All dates (Jan – Jun 2020)');

    // Move to the incidents' first month, then step with the buttons.
    await atlas.page.getByTestId('time-range').fill('0');
    await atlas.page.getByTestId('time-forward').click();
    await atlas.page.getByTestId('time-back').click();
    await atlas.settle();
    await expect(atlas.page.getByTestId('period-label')).toHaveText('Jan 2020');
    const january = await atlas.legend();
    const januaryPixels = await atlas.pixelsPerLegendClass();
    expect(january.rows.reduce((s, r) => s + r.count, 0) + january.noData.count).toBe(110);

    // Play: the label moves on; pause, then compare another month's frame.
    await atlas.page.getByTestId('time-play').click();
    await expect(atlas.page.getByTestId('period-label')).not.toHaveText('Jan 2020', { timeout: 15_000 });
    await atlas.page.getByTestId('time-play').click();
    await atlas.page.getByTestId('time-range').fill('4');
    await atlas.settle();
    await expect(atlas.page.getByTestId('period-label')).toHaveText('May 2020');
    const may = await atlas.legend();
    // Fixed breaks: the class bounds are the same in every frame; the areas in each class are not.
    expect(may.rows.map((r) => r.label)).toEqual(january.rows.map((r) => r.label));
    expect(may.rows.map((r) => r.count)).not.toEqual(january.rows.map((r) => r.count));
    expect(await atlas.pixelsPerLegendClass()).not.toEqual(januaryPixels);
    await expect(atlas.page.getByTestId('trend-marker')).toBeVisible();

    // Space bar plays and pauses from the timeline.
    await atlas.page.getByTestId('time-range').focus();
    await atlas.page.keyboard.press(' ');
    await expect(atlas.page.getByTestId('time-play')).toHaveAttribute('aria-pressed', 'true');
    await atlas.page.keyboard.press(' ');
    await expect(atlas.page.getByTestId('time-play')).toHaveAttribute('aria-pressed', 'false');
  });
});

test.describe('tension ratings', () => {
  test('the example tension assessments: map, trend arrows, CIA marking and the summary form follow the timeline', async ({ atlas }) => {
    await atlas.open();
    await expect(atlas.page.getByTestId('tension-summary-line')).toHaveText(`${EXAMPLE_TENSIONS}: 702 assessments kept, 0 rows rejected`);
    await atlas.withDeckFrame(() => atlas.page.getByTestId('map-tension').click());
    // The tension map's timeline is the assessments' own year, 2023. July: the episode after June's trigger (layers/README.md).
    await expect(atlas.page.getByTestId('period-label')).toHaveText('All dates (2023)');
    await atlas.page.getByTestId('time-range').fill('6');
    await atlas.settle();
    await expect(atlas.page.getByTestId('period-label')).toHaveText('Jul 2023');
    const rows = atlas.page.getByTestId('tension-row');
    await expect(rows.last()).toContainText('Overall assessment');
    await expect(rows.filter({ hasText: 'Faith or religious' })).toContainText(/[1-4][▲▼►]/);
    await expect(atlas.page.getByTestId('cia-list')).toContainText('Ashbridge Central');
    const legend = await atlas.legend();
    expect(legend.title).toBe('Tension rating (1 = most alarming)');
    expect(legend.rows.map((r) => r.label)).toContain('6 Normal');
    expect(legend.rows.some((r) => /^[1-4] /.test(r.label))).toBe(true);
    const pixels = await atlas.pixelsPerLegendClass();
    // The legend lists every level of the scale (so people learn it); each level some ward has shows on the map.
    expect(legend.rows.map((r) => r.label)).toEqual(['1 Imminent', '2 High', '3 Moderate (high)', '4 Moderate (low)', '5 Raised', '6 Normal']);
    legend.rows.forEach((row, i) => { if (row.count > 0) expect(pixels[i], row.label).toBeGreaterThan(30); }); // small central wards: outlines and arrows cover part of them
    expect(pixels.filter((n, i) => legend.rows[i].count === 0 && n > 30)).toEqual([]);
    // December: calm again.
    await atlas.page.getByTestId('time-range').fill('11');
    await atlas.settle();
    await expect(rows.last()).toContainText(/Overall assessment\s*[56]/);
  });
});

test.describe('indicator tables on the timeline', () => {
  test('the slider shows the edition of a yearly table in force at its date', async ({ atlas }) => {
    await atlas.open();
    await atlas.showExampleLevel('LSOAs');
    await atlas.select('tf-table', 'example-indicators-lsoa');
    await atlas.select('tf-indicator', '3'); // Deprivation score
    await expect(atlas.page.getByTestId('legend-title')).toHaveText('Deprivation score (2023)');
    await atlas.page.getByTestId('time-range').fill('60'); // Jan 2020: the 2019 edition is in force
    await atlas.settle();
    await expect(atlas.page.getByTestId('legend-title')).toHaveText('Deprivation score (2019)');
    await atlas.page.getByTestId('time-range').fill('12'); // Jan 2016: the 2015 edition
    await atlas.settle();
    await expect(atlas.page.getByTestId('legend-title')).toHaveText('Deprivation score (2015)');
    // Under the slider, the indicator's trend: district average over the editions, the one in force marked.
    await expect(atlas.page.getByTestId('indicator-trend')).toContainText('2015');
    await expect(atlas.page.getByTestId('indicator-trend-marker')).toBeVisible();
  });
});
