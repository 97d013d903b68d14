/**
 * The exit codes of every `atlas` command (documented in README.md): scripts and schedulers branch on
 * them, so they never change meaning.
 */
export const EXIT = {
  /** Done; the output is complete. */
  ok: 0,
  /** The files were read but a dataset has errors, a file was refused, or a view could not be exported. */
  dataProblem: 1,
  /** The command line is wrong: unknown command or option, a missing value or file argument. */
  usage: 2,
  /** A bug in atlas itself (the stack is printed); please report it. Same as sysexits EX_SOFTWARE. */
  internal: 70,
} as const;
