import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { runAtlas } from './run-atlas';

/** Which command modules were imported: each mock's factory runs only when its module is first loaded. */
const loaded = vi.hoisted(() => [] as string[]);
vi.mock('./commands/inspect', () => {
  loaded.push('inspect');
  return { runInspect: async () => 0 };
});
vi.mock('./commands/join', () => {
  loaded.push('join');
  return { runJoin: async (args: string[]) => (args.includes('--fail') ? 1 : 0) };
});
vi.mock('./commands/cohesion-index', () => {
  loaded.push('index');
  return { runCohesionIndex: async () => 0 };
});
vi.mock('./commands/export', () => {
  loaded.push('export');
  return { runExportCommand: async () => 0 };
});

function run(...argv: string[]) {
  const written = { stdout: '', stderr: '' };
  return runAtlas(argv, { stdout: (text) => (written.stdout += text), stderr: (text) => (written.stderr += text) }).then((code) => ({ code, ...written }));
}

const manifest = JSON.parse(readFileSync(new URL('../../package.json', import.meta.url), 'utf8')) as { version: string; bin: Record<string, string> };

describe('atlas dispatcher', () => {
  beforeEach(() => {
    loaded.length = 0;
  });

  it('answers --help, help for each command and --version without loading any command module', async () => {
    const answers = [await run('--help'), await run('join', '--help'), await run('inspect', '-h'), await run('index', '--help'), await run('export', '--help'), await run('--version')];
    expect(loaded).toEqual([]);
    expect(answers.map((answer) => [answer.code, answer.stdout.split('\n')[0]])).toEqual([
      [0, 'Usage: atlas <command> [arguments]'],
      [0, 'Usage: atlas join --boundaries FILE... --incidents FILE... [--population FILE[:COLUMN]]'],
      [0, 'Usage: atlas inspect FILE... [--json]'],
      [0, 'Usage: atlas index --boundaries FILE... [--table FILE...] [options]'],
      [0, 'Usage: atlas export --workspace FILE.cohesion-atlas --out DIR [options]'],
      [0, `cohesion-atlas ${manifest.version}`],
    ]);
  });

  it('loads only the command that runs, and passes its exit code on', async () => {
    const answers = [await run('join', '--fail'), await run('join')];
    expect([loaded, answers.map((answer) => answer.code)]).toEqual([['join'], [1, 0]]);
  });

  it('exits 2 with the usage on stderr for no command or an unknown one', async () => {
    const answers = [await run(), await run('frobnicate')];
    expect(answers.map((answer) => [answer.code, answer.stdout, answer.stderr.split('\n')[0]])).toEqual([
      [2, '', 'Usage: atlas <command> [arguments]'],
      [2, '', 'atlas: unknown command "frobnicate"'],
    ]);
  });
});
