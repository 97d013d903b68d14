/**
 * Debian's Chromium with SwiftShader WebGL, as the browser tests and `atlas export` start it; never a
 * downloaded browser (../shared/BROWSER-TESTING.md). CHROMIUM_PATH overrides the path.
 */
import type { Page } from 'playwright-core';

export const CHROMIUM_PATH = process.env.CHROMIUM_PATH ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--use-angle=swiftshader',
  '--use-gl=angle',
  '--enable-unsafe-swiftshader',
  '--ignore-gpu-blocklist',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
];

/** Waits until the app's map has drawn what the app now shows: React committed, then MapLibre idle, twice. */
export async function settleMap(page: Page): Promise<void> {
  for (let round = 0; round < 2; round++) {
    await page.evaluate(() => new Promise<void>((done) => requestAnimationFrame(() => requestAnimationFrame(() => done()))));
    await page.evaluate(() => new Promise<void>((done) => {
      const map = window.__atlas?.map;
      if (!map) return done();
      map.once('idle', () => done());
      map.triggerRepaint();
    }));
  }
}
