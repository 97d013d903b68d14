/**
 * SQLite (sql.js, WebAssembly) loaded only when a GeoPackage is read or written: a dynamic import, so the
 * 1 MB engine never weighs on the first page load. In the browser the .wasm file comes from Vite's asset
 * URL; under node (tests, the CLI) sql.js finds it beside its own script.
 */
import type { SqlJsStatic } from 'sql.js';

let loading: Promise<SqlJsStatic> | null = null;

const isNode = typeof process !== 'undefined' && typeof process.versions?.node === 'string' && typeof window === 'undefined' && typeof self === 'undefined';

async function load(): Promise<SqlJsStatic> {
  const { default: initSqlJs } = await import('sql.js');
  if (isNode) return initSqlJs();
  const { default: wasmUrl } = await import('sql.js/dist/sql-wasm.wasm?url');
  return initSqlJs({ locateFile: () => wasmUrl });
}

/** The sql.js module, loaded once on first use. */
export function loadSqlJs(): Promise<SqlJsStatic> {
  loading ??= load().catch((caught: unknown) => {
    loading = null;
    throw caught;
  });
  return loading;
}
