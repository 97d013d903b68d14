/** Real data for e2e specs, read from ../shared/data; skip or fail as the unit tests do. */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const sharedDataDir = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..', '..', '..', 'shared', 'data');

/** Absolute paths of shared files, or a reason they are unavailable. */
export function sharedFiles(relativePaths: string[]): { paths: string[]; missing: string | null } {
  const paths = relativePaths.map((p) => join(sharedDataDir, p));
  const absent = relativePaths.filter((_, i) => !existsSync(paths[i]));
  if (!absent.length) return { paths, missing: null };
  const why = `needs ../shared/data/${absent.join(', ')} (absent)`;
  if (process.env.REQUIRE_SHARED_DATA === '1') throw new Error(`${why}; REQUIRE_SHARED_DATA=1 makes this a failure`);
  return { paths, missing: why };
}
