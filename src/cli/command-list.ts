/**
 * The `atlas` commands: name, one-line summary, usage, and how to load the command. Commands are
 * imported only when run, so `atlas --help`, `atlas <command> --help` and `atlas --version` load none of
 * them (nor the importers, the join or Chromium behind them).
 */
import type { CommandOutput } from './command-output';
import { EXPORT_USAGE, INDEX_USAGE, INSPECT_USAGE, JOIN_USAGE, REPORT_USAGE } from './command-usage';

/** Runs a command with its arguments (after its name); resolves to its exit code (see exit-codes.ts). */
export type CommandRun = (args: string[], output: CommandOutput) => Promise<number>;

export interface CliCommand {
  name: string;
  summary: string;
  usage: string;
  load: () => Promise<CommandRun>;
}

export const COMMANDS: readonly CliCommand[] = [
  {
    name: 'inspect',
    summary: 'report format, count, CRS, extent and code/name columns of boundary, point and table files',
    usage: INSPECT_USAGE,
    load: () => import('./commands/inspect').then((module) => module.runInspect),
  },
  {
    name: 'index',
    summary: 'composite cohesion index per area (score, rank, quintile) from boundary fields and indicator tables',
    usage: INDEX_USAGE,
    load: () => import('./commands/cohesion-index').then((module) => module.runCohesionIndex),
  },
  {
    name: 'join',
    summary: 'join incident points to boundary areas and count them per area, period and category',
    usage: JOIN_USAGE,
    load: () => import('./commands/join').then((module) => module.runJoin),
  },
  {
    name: 'export',
    summary: "render a workspace's saved views (or its map) as print-quality images, headless",
    usage: EXPORT_USAGE,
    load: () => import('./commands/export').then((module) => module.runExportCommand),
  },
  {
    name: 'report',
    summary: "make the tension monitoring group's report (full or edited) from a workspace as a PDF",
    usage: REPORT_USAGE,
    load: () => import('./commands/report').then((module) => module.runReport),
  },
];
