/** An axe-core audit of the running app (WCAG 2.2 AA and best practice); serious and critical findings only. */
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from '@playwright/test';

const axePath = createRequire(import.meta.url).resolve('axe-core/axe.min.js');

interface AxeViolation { id: string; impact: string | null; help: string; nodes: { target: string[] }[] }

/** Serious and critical violations on the page as it is now, one line each (empty when there are none). */
export async function audit(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: the app's Content-Security-Policy (script-src 'self') rightly
  // refuses an injected <script>, and the audit must not need that policy loosened.
  if (!(await page.evaluate(() => 'axe' in window))) await page.evaluate(readFileSync(axePath, 'utf8'));
  const violations = await page.evaluate(async () => {
    const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: AxeViolation[] }> } }).axe;
    // The map canvas is a picture of the data, described in words by the legend and the table.
    const result = await axe.run({ exclude: [['.maplibregl-canvas'], ['#deckgl-overlay']] }, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa', 'best-practice'] } });
    return result.violations;
  });
  return (violations as AxeViolation[])
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map((v) => `${v.impact} ${v.id}: ${v.help} — ${v.nodes.slice(0, 5).map((n) => n.target.join(' ')).join(' | ')}`);
}
