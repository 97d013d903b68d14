/**
 * Domain actions on the running app for the end-to-end specs: open it, load or drop files, change the
 * classification, read the legend, the layer list, errors and the map's pixels.
 */
import { readFileSync } from 'node:fs';
import { basename } from 'node:path';
import type { Page } from '@playwright/test';
import type { Feature, FeatureCollection } from 'geojson';
import { blend, countColors, hexToRgb, type Rgb } from './pixels';

export const MAP_BACKGROUND: Rgb = hexToRgb('#eef1f4');

export interface LegendRow {
  color: string;
  label: string;
  count: number;
}

/** Messages the browser prints that are known and harmless (software WebGL, deck.gl heatmap). */
const HARMLESS = [/Binding weightsTexture not set/, /GPU stall due to ReadPixels/, /WebGL.*performance/i];

/** The name of the selector engine below, registered in support/playwright.ts. */
export const SECTION_TESTID_ENGINE = 'atlas-testid';

/**
 * A selector engine for `data-testid` that, finding its elements only inside closed sections of the sidebar,
 * asks the app to open the section holding the first (the app's `revealSection` test hook). Playwright
 * then retries its action or assertion on the now visible panel, so every spec reaches a panel wherever the
 * section rail put it, without naming sections. Runs in the page, so it must be self-contained.
 */
export const revealingTestIdEngine = () => ({
  query(root: Element | Document, id: string): Element | null {
    return this.queryAll(root, id)[0] ?? null;
  },
  queryAll(root: Element | Document, id: string): Element[] {
    const found = Array.from(root.querySelectorAll(`[data-testid="${CSS.escape(id)}"]`));
    const closed = (el: Element) => !!el.closest('[data-section][hidden]');
    const hooks = (window as unknown as { __atlas?: { revealSection?: (el: Element) => void } }).__atlas;
    if (found.length && found.every(closed)) hooks?.revealSection?.(found[0]);
    // A control inside a folded <details> (options, reports) is unfolded too, as a person would.
    if (found.length === 1) {
      const folded = found[0].parentElement?.closest('details:not([open])');
      if (folded) (folded as HTMLDetailsElement).open = true;
    }
    return found;
  },
});

export type SectionId = 'data' | 'map' | 'incidents' | 'cohesion' | 'tension' | 'neighbours' | 'present' | 'workspace';

export class AtlasDriver {
  readonly errors: string[] = [];

  constructor(readonly page: Page) {
    // Specs find panels by test id; this one lookup opens the section a panel lives in before it is used.
    const byTestId = (id: string | RegExp) => (typeof id === 'string' ? page.locator(`${SECTION_TESTID_ENGINE}=${id}`) : original(id));
    const original = page.getByTestId.bind(page);
    page.getByTestId = byTestId;
    // …and so does a CSS lookup of one test id (`[data-testid=layer-row]`, with or without `hasText`).
    const locate = page.locator.bind(page);
    page.locator = (selector, options) => {
      const single = /^\[data-testid=([\w-]+)\]$/.exec(selector);
      return locate(single ? `${SECTION_TESTID_ENGINE}=${single[1]}` : selector, options);
    };
    page.on('pageerror', (e) => this.errors.push(`pageerror: ${e.message}`));
    page.on('console', (m) => {
      if (m.type() === 'error' && !HARMLESS.some((re) => re.test(m.text()))) this.errors.push(`console: ${m.text()}`);
    });
  }

  /**
   * Opens the app and waits until the example borough is drawn (map idle and a deck.gl frame), or, with
   * `empty`, until the empty map is ready and offers the example (after "Start fresh"). On a first start
   * (nothing remembered in this browser) it answers the start question the same way: the example, or with
   * `empty` the empty map (start-choice.spec.ts tests the question itself).
   */
  async open(path = '/', options: { empty?: boolean } = {}): Promise<void> {
    await this.page.goto(path);
    await this.page.waitForFunction((empty) => {
      const choice = document.querySelector(`[data-testid=${empty ? 'start-empty' : 'start-example'}]`);
      if (choice instanceof HTMLButtonElement) choice.click();
      const hooks = window.__atlas;
      if (!hooks?.map || !hooks.events.includes('idle')) return false;
      if (empty) return !!document.querySelector('[data-testid=example-choice]');
      return hooks.deckRenders > 0 && document.querySelectorAll('[data-testid=layer-row]').length > 0;
    }, !!options.empty, { timeout: 150_000, polling: 200 });
    await this.settle();
  }

  /**
   * Waits for the map to finish drawing the current state: first lets React commit and react-map-gl hand
   * the new paint to MapLibre (two animation frames), then waits for MapLibre's next idle.
   */
  async settle(): Promise<void> {
    for (let round = 0; round < 2; round++) {
      await this.page.evaluate(() => new Promise<void>((resolve) => requestAnimationFrame(() => requestAnimationFrame(() => resolve()))));
      await this.page.evaluate(() => new Promise<void>((resolve) => {
        const map = window.__atlas?.map;
        if (!map) return resolve();
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }));
    }
  }

  /** Loads files through the file picker, then waits for loading to finish. */
  async chooseFiles(paths: string[]): Promise<void> {
    await this.page.getByTestId('file-input').setInputFiles(paths);
    await this.waitForLoadToFinish();
  }

  /** Drops files onto the drop zone with a real DataTransfer, then waits for loading to finish. */
  async dropFiles(paths: string[]): Promise<void> {
    const files = paths.map((p) => ({ name: basename(p), base64: readFileSync(p).toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((list) => {
      const transfer = new DataTransfer();
      for (const f of list) {
        const bytes = Uint8Array.from(atob(f.base64), (c) => c.charCodeAt(0));
        transfer.items.add(new File([bytes], f.name));
      }
      return transfer;
    }, files);
    await this.page.getByTestId('drop-zone').dispatchEvent('drop', { dataTransfer });
    await this.waitForLoadToFinish();
  }

  async waitForLoadToFinish(): Promise<void> {
    await this.page.waitForFunction(
      () => !document.querySelector('[data-testid=load-progress], [data-testid=incident-progress], [data-testid=incident-joining]'),
      null,
      { timeout: 120_000 },
    );
    await this.settle();
  }

  /**
   * Runs an action that changes deck.gl layers (heatmap, points, labels) and waits for deck.gl, which
   * draws on its own overlaid canvas with its own loop, to draw a frame after it.
   */
  async withDeckFrame(action: () => Promise<unknown>): Promise<void> {
    const before = await this.page.evaluate(() => window.__atlas?.deckRenders ?? 0);
    await action();
    await this.page.waitForFunction((n) => (window.__atlas?.deckRenders ?? 0) > n, before, { timeout: 60_000 });
    await this.settle();
  }

  /** Opens a section of the sidebar by its tab, as a person would. */
  async openSection(id: SectionId): Promise<void> {
    await this.page.getByTestId(`section-tab-${id}`).click();
    await this.page.getByTestId(`section-${id}`).waitFor({ state: 'visible' });
  }

  /** Shows or hides a boundary layer by its label in the layer list. */
  async setLayerVisible(label: string, visible: boolean): Promise<void> {
    await this.openSection('data');
    const checkbox = this.page.getByRole('checkbox', { name: `Show ${label}` });
    if (visible) await checkbox.check();
    else await checkbox.uncheck();
    await this.settle();
  }

  /** Pixels in the heatmap's cyan-to-magenta ramp (no choropleth palette, background or label passes). */
  async heatPixels(): Promise<number> {
    const { PNG } = await import('pngjs');
    const image = PNG.sync.read(await this.mapScreenshot());
    let heat = 0;
    for (let i = 0; i < image.data.length; i += 4) {
      const [r, g, b] = [image.data[i], image.data[i + 1], image.data[i + 2]];
      if (b >= 180 && (r <= 140 || r - g >= 60)) heat++;
    }
    return heat;
  }

  async legend(): Promise<{ title: string; rows: LegendRow[]; noData: LegendRow }> {
    const legend = this.page.getByTestId('legend');
    const read = async (selector: string) =>
      legend.locator(selector).evaluateAll((items) => items.map((li) => ({
        color: li.getAttribute('data-color') ?? '',
        label: li.querySelector('.legend-label')?.textContent ?? '',
        count: Number((li.querySelector('.legend-count')?.textContent ?? '').replace(/[^\d]/g, '')),
      })));
    const rows = await read('[data-testid=legend-item]');
    const [noData] = await read('[data-testid=legend-nodata]');
    return { title: (await legend.getByTestId('legend-title').textContent()) ?? '', rows, noData };
  }

  /** Switches the example borough between its wards and its LSOAs. */
  async showExampleLevel(level: 'Wards' | 'LSOAs'): Promise<void> {
    await this.page.getByTestId('example-switch').getByRole('radio', { name: level }).check();
    await this.settle();
  }

  async layerLabels(): Promise<string[]> {
    return this.page.getByTestId('layer-label').allTextContents();
  }

  async select(testId: string, value: string): Promise<void> {
    await this.page.getByTestId(testId).selectOption(value);
    await this.settle();
  }

  async errorCodes(): Promise<string[]> {
    return this.page.getByTestId('error-item').evaluateAll((items) => items.map((i) => i.getAttribute('data-code') ?? ''));
  }

  /** Screenshot of the map area (legend and panels hidden) as PNG bytes. */
  async mapScreenshot(): Promise<Buffer> {
    await this.page.addStyleTag({ content: '.legend, .area-panel, .tooltip, .time-slider, .maplibregl-ctrl { visibility: hidden !important; }' });
    const shot = await this.page.locator('.map-area').screenshot();
    await this.page.addStyleTag({ content: '.legend, .area-panel, .tooltip, .time-slider, .maplibregl-ctrl { visibility: visible !important; }' });
    return shot;
  }

  /** Pixels of the map showing each legend class colour (as drawn at the layer's opacity). */
  async pixelsPerLegendClass(opacity = 0.8): Promise<number[]> {
    const { rows } = await this.legend();
    const targets = rows.map((r) => blend(hexToRgb(r.color), MAP_BACKGROUND, opacity));
    return countColors(await this.mapScreenshot(), targets, 3);
  }

  /**
   * Where on the page a person would point to be inside one area of a boundary file: a point on the
   * feature whose `codeField` is `code`, projected with the map as it is now (the layout can move the map).
   */
  async pointInArea(file: string, codeField: string, code: string): Promise<{ x: number; y: number }> {
    const { pointOnFeature } = await import('@turf/turf');
    await this.settle(); // a fit still easing would move the area from under the point
    const collection = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    const feature = collection.features.find((f: Feature) => f.properties?.[codeField] === code);
    if (!feature) throw new Error(`${basename(file)} has no area whose ${codeField} is ${code}`);
    const [lng, lat] = pointOnFeature(feature).geometry.coordinates;
    const point = await this.page.evaluate(([x, y]) => window.__atlas!.map!.project([x, y]), [lng, lat]);
    const box = (await this.page.locator('.maplibregl-canvas').boundingBox())!;
    return { x: box.x + point.x, y: box.y + point.y };
  }

  /** Clicks inside one area (see pointInArea), as a person picks an area on the map. */
  async clickArea(file: string, codeField: string, code: string): Promise<void> {
    const { x, y } = await this.pointInArea(file, codeField, code);
    await this.page.mouse.click(x, y);
  }

  assertNoPageErrors(): void {
    if (this.errors.length) throw new Error(`The page reported errors:\n${this.errors.join('\n')}`);
  }
}
