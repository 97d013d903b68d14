/**
 * Access to the real public data in ../shared/data (never copied into the repo).
 * When the folder is absent, tests that need it are skipped with a clear message, unless
 * REQUIRE_SHARED_DATA=1 (set by .ci/run), in which case they fail.
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, it } from 'vitest';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
export const sharedDataDir = resolve(repoRoot, '..', 'shared', 'data');
export const isSharedDataRequired = process.env.REQUIRE_SHARED_DATA === '1';

/** Absolute path of a file under ../shared/data. */
export function sharedDataPath(relativePath: string): string {
  return join(sharedDataDir, relativePath);
}

/** True when every listed file exists under ../shared/data. */
export function hasSharedData(...relativePaths: string[]): boolean {
  return relativePaths.every((p) => existsSync(sharedDataPath(p)));
}

/** Reads a shared file as an ArrayBuffer (what importers take). */
export function readSharedBytes(relativePath: string): ArrayBuffer {
  const buffer = readFileSync(sharedDataPath(relativePath));
  return buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer;
}

/**
 * `describe` for tests on real shared data: runs when the files exist; otherwise skips with a message
 * naming the missing files, or (REQUIRE_SHARED_DATA=1) registers a failing test instead of skipping.
 */
export function describeWithSharedData(name: string, files: string[], body: () => void): void {
  const missing = files.filter((f) => !existsSync(sharedDataPath(f)));
  if (missing.length === 0) {
    describe(name, body);
    return;
  }
  const why = `needs ../shared/data/${missing.join(', ../shared/data/')} (absent)`;
  if (isSharedDataRequired) {
    describe(name, () => {
      it_fails(`${name}: ${why}; REQUIRE_SHARED_DATA=1 makes this a failure`);
    });
  } else {
    console.warn(`[skip] ${name}: ${why}`);
    describe.skip(`${name} (skipped: ${why})`, body);
  }
}


function it_fails(message: string): void {
  it(message, () => {
    throw new Error(message);
  });
}
