/**
 * Builds the `atlas` command line to plain JavaScript (dist/cli/atlas.mjs, the `bin` of package.json), so
 * `npx atlas …` runs under node alone, without tsx or any other development dependency. Run by
 * `npm run build` and by `prepare` (so `npm install` in a clone, and `npm pack`, build it). Packages stay
 * outside the bundle (sql.js finds its .wasm beside its own script); each command stays its own chunk, so
 * `--help` and `--version` still load none of them. Usage: `tsx src/cli/build-cli.ts [OUT_DIR]`.
 */
import { chmodSync } from 'node:fs';
import { builtinModules } from 'node:module';
import { join, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { build } from 'vite';
import { packageRoot } from './package-root';

/** The file name of the built entry in the output folder. */
export const CLI_ENTRY = 'atlas.mjs';

/** Bare module names the bundle leaves to node: node's own modules and every package. */
const isExternal = (id: string) => id.startsWith('node:') || builtinModules.includes(id) || !(id.startsWith('.') || id.startsWith('/') || id.startsWith('\0'));

/** The built entry, and the modules the bundle leaves to node, imported statically and dynamically. */
export interface BuiltCli {
  entry: string;
  staticImports: string[];
  dynamicImports: string[];
}

/** Builds the command line into `outDir` (default dist/cli). */
export async function buildCli(outDir = join(packageRoot(), 'dist', 'cli')): Promise<BuiltCli> {
  const root = packageRoot();
  const output = await build({
    configFile: false,
    root,
    logLevel: 'warn',
    build: {
      ssr: join(root, 'src', 'cli', 'atlas.ts'),
      outDir,
      emptyOutDir: true,
      target: 'node20',
      minify: false,
      copyPublicDir: false,
      rollupOptions: {
        external: isExternal,
        output: { format: 'es', entryFileNames: CLI_ENTRY, chunkFileNames: 'chunks/[name]-[hash].mjs', banner: (chunk) => (chunk.isEntry ? '#!/usr/bin/env node' : '') },
      },
    },
  });
  const entry = join(outDir, CLI_ENTRY);
  chmodSync(entry, 0o755);
  const chunks = (Array.isArray(output) ? output : [output]).flatMap((result) => ('output' in result ? result.output : [])).flatMap((item) => (item.type === 'chunk' ? [item] : []));
  const names = new Set(chunks.map((chunk) => chunk.fileName));
  const outside = (ids: string[]) => ids.filter((id) => !names.has(id));
  return {
    entry,
    staticImports: [...new Set(chunks.flatMap((chunk) => outside(chunk.imports)))].sort(),
    dynamicImports: [...new Set(chunks.flatMap((chunk) => outside(chunk.dynamicImports)))].sort(),
  };
}

if (import.meta.url === pathToFileURL(process.argv[1] ?? '').href) {
  const { entry } = await buildCli(process.argv[2] === undefined ? undefined : resolve(process.argv[2]));
  process.stdout.write(`built ${entry}\n`);
}
