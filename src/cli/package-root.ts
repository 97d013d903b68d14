/**
 * The folder of the project's package.json, found by walking up from a module's location. The command line
 * runs from src/cli (through tsx) or from its build in dist/cli, where modules sit at other depths, so paths
 * to package.json and the built app are taken from here rather than from a fixed number of "..".
 */
import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const PACKAGE_NAME = 'cohesion-atlas';

/** The nearest folder above `moduleUrl` holding the cohesion-atlas package.json; throws when there is none (a broken install). */
export function packageRoot(moduleUrl: string = import.meta.url): string {
  let folder = dirname(fileURLToPath(moduleUrl));
  for (;;) {
    const manifest = join(folder, 'package.json');
    if (existsSync(manifest) && (JSON.parse(readFileSync(manifest, 'utf8')) as { name?: string }).name === PACKAGE_NAME) return folder;
    const parent = dirname(folder);
    if (parent === folder) throw new Error(`no ${PACKAGE_NAME} package.json above ${fileURLToPath(moduleUrl)}`);
    folder = parent;
  }
}
