/**
 * The `cli-help` benchmark (issue 19): wall time of `atlas --help`, `atlas join --help` and
 * `atlas --version` as a user runs them (a new node process running the built bin, dist/cli/atlas.mjs, which
 * `npm run build` makes; without it, through tsx from the sources), median of a few runs.
 * A benchmark only, never a unit test: timings on a shared machine are not assertions.
 */
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { packageRoot } from '../package-root';

const BUILT = join(packageRoot(), 'dist', 'cli', 'atlas.mjs');
/** The program and its first arguments: the built bin, else the sources through tsx. */
const COMMAND: [string, string[]] = existsSync(BUILT) ? [process.execPath, [BUILT]] : [join(packageRoot(), 'node_modules', '.bin', 'tsx'), [join(packageRoot(), 'src', 'cli', 'atlas.ts')]];

export interface HelpCaseResult {
  args: string[];
  medianMs: number;
  runs: number;
  goalMs: number;
  meetsGoal: boolean;
}

function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

/** Times each command line `runs` times in a fresh process; the goal is well under the 3 s help took before. */
export function runHelpCase(runs = 5, goalMs = 1000): HelpCaseResult[] {
  return [['--help'], ['join', '--help'], ['--version']].map((args) => {
    const times: number[] = [];
    for (let run = 0; run < runs; run += 1) {
      const started = performance.now();
      spawnSync(COMMAND[0], [...COMMAND[1], ...args], { encoding: 'utf8' });
      times.push(performance.now() - started);
    }
    const medianMs = Math.round(median(times));
    return { args, medianMs, runs, goalMs, meetsGoal: medianMs < goalMs };
  });
}
