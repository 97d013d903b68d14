/**
 * The browser cases of `npm run bench` (issue 20): the built app in Debian's headless Chromium with
 * software WebGL, timed as a person waits for it. Each case prints one JSON line
 * `{"case","ms","longestTaskMs","heapMb","baselineMs"}`: the time, the longest main-thread task seen
 * meanwhile (PerformanceObserver 'longtask'), the page's JS heap afterwards, and for `national-load` the
 * same file drawn by a plain MapLibre page (test/bench/plain-maplibre) in the same run — the ratio is the
 * figure, since absolute times on a shared machine vary. Generated inputs are deterministic and never kept.
 */
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Server } from 'node:http';
import { chromium, type Browser, type Page } from 'playwright-core';
import { CHROMIUM_ARGS, CHROMIUM_PATH, settleMap } from '../chromium';
import { serveDirectory } from '../static-server';
import { writePoliceCsv } from './police-csv';

const repoRoot = resolve(fileURLToPath(new URL('../../..', import.meta.url)));

/** One measured browser case, as printed. */
export interface BrowserCaseResult {
  case: string;
  ms: number;
  longestTaskMs: number;
  heapMb: number;
  baselineMs: number | null;
  [detail: string]: unknown;
}

/** The names `npm run bench` accepts for the browser cases, in the order they run (each builds on the last). */
export const BROWSER_CASES = ['national-load', 'incidents-1m', 'reload-restore'] as const;

/** Records every long task from the first script on, so a measurement can take the longest in its window. */
const LONG_TASK_RECORDER = `
  window.__longTasks = [];
  try {
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries()) window.__longTasks.push([entry.startTime, entry.duration]);
    }).observe({ type: 'longtask', buffered: true });
  } catch (error) { window.__longTasks = null; }
`;

interface Measured {
  ms: number;
  longestTaskMs: number;
  heapMb: number;
}

/**
 * Times `action` up to `done`, with the longest task that overlapped it. The time is the runner's clock;
 * the long tasks are the page's, from `startMs` in page time (0 when the action loads a new page).
 */
async function measure(page: Page, action: () => Promise<unknown>, done: () => Promise<unknown>, options: { navigates?: boolean } = {}): Promise<Measured> {
  const startMs = options.navigates ? 0 : await page.evaluate(() => performance.now());
  const started = performance.now();
  await action();
  await done();
  const elapsedMs = performance.now() - started;
  const endMs = await page.evaluate(() => performance.now());
  const longestTaskMs = await page.evaluate(([from, to]) => {
    const tasks = (window as unknown as { __longTasks: [number, number][] | null }).__longTasks;
    if (!tasks) return -1;
    return tasks.filter(([start, duration]) => start + duration >= from && start <= to).reduce((longest, [, duration]) => Math.max(longest, duration), 0);
  }, [startMs, endMs]);
  const heapMb = await page.evaluate(() => ((performance as unknown as { memory?: { usedJSHeapSize: number } }).memory?.usedJSHeapSize ?? 0) / 2 ** 20);
  return { ms: Math.round(elapsedMs), longestTaskMs: Math.round(longestTaskMs), heapMb: Math.round(heapMb) };
}

const NO_PROGRESS = '[data-testid=load-progress], [data-testid=incident-progress], [data-testid=incident-joining]';

async function waitForLayerRows(page: Page, atLeast: number, timeoutMs: number): Promise<void> {
  await page.waitForFunction(([count, busy]) => document.querySelectorAll('[data-testid=layer-row]').length >= count && !document.querySelector(busy), [atLeast, NO_PROGRESS] as const, { timeout: timeoutMs, polling: 'raf' });
}

async function openApp(page: Page, url: string): Promise<number> {
  await page.goto(url);
  await page.waitForFunction(() => !!window.__atlas?.map && window.__atlas.events.includes('idle') && window.__atlas.deckRenders > 0, null, { timeout: 150_000 });
  await settleMap(page);
  return page.locator('[data-testid=layer-row]').count();
}

/** Builds the plain MapLibre page with Vite into a temporary folder. */
async function buildBaselinePage(outDir: string): Promise<void> {
  const { build } = await import('vite');
  await build({ root: join(repoRoot, 'test', 'bench', 'plain-maplibre'), configFile: false, logLevel: 'silent', base: './', build: { outDir, emptyOutDir: true } });
}

async function baselineNationalLoad(browser: Browser, url: string, file: string): Promise<Measured> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 800 } });
  const page = await context.newPage();
  await page.addInitScript(LONG_TASK_RECORDER);
  await page.goto(url);
  await page.waitForFunction(() => window.__baseline?.ready === true, null, { timeout: 60_000 });
  const result = await measure(
    page,
    () => page.locator('#file').setInputFiles(file),
    () => page.waitForFunction(() => (window.__baseline?.drawnFeatures ?? 0) > 0 || !!window.__baseline?.error, null, { timeout: 300_000, polling: 'raf' }),
  );
  const error = await page.evaluate(() => window.__baseline?.error);
  await context.close();
  if (error) throw new Error(`the baseline page could not draw ${file}: ${error}`);
  return result;
}

/** Runs the named browser cases against the built app (`dist/`), printing one JSON line each through `print`. */
export async function runBrowserCases(names: readonly string[], sharedData: string, print: (result: BrowserCaseResult) => void, log: (message: string) => void): Promise<void> {
  const dist = join(repoRoot, 'dist');
  if (!existsSync(join(dist, 'index.html'))) throw new Error('the built app is missing (dist/index.html): run "npm run build" first');
  const national = join(sharedData, 'national', 'lsoa11_england_wales.topojson');
  if (!existsSync(national)) throw new Error(`the browser cases need ${national} (see ../shared/data/SOURCES.md)`);
  const work = mkdtempSync(join(tmpdir(), 'atlas-bench-'));
  const servers: Server[] = [];
  const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: [...CHROMIUM_ARGS, '--enable-precise-memory-info'] });
  try {
    const app = await serveDirectory(dist);
    servers.push(app.server);
    const context = await browser.newContext({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    const page = await context.newPage();
    await page.addInitScript(LONG_TASK_RECORDER);
    const rowsBefore = await openApp(page, app.url);

    // national-load: the national LSOA TopoJSON chosen through the file input, until drawn and idle.
    log('national-load: building the plain MapLibre baseline page');
    await buildBaselinePage(join(work, 'baseline'));
    const baselineServer = await serveDirectory(join(work, 'baseline'));
    servers.push(baselineServer.server);
    log('national-load: the app');
    const load = await measure(page, () => page.getByTestId('file-input').setInputFiles(national), async () => {
      await waitForLayerRows(page, rowsBefore + 1, 300_000);
      await settleMap(page);
    });
    log('national-load: the baseline page');
    const baseline = await baselineNationalLoad(browser, baselineServer.url, national);
    if (names.includes('national-load')) {
      print({ case: 'national-load', ...load, baselineMs: baseline.ms, baselineLongestTaskMs: baseline.longestTaskMs, baselineHeapMb: baseline.heapMb, ratio: Number((load.ms / baseline.ms).toFixed(2)), goalMs: 3000, meetsGoal: load.ms < 3000 && load.longestTaskMs <= 100 });
    }
    if (!names.includes('incidents-1m') && !names.includes('reload-restore')) return;

    // incidents-1m: a generated police.uk CSV of a million rows over the same areas, until joined and idle.
    log('incidents-1m: writing 1,000,000 generated rows');
    const csv = join(work, 'bench-1m-street.csv');
    writePoliceCsv(csv, { rows: 1_000_000, seed: 20, bbox: [-5.7, 50.0, 1.7, 55.8], months: 24, firstYear: 2022 });
    log('incidents-1m: the app');
    const cardsBefore = await page.locator('[data-testid=incident-card]').count();
    const incidents = await measure(page, () => page.getByTestId('file-input').setInputFiles(csv), async () => {
      await page.waitForFunction(([count, busy]) => document.querySelectorAll('[data-testid=incident-card]').length > count && !document.querySelector(busy), [cardsBefore, NO_PROGRESS] as const, { timeout: 600_000, polling: 'raf' });
      await settleMap(page);
    });
    if (names.includes('incidents-1m')) print({ case: 'incidents-1m', ...incidents, baselineMs: null, goalMs: 5000, meetsGoal: incidents.ms < 5000 && incidents.longestTaskMs <= 100 });

    // reload-restore: the same workspace after a reload, until both datasets are back and drawn.
    if (names.includes('reload-restore')) {
      log('reload-restore: reloading');
      const rowsNow = await page.locator('[data-testid=layer-row]').count();
      const cardsNow = await page.locator('[data-testid=incident-card]').count();
      const restore = await measure(page, () => page.reload(), async () => {
        await page.waitForFunction(() => !!window.__atlas?.map && window.__atlas.events.includes('idle'), null, { timeout: 600_000 });
        await waitForLayerRows(page, rowsNow, 600_000);
        await page.waitForFunction((count) => document.querySelectorAll('[data-testid=incident-card]').length >= count, cardsNow, { timeout: 600_000, polling: 'raf' });
        await settleMap(page);
      }, { navigates: true });
      print({ case: 'reload-restore', ...restore, baselineMs: null, goalMs: 5000, meetsGoal: restore.ms < 5000 });
    }
  } finally {
    await browser.close();
    for (const server of servers) server.close();
    rmSync(work, { recursive: true, force: true });
  }
}
