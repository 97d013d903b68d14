import { execFile } from 'node:child_process';
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { PNG } from 'pngjs';
import { expect, test } from './support/playwright';

const repoRoot = fileURLToPath(new URL('../..', import.meta.url));
const run = promisify(execFile);

// The analyst's yearly routine: save the workspace once with its saved views, then regenerate every
// figure from the command line through the same export as the dialog, headless.
test('atlas export renders each saved view of a workspace file as an A4 page', async ({ atlas }) => {
  test.setTimeout(600_000);
  const { page } = atlas;
  await atlas.open();
  await page.getByTestId('presentation-panel').locator('summary').click();
  await page.getByTestId('view-name').fill('Deprivation by ward');
  await page.getByTestId('save-view').click();
  await atlas.showExampleLevel('LSOAs');
  await atlas.select('class-count', '7');
  await page.getByTestId('view-name').fill('LSOAs in seven classes');
  await page.getByTestId('save-view').click();
  const [download] = await Promise.all([page.waitForEvent('download'), page.getByTestId('workspace-save').click()]);
  const dir = join(repoRoot, 'test-results', 'cli-export');
  rmSync(dir, { recursive: true, force: true });
  mkdirSync(dir, { recursive: true });
  const workspace = join(dir, 'profile.cohesion-atlas');
  writeFileSync(workspace, readFileSync((await download.path())!));

  const out = join(dir, 'figures');
  const { stdout } = await run('npx', ['tsx', 'src/cli/atlas.ts', 'export', '--workspace', workspace, '--out', out, '--paper', 'a4', '--dpi', '150', '--json'], { cwd: repoRoot, timeout: 540_000 });
  const report = JSON.parse(stdout) as { pages: Array<{ view: string; file: string; title: string; period: string; legend: { title: string; classes: string[] } }>; refused: unknown[] };
  expect(report.refused).toEqual([]);
  // Each page is titled with its own view, and the report says what its legend shows.
  expect(report.pages.map((p) => [p.view, p.title, basename(p.file)])).toEqual([
    ['Deprivation by ward', 'Deprivation by ward', '01-Deprivation-by-ward.png'],
    ['LSOAs in seven classes', 'LSOAs in seven classes', '02-LSOAs-in-seven-classes.png'],
  ]);
  expect(report.pages.map((p) => p.legend.classes.length)).toEqual([5 + 1, 7 + 1]);
  expect(report.pages[1].legend.classes.at(-1)).toBe('No data');
  const files = report.pages.map((p) => p.file);
  const images = files.map((f) => PNG.sync.read(readFileSync(f)));
  for (const image of images) expect([image.width, image.height]).toEqual([1754, 1240]);
  // Two different maps, not one image twice.
  expect(Buffer.compare(images[0].data, images[1].data)).not.toBe(0);
});

test('atlas export says what is wrong with its arguments or the file', async () => {
  await expect(run('npx', ['tsx', 'src/cli/atlas.ts', 'export', '--out', '/tmp/x'], { cwd: repoRoot })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--workspace') });
  await expect(run('npx', ['tsx', 'src/cli/atlas.ts', 'export', '--workspace', 'x.cohesion-atlas', '--out', '/tmp/x', '--dpi', '600'], { cwd: repoRoot })).rejects.toMatchObject({ code: 2, stderr: expect.stringContaining('--dpi must be one of 150, 300') });
  await expect(run('npx', ['tsx', 'src/cli/atlas.ts', 'export', '--workspace', join(repoRoot, 'README.md'), '--out', join(repoRoot, 'test-results', 'cli-bad')], { cwd: repoRoot, timeout: 300_000 })).rejects.toMatchObject({ code: 1, stderr: expect.stringContaining('README.md') });
});
