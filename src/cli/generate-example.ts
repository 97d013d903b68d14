/**
 * `npm run generate-example`: writes the invented example borough's boundary files into boundaries/ and its
 * example tables (indicators, communities, tension assessments) into layers/.
 * All generation is in src/cli/example/; this only writes what it returns.
 */
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderExampleFiles } from './example/example-files';

const repoRoot = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');
for (const file of renderExampleFiles()) {
  const target = resolve(repoRoot, file.path);
  mkdirSync(dirname(target), { recursive: true });
  writeFileSync(target, file.text);
  console.log(`wrote ${file.path} (${(file.text.length / 1024).toFixed(0)} KB)`);
}
