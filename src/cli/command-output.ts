/** Where a command writes: stdout carries the result (and nothing else with --json), stderr the rest. */
export interface CommandOutput {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}
