/** Export actions for the specs: open the export dialog, fill it in, and read the downloaded file. */
import { readFileSync, writeFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { PNG } from 'pngjs';
import { expect, type Page } from './playwright';
import type { Rgb } from './pixels';

export interface ExportChoices {
  title?: string;
  marking?: string;
  paper?: 'screen' | 'a4' | 'a3';
  orientation?: 'portrait' | 'landscape';
  dpi?: '150' | '300';
  format?: 'png' | 'pdf';
}

/** Opens the dialog and fills in the choices given. */
export async function fillExportDialog(page: Page, choices: ExportChoices): Promise<void> {
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  if (choices.title !== undefined) await dialog.getByTestId('export-title').fill(choices.title);
  if (choices.marking !== undefined) await dialog.getByTestId('export-marking').selectOption(choices.marking);
  if (choices.paper) await dialog.getByTestId('export-paper').selectOption(choices.paper);
  if (choices.orientation) await dialog.getByTestId('export-orientation').selectOption(choices.orientation);
  if (choices.dpi) await dialog.getByTestId('export-dpi').selectOption(choices.dpi);
  if (choices.format) await dialog.getByTestId('export-format').selectOption(choices.format);
}

/**
 * Starts the export and returns the downloaded file's name and bytes (also kept under test-results/exports
 * so a person can look at them).
 */
export async function startExport(page: Page): Promise<{ name: string; bytes: Buffer }> {
  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: 170_000 }),
    page.getByTestId('export-start').click(),
  ]);
  const bytes = readFileSync(await download.path());
  const name = download.suggestedFilename();
  const dir = join(process.cwd(), 'test-results', 'exports');
  mkdirSync(dir, { recursive: true });
  writeFileSync(join(dir, name), bytes);
  return { name, bytes };
}

/** Pixels of each target colour (±tolerance) inside a rectangle of a decoded PNG. */
export function countColorsIn(image: PNG, targets: Rgb[], box: { x: number; y: number; width: number; height: number }, tolerance = 3): number[] {
  const counts = targets.map(() => 0);
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * image.width + x) * 4;
      const t = targets.findIndex(([r, g, b]) => Math.abs(image.data[i] - r) <= tolerance && Math.abs(image.data[i + 1] - g) <= tolerance && Math.abs(image.data[i + 2] - b) <= tolerance);
      if (t >= 0) counts[t]++;
    }
  }
  return counts;
}

/** Dark (text-coloured) pixels inside a rectangle. */
export function darkPixelsIn(image: PNG, box: { x: number; y: number; width: number; height: number }): number {
  let dark = 0;
  for (let y = box.y; y < box.y + box.height; y++) {
    for (let x = box.x; x < box.x + box.width; x++) {
      const i = (y * image.width + x) * 4;
      if (image.data[i] < 90 && image.data[i + 1] < 90 && image.data[i + 2] < 90) dark++;
    }
  }
  return dark;
}

/** What the app says an export drew (the `atlas export --json` report): each page, and each view refused. */
export interface ExportReport {
  pages: Array<{ view: string | null; file: string; title: string; period: string; legend: { title: string; classes: string[] } }>;
  refused: Array<{ view: string; reason: string }>;
}

/** Exports one screen-sized page per saved view and returns what the app says it drew. */
export async function exportViews(page: Page): Promise<ExportReport> {
  await page.getByTestId('export-open').click();
  const dialog = page.getByTestId('export-dialog');
  await dialog.getByTestId('export-paper').selectOption('screen');
  await dialog.getByTestId('export-mode-views').check();
  await page.evaluate(() => { window.__atlas!.exportReport = null; });
  await dialog.getByTestId('export-start').click();
  await page.waitForFunction(() => !!window.__atlas?.exportReport, null, { timeout: 300_000 });
  const report = await page.evaluate(() => window.__atlas!.exportReport) as ExportReport;
  // A refused view is named in the dialog too, not only in the report.
  if (report.refused.length) await expect(dialog.getByTestId('export-refused')).toContainText(`“${report.refused[0].view}” cannot be shown`);
  await dialog.getByTestId('export-close').click();
  return report;
}

