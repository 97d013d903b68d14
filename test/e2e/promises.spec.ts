import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, skipWhenMissing, test, type Page } from './support/playwright';
import { sharedFiles } from './support/shared-data';
import { fillExportDialog, startExport } from './support/export-driver';

// Issue 13, "Small numbers can be recovered": the per-area incident CSV is suppressed by default, with the
// cells that would give a small count back withheld too, and a second export that would subtract from the
// first (a category unticked) withholds more and says why.

const caerphilly = sharedFiles(['boundaries/wales/lsoa11_W06000018_caerphilly.geojson']);
const gwent = sharedFiles(['police/gwent/2022-03-gwent-street.csv', 'police/gwent/2022-04-gwent-street.csv', 'police/gwent/2022-05-gwent-street.csv']);

async function downloadIncidentCsv(page: Page): Promise<string[][]> {
  const download = page.waitForEvent('download');
  await page.getByTestId('export-table').click();
  const text = await readFile((await (await download).path())!, 'utf8');
  return text.slice(1).trim().split('\r\n').map((line) => line.split(','));
}

test.describe('small-number suppression of incident counts', () => {
  test('withholds small counts and their complements by default, and more when a later export would subtract', async ({ atlas }) => {
    skipWhenMissing(caerphilly.missing ?? gwent.missing);
    const { page } = atlas;
    await atlas.open();
    await atlas.chooseFiles(caerphilly.paths);
    await atlas.withDeckFrame(() => atlas.chooseFiles(gwent.paths));
    await expect(page.getByTestId('join-outcome')).toContainText('LSOAs 2011 · Caerphilly');
    await expect(page.getByTestId('export-table-suppress')).toBeChecked();

    const first = await downloadIncidentCsv(page);
    const header = first[0];
    const cells = first.slice(1).flatMap((row) => row.slice(2));
    expect(header.slice(0, 3)).toEqual(['area_code', 'area_name', 'incidents']);
    expect(cells.filter((c) => c === '<5').length).toBeGreaterThan(50);
    expect(cells.filter((c) => c === '[c]').length).toBeGreaterThan(10);
    // No count of 1 to 4 is written as a number.
    expect(cells.filter((c) => /^[1-4]$/.test(c))).toEqual([]);
    await expect(page.getByTestId('export-notice')).toContainText(/cells withheld\. This export is recorded in the workspace/);

    // Given one category unticked, each area's total now differs from the first file's by that category's count.
    await page.locator('[data-testid=category-checkbox][data-category="Bicycle theft"]').uncheck();
    await atlas.settle();
    const second = await downloadIncidentCsv(page);
    expect(second.slice(1).flatMap((row) => row.slice(2)).filter((c) => /^[1-4]$/.test(c))).toEqual([]);
    await expect(page.getByTestId('export-notice')).toContainText(/because an earlier export \(.*-month\.csv\) would give them back by subtraction/);
    // Every area whose total lost 1 to 4 bicycle thefts has its second total withheld.
    const firstTotals = new Map(first.slice(1).map((row) => [row[0], row[2]]));
    for (const row of second.slice(1)) {
      const before = Number(firstTotals.get(row[0]));
      const after = Number(row[2]);
      if (Number.isFinite(before) && Number.isFinite(after)) expect(before - after === 0 || before - after >= 5, row[0]).toBe(true);
    }
    await page.getByTestId('join-section').screenshot({ path: join(test.info().outputDir, 'incident-export-notice.png') });
  });
});

// Issue 13, "Data leaves the machine": the served page restricts what it may load and send, and other
// origins cannot read it.
test.describe('security headers of the served app', () => {
  test('sends a Content-Security-Policy and no referrer, and no CORS header to another origin', async ({ atlas }) => {
    const { page } = atlas;
    const response = await page.request.get('/', { headers: { Origin: 'https://elsewhere.example' } });
    const headers = response.headers();
    expect(headers['content-security-policy']).toContain("connect-src 'self' data: blob: https:");
    expect(headers['content-security-policy']).toContain("script-src 'self'");
    expect(headers['referrer-policy']).toBe('no-referrer');
    expect(headers['access-control-allow-origin']).toBeUndefined();
    const html = await response.text();
    expect(html).toContain('http-equiv="Content-Security-Policy"');
  });

  test('the app runs under the policy: the map draws, a PNG exports, and the page reports no violation', async ({ atlas }) => {
    const { page } = atlas;
    await page.addInitScript(() => {
      (window as unknown as { violations: string[] }).violations = [];
      document.addEventListener('securitypolicyviolation', (e) => (window as unknown as { violations: string[] }).violations.push(`${e.violatedDirective} ${e.blockedURI}`));
    });
    await atlas.open();
    const legend = await atlas.legend();
    expect(legend.rows.length).toBeGreaterThan(2);
    await fillExportDialog(page, { format: 'png', paper: 'screen' });
    const png = await startExport(page);
    expect(png.name).toMatch(/\.png$/);
    expect(await page.evaluate(() => (window as unknown as { violations: string[] }).violations)).toEqual([]);
  });
});

// Issue 13: opening a workspace restored its basemap address without asking (51 tile requests to an outside host).
test.describe('basemap from a workspace', () => {
  test('makes no request to the basemap host until the user consents', async ({ atlas }) => {
    const { page } = atlas;
    const tileRequests: string[] = [];
    const offOrigin: string[] = [];
    const png = Buffer.from('iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAQAAAC1HAwCAAAAC0lEQVR42mNkYAAAAAYAAjCB0C8AAAAASUVORK5CYII=', 'base64');
    await page.route('https://tiles.example.org/**', (route) => route.fulfill({ status: 200, contentType: 'image/png', body: png }));
    page.on('request', (request) => {
      if (request.url().startsWith('https://tiles.example.org/')) tileRequests.push(request.url());
      else if (!/^(http:\/\/127\.0\.0\.1:\d+\/|data:|blob:)/.test(request.url())) offOrigin.push(request.url());
    });
    await atlas.open();
    // Given a workspace saved with an outside basemap the user set…
    // The settings sit in the 'Map and classes' section, folded.
    await page.getByTestId('section-tab-map').click();
    if ((await page.locator('.settings').getAttribute('open')) === null) await page.locator('.settings summary').click();
    await page.getByLabel('Basemap style or raster tile URL (optional)').fill('https://tiles.example.org/{z}/{x}/{y}.png');
    await page.getByRole('button', { name: 'Apply basemap' }).click();
    await expect.poll(() => tileRequests.length, { timeout: 20_000 }).toBeGreaterThan(0);
    const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workspace-save').click()]);
    const file = test.info().outputPath('outside-basemap.cohesion-atlas');
    await download.saveAs(file);
    await page.getByTestId('workspace-start-fresh').click();
    await Promise.all([page.waitForEvent('load'), page.getByTestId('workspace-confirm-fresh').click()]);
    // Start fresh gives an empty map (issue 15).
    await atlas.open('/', { empty: true });

    // …when it is opened, the address is shown and nothing is requested from that host.
    tileRequests.length = 0;
    await page.getByTestId('workspace-file-input').setInputFiles(file);
    await expect(page.getByTestId('workspace-restored')).toContainText(/^Opened the workspace file outside-basemap\.cohesion-atlas/, { timeout: 150_000 });
    await atlas.waitForLoadToFinish();
    await expect(page.getByTestId('basemap-consent')).toContainText('tiles.example.org');
    await page.getByTestId('basemap-consent').screenshot({ path: join(test.info().outputDir, 'basemap-consent.png') });
    await page.waitForTimeout(2000);
    expect(tileRequests).toEqual([]);

    // Then, with consent, the basemap is used.
    await page.getByTestId('basemap-consent-accept').click();
    await expect.poll(() => tileRequests.length, { timeout: 20_000 }).toBeGreaterThan(0);
    await expect(page.getByTestId('basemap-consent')).toHaveCount(0);
    expect(offOrigin).toEqual([]);
  });
});

// Issue 13, "Work is lost": two tabs each autosaved over the other's workspace, and both said "Saved".
test.describe('two tabs', () => {
  test('the second tab opens the workspace read-only and says so; the first tab does not', async ({ atlas }) => {
    const { page } = atlas;
    await atlas.open();
    await expect(page.getByTestId('workspace-read-only')).toHaveCount(0);
    const second = await page.context().newPage();
    await second.goto(page.url());
    await expect(second.getByTestId('workspace-read-only')).toContainText('This tab is read-only: nothing you do here is saved');
    await second.getByTestId('workspace-read-only').screenshot({ path: join(test.info().outputDir, 'read-only-tab.png') });
    await expect(page.getByTestId('workspace-read-only')).toHaveCount(0);
    await second.close();
  });
});

// Issue 13: files loaded in the first seconds after the page opened were never saved and vanished on reload.
test.describe('a file loaded during start-up', () => {
  test('is saved and comes back after a reload', async ({ atlas }) => {
    skipWhenMissing(caerphilly.missing);
    const { page } = atlas;
    await page.goto('/');
    // As soon as the page can take a file, before the example has finished opening.
    await page.getByTestId('file-input').setInputFiles(caerphilly.paths);
    await atlas.waitForLoadToFinish();
    await expect(page.getByTestId('workspace-saved')).toBeVisible({ timeout: 60_000 });
    await page.reload();
    await expect(page.getByTestId('workspace-restored')).toContainText(/^Restored your workspace/, { timeout: 150_000 });
    await atlas.waitForLoadToFinish();
    expect(await atlas.layerLabels()).toContain('LSOAs 2011 · Caerphilly');
  });
});
