/**
 * The `atlas` dispatcher: answers `--help`, `--version` and `<command> --help` from the command list
 * alone, and only then imports the command that runs. Exit codes are those of exit-codes.ts.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from './package-root';
import { COMMANDS } from './command-list';
import type { CommandOutput } from './command-output';
import { EXIT } from './exit-codes';

const HELP_FLAGS = new Set(['--help', '-h']);

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return [
    'Usage: atlas <command> [arguments]',
    '       atlas --version | --help',
    '',
    'Commands:',
    ...lines,
    '',
    'Run "atlas <command> --help" for a command\'s options.',
    'Exit codes: 0 done; 1 a file or dataset has errors; 2 wrong command line; 70 a bug in atlas.',
    '',
  ].join('\n');
}

/** The version in package.json, read as a file so `--version` loads nothing else. */
export function atlasVersion(): string {
  const manifest = JSON.parse(readFileSync(join(packageRoot(), 'package.json'), 'utf8')) as { name: string; version: string };
  return `${manifest.name} ${manifest.version}`;
}

/** Runs `atlas` with its arguments (after the program name); resolves to the process exit code. */
export async function runAtlas(argv: readonly string[], output: CommandOutput): Promise<number> {
  const [name, ...args] = argv;
  if (name === undefined) {
    output.stderr(usage());
    return EXIT.usage;
  }
  if (HELP_FLAGS.has(name) || name === 'help') {
    output.stdout(usage());
    return EXIT.ok;
  }
  if (name === '--version' || name === '-v') {
    output.stdout(`${atlasVersion()}\n`);
    return EXIT.ok;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    output.stderr(`atlas: unknown command "${name}"\n\n${usage()}`);
    return EXIT.usage;
  }
  if (args.some((arg) => HELP_FLAGS.has(arg))) {
    output.stdout(command.usage);
    return EXIT.ok;
  }
  const run = await command.load();
  return run(args, output);
}
