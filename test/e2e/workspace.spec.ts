import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { expect, skipWhenMissing, test } from './support/playwright';
import { EXAMPLE_LSOAS, EXAMPLE_WARDS } from './support/example-names';
import { sharedFiles } from './support/shared-data';
import type { AtlasDriver } from './support/atlas-driver';
import { storedWorkspace } from './support/stored-workspace';

const wards = sharedFiles(['boundaries/wales/wards_wd13_W06000018_caerphilly.geojson']);
const gwent = sharedFiles(['police/gwent']);
const months = gwent.missing ? [] : readdirSync(gwent.paths[0]).filter((f) => /^2020-0[1-3]-gwent-street\.csv$/.test(f)).sort().map((f) => join(gwent.paths[0], f));

/** What the user sees of the workspace: layers, legend, period, opacity, map position. */
async function view(atlas: AtlasDriver) {
  const page = atlas.page;
  const legend = await atlas.legend();
  return {
    layers: await atlas.layerLabels(),
    legendTitle: legend.title,
    legendRows: legend.rows.map((r) => `${r.label} (${r.count})`),
    period: await page.getByTestId('period-label').textContent(),
    method: await page.getByTestId('method').inputValue(),
    opacity: await page.getByTestId('style-panel').locator('input[type=range]').inputValue(),
    camera: await page.evaluate(() => {
      const map = window.__atlas!.map!;
      return { lng: map.getCenter().lng.toFixed(5), lat: map.getCenter().lat.toFixed(5), zoom: map.getZoom().toFixed(3) };
    }),
  };
}

async function waitForRestore(atlas: AtlasDriver, notice: RegExp): Promise<void> {
  await expect(atlas.page.getByTestId('workspace-restored')).toContainText(notice, { timeout: 150_000 });
  await atlas.waitForLoadToFinish();
}

test.describe('workspace', () => {
  test('survives a reload, goes into a workspace file, is deleted by Start fresh and comes back from the file', async ({ atlas }) => {
    skipWhenMissing(wards.missing ?? gwent.missing);
    expect(months).toHaveLength(3);
    const page = atlas.page;
    await atlas.open();
    // The untouched example is not saved: only the user's own work is.
    expect((await storedWorkspace(page)).snapshot).toBeNull();

    await atlas.chooseFiles(wards.paths);
    await atlas.withDeckFrame(() => atlas.chooseFiles(months));
    await page.getByTestId('map-counts').click();
    await atlas.select('method', 'equal-interval');
    await page.getByTestId('style-panel').locator('input[type=range]').fill('0.5');
    await page.getByTestId('time-range').fill('1');
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await atlas.settle();
    await expect(page.getByTestId('period-label')).toHaveText('Feb 2020');
    const before = await view(atlas);
    expect(before.legendTitle).toMatch(/^Police recorded crime · Gwent · Jan – Mar 2020/);

    // Saved as the user works: the four original files once each, and the settings.
    await expect.poll(async () => {
      const stored = await storedWorkspace(page);
      return [stored.files.length, stored.snapshot?.parts.timeline.step, (stored.snapshot?.parts.camera as { zoom?: number } | null)?.zoom?.toFixed(3)];
    }, { timeout: 20_000 }).toEqual([4, 1, before.camera.zoom]);
    await expect(page.getByTestId('workspace-saved')).toBeVisible();

    await page.reload();
    await waitForRestore(atlas, /^Restored your workspace from .*20\d\d/);
    expect(await view(atlas)).toEqual(before);
    expect(await atlas.errorCodes()).toEqual([]);

    // Save a workspace file (keyboard: Enter on the focused button).
    await page.getByTestId('workspace-save').focus();
    const [download] = await Promise.all([page.waitForEvent('download'), page.keyboard.press('Enter')]);
    expect(download.suggestedFilename()).toMatch(/^workspace-.*\.cohesion-atlas$/);
    const file = test.info().outputPath('mine.cohesion-atlas');
    await download.saveAs(file);

    // Start fresh: asks first, deletes the stored workspace, and opens an empty map (the example one button away).
    await page.getByTestId('workspace-start-fresh').click();
    await expect(page.getByRole('alertdialog')).toContainText('Delete the workspace saved in this browser');
    await page.keyboard.press('Escape');
    await expect(page.getByRole('alertdialog')).toHaveCount(0);
    await expect(page.getByTestId('workspace-start-fresh')).toBeFocused();
    await page.keyboard.press('Enter');
    await Promise.all([page.waitForEvent('load'), page.getByTestId('workspace-confirm-fresh').click()]);
    await atlas.open('/', { empty: true });
    expect(await atlas.layerLabels()).toEqual([]);
    await expect(page.getByTestId('example-open')).toBeVisible();
    await expect(page.getByTestId('workspace-restored')).toHaveCount(0);
    expect(await storedWorkspace(page)).toEqual({ files: [], snapshot: null });

    // Open the file again: everything as it was.
    await page.getByTestId('workspace-file-input').setInputFiles(file);
    await waitForRestore(atlas, /^Opened the workspace file mine\.cohesion-atlas, saved /);
    expect(await view(atlas)).toEqual(before);
    await expect.poll(async () => (await storedWorkspace(page)).files.length, { timeout: 20_000 }).toBe(4);
  });

  test('a file that is not a workspace is refused with a message naming it', async ({ atlas }) => {
    skipWhenMissing(wards.missing);
    await atlas.open();
    await atlas.page.getByTestId('workspace-file-input').setInputFiles(wards.paths);
    await expect(atlas.page.getByTestId('workspace-file-problem')).toHaveText(/wards_wd13_W06000018_caerphilly\.geojson cannot be opened: it is not a workspace file \(not a zip archive\)\./);
    expect(await atlas.layerLabels()).toEqual([EXAMPLE_WARDS, EXAMPLE_LSOAS]);
  });

  test('when the browser refuses to store more, the user is told which files were not saved', async ({ atlas }) => {
    skipWhenMissing(wards.missing ?? gwent.missing);
    const page = atlas.page;
    await atlas.open();
    // Chromium's own quota for this origin, made small: the ward boundaries (110 kB, 36 kB stored
    // deflated) fit, a month of Gwent crime (940 kB, 225 kB deflated) does not.
    const cdp = await page.context().newCDPSession(page);
    await cdp.send('Storage.overrideQuotaForOrigin', { origin: new URL(page.url()).origin, quotaSize: 150_000 });
    await atlas.chooseFiles(wards.paths);
    await expect.poll(async () => (await storedWorkspace(page)).files.length, { timeout: 20_000 }).toBe(1);
    await atlas.chooseFiles([months[0]]);
    const notice = page.getByTestId('workspace-not-saved');
    await expect(notice).toContainText('The browser refused to store more: its storage for this site is full.', { timeout: 20_000 });
    await expect(page.getByTestId('workspace-files-not-saved')).toHaveText('Not saved in this browser: 2020-01-gwent-street.csv. They will be missing after a reload. Save a workspace file to keep them.');
    expect((await storedWorkspace(page)).files).toHaveLength(1);

    // After a reload the boundaries come back, and the notice says which file did not.
    await page.reload();
    await waitForRestore(atlas, /^Restored your workspace from /);
    await expect(page.getByTestId('workspace-restore-problem')).toHaveText('Not restored: 2020-01-gwent-street.csv (the browser had not stored it).');
    expect(await atlas.layerLabels()).toContain('Wards 2013 · Caerphilly');
  });
});
