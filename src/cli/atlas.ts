/**
 * `atlas <command> [args]` (`npx atlas`, or `npm run atlas --`): the Cohesion Atlas command line. Each
 * command lives in src/cli/commands/<name>.ts and is listed in command-list.ts; run-atlas.ts dispatches.
 * An exception that escapes a command is a bug: its stack is printed and the exit code is 70.
 */
import { EXIT } from './exit-codes';
import { runAtlas } from './run-atlas';

runAtlas(process.argv.slice(2), { stdout: (text) => process.stdout.write(text), stderr: (text) => process.stderr.write(text) }).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    process.stderr.write(`atlas: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}\n`);
    process.exitCode = EXIT.internal;
  },
);
