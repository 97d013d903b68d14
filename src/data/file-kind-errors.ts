/**
 * Errors for files the registry (file-kind.ts) recognised but that no loader behind the drop zone takes.
 * Kept apart from the registry so the main thread can word them without loading the sniffing code.
 */
import type { ImportError } from '../types';

/** A workspace file dropped with the data files: opening one replaces everything, so it has its own button. */
export function workspaceDroppedError(file: string): ImportError {
  return {
    code: 'unknown-format',
    detail: 'workspace-dropped',
    file,
    params: {},
  };
}
