/**
 * `npm run atlas -- <command> [args]`: the Cohesion Atlas command line. Each command lives in
 * src/cli/commands/<name>.ts and is listed in COMMANDS; this file only dispatches.
 */
import { cohesionIndexCommand } from './commands/cohesion-index';
import { inspectCommand, type CommandOutput } from './commands/inspect';
import { joinCommand } from './commands/join';
import { exportCommand } from './commands/export';

interface CliCommand {
  name: string;
  summary: string;
  run: (args: string[], output: CommandOutput) => Promise<number>;
}

const COMMANDS: CliCommand[] = [inspectCommand, cohesionIndexCommand, joinCommand, exportCommand];

function usage(): string {
  const width = Math.max(...COMMANDS.map((command) => command.name.length));
  const lines = COMMANDS.map((command) => `  ${command.name.padEnd(width)}  ${command.summary}`);
  return `Usage: atlas <command> [arguments]\n\nCommands:\n${lines.join('\n')}\n\nRun "atlas <command> --help" for a command's options.\n`;
}

async function main(argv: string[]): Promise<number> {
  const output: CommandOutput = { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) };
  const [name, ...args] = argv;
  if (name === undefined || name === '--help' || name === '-h' || name === 'help') {
    output.stdout(usage());
    return name === undefined ? 2 : 0;
  }
  const command = COMMANDS.find((candidate) => candidate.name === name);
  if (!command) {
    output.stderr(`atlas: unknown command "${name}"\n\n${usage()}`);
    return 2;
  }
  return command.run(args, output);
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`atlas: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = 70;
  },
);
