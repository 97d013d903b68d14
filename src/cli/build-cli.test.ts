import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { buildCli, type BuiltCli } from './build-cli';
import { packageRoot } from './package-root';
import type { PrintedDataset } from './commands/inspect';

const root = packageRoot();
const manifest = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8')) as { version: string; bin: Record<string, string>; scripts: Record<string, string>; dependencies: Record<string, string>; devDependencies: Record<string, string> };
/** "@scope/name/sub" → "@scope/name", "name/sub?url" → "name". */
const packageOf = (specifier: string) => specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/').replace(/\?.*$/, '');
const isBuiltin = (specifier: string) => specifier.startsWith('node:') || builtinModules.includes(specifier);

// Built inside the repository, as dist/cli is, so its packages resolve from the project's node_modules.
const folder = mkdtempSync(join(root, '.atlas-cli-test-'));
let built: BuiltCli;
beforeAll(async () => {
  built = await buildCli(join(folder, 'cli'));
}, 120_000);
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/**
 * Runs the built bin in node with a resolve hook that refuses every development dependency, as an install
 * with `--omit=dev` would lack them.
 */
function runWithoutDevDependencies(...args: string[]) {
  const hook = join(folder, 'no-dev-hook.mjs');
  writeFileSync(hook, `const dev = new Set(${JSON.stringify(Object.keys(manifest.devDependencies))});
export async function resolve(specifier, context, next) {
  const name = specifier.split('/').slice(0, specifier.startsWith('@') ? 2 : 1).join('/');
  if (dev.has(name)) throw Object.assign(new Error('development dependency ' + specifier), { code: 'ERR_MODULE_NOT_FOUND' });
  return next(specifier, context);
}
`);
  const register = join(folder, 'register.mjs');
  writeFileSync(register, `import { register } from 'node:module';\nregister(${JSON.stringify(pathToFileURL(hook).href)});\n`);
  return spawnSync(process.execPath, ['--import', pathToFileURL(register).href, built.entry, ...args], { cwd: folder, encoding: 'utf8' });
}

describe('the built atlas command line', () => {
  it('is the bin of package.json, built by npm run build and by prepare (which an install without development dependencies skips)', () => {
    expect([manifest.bin, manifest.scripts.build, manifest.scripts.prepare]).toEqual([{ atlas: 'dist/cli/atlas.mjs' }, 'vite build && tsx src/cli/build-cli.ts', 'node src/cli/prepare-cli.mjs']);
    expect(readFileSync(join(root, 'src', 'cli', 'prepare-cli.mjs'), 'utf8')).toContain("'build-cli.ts'");
    const entry = readFileSync(built.entry, 'utf8');
    // The entry imports no chunk statically: --help and --version load no command (each is a dynamic import).
    const commands = (readFileSync(join(root, 'src', 'cli', 'command-list.ts'), 'utf8').match(/import\('\.\/commands\//g) ?? []).length;
    expect([entry.startsWith('#!/usr/bin/env node\n'), /^import [^\n]* from "\.\//m.test(entry), (entry.match(/import\("\.\/chunks\//g) ?? []).length]).toEqual([true, false, commands]);
  });

  it('imports only node modules and runtime dependencies; playwright-core (development) only when atlas export runs', () => {
    const dependencies = new Set(Object.keys(manifest.dependencies));
    const notRuntime = (specifiers: string[]) => specifiers.filter((specifier) => !isBuiltin(specifier) && !dependencies.has(packageOf(specifier)));
    expect([notRuntime(built.staticImports), notRuntime(built.dynamicImports)]).toEqual([[], ['playwright-core']]);
  });

  it('answers --version and --help, and inspects a file, with every development dependency refused', () => {
    const boundaries = join(folder, 'two.geojson');
    const square = (x: number) => [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]];
    writeFileSync(boundaries, JSON.stringify({ type: 'FeatureCollection', features: [0, 1].map((i) => ({ type: 'Feature', properties: { code: `W0100000${i + 1}`, name: `Area ${i + 1}` }, geometry: { type: 'Polygon', coordinates: square(-3 + i * 0.01) } })) }));
    const [version, help, inspect] = [runWithoutDevDependencies('--version'), runWithoutDevDependencies('--help'), runWithoutDevDependencies('inspect', boundaries, '--json')];
    expect([version.status, version.stdout, help.status, help.stdout.split('\n')[0]]).toEqual([0, `cohesion-atlas ${manifest.version}\n`, 0, 'Usage: atlas <command> [arguments]']);
    expect([inspect.status, inspect.stderr]).toEqual([0, '']);
    expect((JSON.parse(inspect.stdout) as { datasets: PrintedDataset[] }).datasets.map(({ kind, features, codeField }) => ({ kind, features, codeField }))).toEqual([{ kind: 'areas', features: 2, codeField: 'code' }]);
  });

  it('says what atlas export needs when playwright-core is not installed', () => {
    const result = runWithoutDevDependencies('export', '--workspace', 'none.cohesion-atlas', '--out', folder);
    expect([result.status, result.stderr]).toEqual([1, 'atlas export: needs playwright-core to drive Chromium, which an install without development dependencies leaves out: run "npm install playwright-core".\n']);
  });
});
