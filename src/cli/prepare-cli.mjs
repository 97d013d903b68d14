#!/usr/bin/env node
// `npm install`'s prepare step: builds the command line (dist/cli/atlas.mjs) when the development
// dependencies that build it (vite, tsx) are installed. An install without them (--omit=dev) keeps the
// dist/cli that came with the package, or says how to make one, and never fails the install.
import { spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..', '..');
const tsx = join(root, 'node_modules', '.bin', 'tsx');
if (existsSync(tsx) && existsSync(join(root, 'node_modules', 'vite'))) {
  const result = spawnSync(tsx, [join(root, 'src', 'cli', 'build-cli.ts')], { cwd: root, stdio: 'inherit' });
  process.exitCode = result.status ?? 1;
} else if (existsSync(join(root, 'dist', 'cli', 'atlas.mjs'))) {
  process.stdout.write('atlas: development dependencies not installed; using the command line already built in dist/cli\n');
} else {
  process.stdout.write('atlas: development dependencies not installed and dist/cli is not built: install them (npm install) to build the atlas command line\n');
}
