/// <reference types="vitest/config" />
import { defineConfig, configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';
import type { Plugin } from 'vite';
import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { availableParallelism } from 'node:os';

// One config for the app build and the unit tests (STYLE: vite.config.ts holds the vitest config).
const here = fileURLToPath(new URL('.', import.meta.url));

// Issue 13, "Data leaves the machine": the built page runs only its own scripts and talks only to itself,
// plus an https basemap the user sets (tiles are fetched as images over https); no referrer is ever sent.
// A basemap is fetched over https, or from a tile server on this computer (http on 127.0.0.1 or localhost).
// 'wasm-unsafe-eval' lets the page compile its own WebAssembly (SQLite for GeoPackage, issue 19), nothing else.
const CONTENT_SECURITY_POLICY = [
  "default-src 'self'", "script-src 'self' 'wasm-unsafe-eval'", "style-src 'self' 'unsafe-inline'", "img-src 'self' data: blob: https: http://127.0.0.1:* http://localhost:*",
  "connect-src 'self' data: blob: https: http://127.0.0.1:* http://localhost:*", "worker-src 'self' blob:", "font-src 'self' data:", "object-src 'none'", "base-uri 'none'", "form-action 'none'",
].join('; ');
const SECURITY_HEADERS = { 'Content-Security-Policy': `${CONTENT_SECURITY_POLICY}; frame-ancestors 'none'`, 'Referrer-Policy': 'no-referrer' };

/** Writes the policy into the built page too, so it holds however dist/ is served (not in dev: HMR needs inline code). */
const securityMeta: Plugin = {
  name: 'security-meta',
  apply: 'build',
  transformIndexHtml: () => [
    { tag: 'meta', attrs: { 'http-equiv': 'Content-Security-Policy', content: CONTENT_SECURITY_POLICY }, injectTo: 'head-prepend' },
    { tag: 'meta', attrs: { name: 'referrer', content: 'no-referrer' }, injectTo: 'head-prepend' },
  ],
};

export default defineConfig({
  // index.html lives in src/ so the top level stays as the project layout fixes it.
  root: resolve(here, 'src'),
  publicDir: resolve(here, 'public'),
  envDir: here,
  plugins: [react(), securityMeta],
  // Example boundaries and layer presets live at the top level (boundaries/, layers/); src/state imports
  // them with ?url / as JSON, so they are served by the app itself and nothing is fetched from elsewhere.
  server: { host: '127.0.0.1', port: 5173, cors: false, fs: { allow: [here] } },
  // `npm start` serves the build: no CORS (no other origin may read it) and the security headers.
  preview: { host: '127.0.0.1', port: 4173, cors: false, headers: SECURITY_HEADERS },
  worker: { format: 'es' },
  build: { outDir: resolve(here, 'dist'), emptyOutDir: true, chunkSizeWarningLimit: 4000, sourcemap: false },
  test: {
    root: here,
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    setupFiles: ['test/setup/fast-check-seed.ts'],
    testTimeout: 60_000,
    // Vitest leaves one core free by default, which on a two-core CI machine runs the files one at a
    // time; the longest files spawn the CLI and wait on it, so a worker per core is measurably faster
    // (here 93 s instead of 152 s for the whole unit suite).
    maxWorkers: Math.max(2, availableParallelism()),
  },
});
