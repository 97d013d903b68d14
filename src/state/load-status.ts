/**
 * The one shape of a store's loading status (issue 12, STYLE "State"): idle, loading files (with progress and
 * the step being done, a catalogue code), or ready with what was loaded. Problems are kept beside it as
 * `errors: ImportError[]` in every store, shown until dismissed, so a partial load can be ready with errors.
 */
import type { ProgressStep } from '../types';

export type LoadStatus =
  | { kind: 'idle' }
  | { kind: 'loading'; files: string[]; progress: number; step: ProgressStep | null }
  | { kind: 'ready'; loaded: { label: string; count: number }[] };

/** The status while `files` load, before any progress is reported. */
export function loadingStatus(files: ReadonlyArray<{ name: string }>): LoadStatus {
  return { kind: 'loading', files: files.map((f) => f.name), progress: 0, step: null };
}
