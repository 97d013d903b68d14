/// <reference types="vitest/config" />
import { defineConfig, configDefaults } from 'vitest/config';
import react from '@vitejs/plugin-react';

// One config for the app build and the unit tests (STYLE: vite.config.ts holds the vitest config).
export default defineConfig({
  plugins: [react()],
  // Example boundaries and layer presets live at the top level (boundaries/, layers/) and are
  // imported as JSON modules by src/data; nothing is fetched from anywhere else.
  server: { host: '127.0.0.1', port: 5173 },
  preview: { host: '127.0.0.1', port: 4173 },
  worker: { format: 'es' },
  build: { chunkSizeWarningLimit: 4000, sourcemap: false },
  test: {
    environment: 'node',
    include: ['src/**/*.test.{ts,tsx}', 'test/**/*.test.{ts,tsx}'],
    exclude: [...configDefaults.exclude, 'test/e2e/**'],
    testTimeout: 60_000,
  },
});
