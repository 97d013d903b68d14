import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, skipWhenMissing, test } from './support/playwright';
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
    await expect(atlas.page.getByTestId('period-label')).toHaveText(/^All dates \(Jan 2020 – Jun 2020\)$/);

    // Step to the first month with the keyboard-operable controls.
    await atlas.page.getByTestId('time-forward').click();
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
