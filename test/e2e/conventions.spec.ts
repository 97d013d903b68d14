import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { expect, test } from './support/playwright';
import { storedWorkspace } from './support/stored-workspace';

// A lookup in the NSPL layout and a council's log of cases with postcodes and no coordinates.
const folder = mkdtempSync(join(tmpdir(), 'atlas-e2e-postcodes-'));
const lookup = join(folder, 'NSPL_CF.csv');
const log = join(folder, 'asb-cases.csv');
writeFileSync(lookup, 'pcd,pcds,lsoa21,osward,lat,long\r\nCF101AA,CF10 1AA,W01001939,W05000864,51.479000,-3.177000\r\nCF242BB,CF24 2BB,W01001940,W05000865,51.490000,-3.150000\r\n');
writeFileSync(log, 'Case,Opened,Type,Postcode\nA1,03/01/2024,Graffiti,cf10 1aa\nA2,04/01/2024,Leaflets,CF24 2BB\nA3,05/01/2024,Graffiti,NP20 9ZZ\n');

test.describe('round trips with a council\'s own records (issue 19)', () => {
  test('the workspace panel says whether the browser keeps the workspace', async ({ atlas }) => {
    await atlas.open();
    const persistence = atlas.page.getByTestId('storage-persistence');
    await expect(persistence).not.toHaveAttribute('data-state', 'checking');
    expect(['persisted', 'not-persisted', 'unsupported']).toContain(await persistence.getAttribute('data-state'));
    await expect(persistence).toHaveText(/^(Kept|Not marked persistent|This browser cannot)/);
  });

  test('a postcode lookup dropped with a postcode-only log places its cases at the postcode centroids and is kept in the workspace', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    await atlas.dropFiles([log, lookup]);
    await expect(page.getByTestId('postcode-lookup')).toHaveText(/^NSPL_CF: 2 postcodes Remove$/);
    // One plural each way: 2 incidents, 1 row rejected (the postcode not in the lookup).
    await expect(page.getByTestId('incident-summary')).toHaveText('2 of 2 incidents shown · 1 row rejected');
    await expect.poll(async () => (await storedWorkspace(page)).snapshot?.sources.map((source) => (source as { kind: string }).kind), { timeout: 20_000 }).toEqual(['postcodes', 'incidents']);
    await page.getByTestId('postcode-lookup').getByRole('button', { name: 'Remove postcode lookup NSPL_CF' }).click();
    await expect(page.getByTestId('postcode-lookup')).toHaveCount(0);
  });

  test('a view comes back from the address: camera, layers and period in the hash, which follows the map', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open('/#map=13.5/51.6/-3.2');
    await expect.poll(() => page.evaluate(() => {
      const map = window.__atlas!.map!;
      return [map.getZoom().toFixed(2), map.getCenter().lat.toFixed(4), map.getCenter().lng.toFixed(4)];
    })).toEqual(['13.50', '51.6000', '-3.2000']);
    // Zooming is written back, with the layer, the visible layers and the field (no data, only ids and numbers).
    await page.getByRole('button', { name: 'Zoom in' }).click();
    await expect.poll(() => page.evaluate(() => window.location.hash), { timeout: 10_000 }).toMatch(/^#map=14\.5\/51\.6\/-3\.2&layer=[^&]+&show=[^&]+&field=[^&]+(&period=\d+)?$/);
    const hash = await page.evaluate(() => window.location.hash);
    // Opened again from the bookmark in a fresh page load, the same view.
    await page.goto('about:blank');
    await atlas.open(`/${hash}`);
    await expect.poll(() => page.evaluate(() => window.__atlas!.map!.getZoom().toFixed(2))).toBe('14.50');
    await expect.poll(() => page.evaluate(() => window.location.hash)).toBe(hash);
  });

  test('undo and redo classification and layer changes with the keyboard and the buttons', async ({ atlas }) => {
    const page = atlas.page;
    await atlas.open();
    const method = page.getByTestId('method');
    const before = await method.inputValue();
    await expect(page.getByTestId('undo')).toBeDisabled();
    await atlas.select('method', 'equal-interval');
    await expect(page.getByTestId('undo')).toBeEnabled();
    await page.keyboard.press('Control+z');
    await expect(method).toHaveValue(before);
    await page.keyboard.press('Control+Shift+Z');
    await expect(method).toHaveValue('equal-interval');
    await page.getByTestId('undo').click();
    await expect(method).toHaveValue(before);
    await page.getByTestId('redo').click();
    await expect(method).toHaveValue('equal-interval');
  });
});
