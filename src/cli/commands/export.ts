/**
 * `atlas export --workspace FILE --out DIR`: renders a workspace's map figures headless, through the same
 * export as the app's "Export map…" dialog (the built app in Debian's Chromium), for analysts who
 * regenerate their profile figures every year. One image per saved view, or the current map when the
 * workspace has none.
 */
import { existsSync, mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { unzipSync } from 'fflate';
import { CHROMIUM_ARGS, CHROMIUM_PATH, settleMap } from '../chromium';
import { packageRoot } from '../package-root';
import { serveDirectory } from '../static-server';
import { missingOption, parseCommandLine } from '../arguments';
import type { CommandOutput } from '../command-output';
import { EXPORT_USAGE } from '../command-usage';
import { EXIT } from '../exit-codes';

/** What the app reports of its last export (the app's `ExportReport`, read from the page). */
interface ExportReport {
  pages: Array<{ view: string | null; file: string; title: string; period: string; legend: { title: string; classes: string[] } }>;
  refused: Array<{ view: string; reason: string }>;
}

interface ExportOptions {
  workspace: string;
  out: string;
  paper: string;
  orientation: string;
  dpi: string;
  format: string;
  json: boolean;
}

const OPTIONS = {
  workspace: { type: 'string' },
  view: { type: 'string' },
  out: { type: 'string' },
  paper: { type: 'string', choices: ['screen', 'a4', 'a3'] },
  orientation: { type: 'string', choices: ['portrait', 'landscape'] },
  dpi: { type: 'string', choices: ['150', '300'] },
  format: { type: 'string', choices: ['png', 'pdf'] },
  json: { type: 'boolean' },
} as const;

/** The options, or a message saying what is wrong with them. */
export function parseExportArgs(args: string[]): ExportOptions | string {
  const parsed = parseCommandLine(args, OPTIONS);
  if (!parsed.ok) return parsed.problem;
  const { values } = parsed;
  const workspace = values.workspace ?? values.view;
  if (!workspace) return missingOption('--workspace FILE.cohesion-atlas');
  if (!values.out) return missingOption('--out DIR');
  return { workspace, out: values.out, paper: values.paper ?? 'a4', orientation: values.orientation ?? 'landscape', dpi: values.dpi ?? '300', format: values.format ?? 'png', json: values.json };
}

async function runExport(options: ExportOptions, output: CommandOutput): Promise<number> {
  // playwright-core drives Chromium; it is a development dependency, so an install without them
  // (npm install --omit=dev) has every other command but not this one, and says so.
  const playwright = await import('playwright-core').catch(() => null);
  if (!playwright) {
    output.stderr('atlas export: needs playwright-core to drive Chromium, which an install without development dependencies leaves out: run "npm install playwright-core".\n');
    return EXIT.dataProblem;
  }
  const dist = join(packageRoot(), 'dist');
  if (!existsSync(join(dist, 'index.html'))) {
    output.stderr('atlas export: the built app is missing (dist/index.html): run "npm run build" first.\n');
    return EXIT.dataProblem;
  }
  let bytes: Buffer;
  try {
    bytes = readFileSync(options.workspace);
  } catch {
    output.stderr(`atlas export: cannot read ${options.workspace}\n`);
    return EXIT.dataProblem;
  }
  const { server, url } = await serveDirectory(dist);
  const browser = await playwright.chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
  try {
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 }, acceptDownloads: true });
    // A fresh browser profile would ask whether to open the example (issue 15): start on the empty map the
    // workspace is opened into, as a person who chose "Start with an empty map" would.
    await page.addInitScript(() => localStorage.setItem('cohesion-atlas.start', 'empty'));
    await page.goto(url);
    await page.waitForFunction(() => !!window.__atlas?.map && window.__atlas.events.includes('idle'), null, { timeout: 180_000 });
    // The app's panels sit in sections, one open at a time: open the one that holds each control first.
    await page.getByTestId('section-tab-workspace').click({ timeout: 180_000 });
    await page.locator('[data-testid=workspace-open]:enabled').waitFor({ timeout: 180_000 });
    await page.getByTestId('workspace-file-input').setInputFiles({ name: basename(options.workspace), mimeType: 'application/zip', buffer: bytes });
    const outcome = await Promise.race([
      page.getByTestId('workspace-restored').waitFor({ timeout: 300_000 }).then(() => 'ok' as const),
      page.getByTestId('workspace-file-problem').waitFor({ timeout: 300_000 }).then(() => 'problem' as const),
    ]);
    if (outcome === 'problem') {
      output.stderr(`atlas export: ${await page.getByTestId('workspace-file-problem').innerText()}\n`);
      return EXIT.dataProblem;
    }
    await settleMap(page);
    const views = await page.evaluate(() => document.querySelectorAll('[data-testid=saved-views] li').length);
    await page.getByTestId('section-tab-present').click();
    await page.getByTestId('export-open').click();
    const dialog = page.getByTestId('export-dialog');
    await dialog.getByTestId('export-paper').selectOption(options.paper);
    if (options.paper !== 'screen') {
      await dialog.getByTestId('export-orientation').selectOption(options.orientation);
      await dialog.getByTestId('export-dpi').selectOption(options.dpi);
    }
    await dialog.getByTestId('export-format').selectOption(options.format);
    if (views > 0) await dialog.getByTestId('export-mode-views').check();
    const downloaded = page.waitForEvent('download', { timeout: 1_800_000 }).catch(() => null);
    // Every view refused (or the export failed): the dialog says so and nothing is downloaded.
    const failed = dialog.getByTestId('export-failed').waitFor({ timeout: 1_800_000 }).catch(() => undefined);
    await dialog.getByTestId('export-start').click();
    const download = await Promise.race([downloaded, failed.then(() => null)]);
    const report = await page.evaluate(() => window.__atlas?.exportReport) as ExportReport | null | undefined;
    mkdirSync(options.out, { recursive: true });
    const written: string[] = [];
    if (download) {
      const file = readFileSync((await download.path())!);
      const entries: Record<string, Uint8Array> = download.suggestedFilename().endsWith('.zip') ? unzipSync(new Uint8Array(file)) : { [download.suggestedFilename()]: new Uint8Array(file) };
      for (const [name, content] of Object.entries(entries)) {
        const path = join(options.out, basename(name));
        writeFileSync(path, content);
        written.push(path);
      }
    }
    const pages = (report?.pages ?? []).map((p) => ({ ...p, file: join(options.out, basename(p.file)) }));
    const refused = report?.refused ?? [];
    if (options.json) output.stdout(`${JSON.stringify({ pages, refused })}\n`);
    else {
      output.stdout(`Wrote ${written.length} ${written.length === 1 ? 'file' : 'files'}:\n${pages.map((p) => `  ${p.file}: ${p.title}${p.period ? ` (${p.period})` : ''}\n`).join('')}`);
      for (const r of refused) output.stderr(`atlas export: refused "${r.view}": ${r.reason}\n`);
    }
    return refused.length > 0 ? EXIT.dataProblem : EXIT.ok;
  } finally {
    await browser.close();
    server.close();
  }
}

/** Runs `export` with its arguments (after the command name); returns the process exit code. */
export async function runExportCommand(args: string[], output: CommandOutput): Promise<number> {
  const options = parseExportArgs(args);
  if (typeof options === 'string') {
    output.stderr(`atlas export: ${options}\n\n${EXPORT_USAGE}`);
    return EXIT.usage;
  }
  return runExport(options, output);
}
