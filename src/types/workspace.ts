/**
 * A saved workspace: the original input files (by content key) with the options they were loaded with,
 * and a settings snapshot per workspace part. The same shape is kept in the browser and in a workspace file.
 */
import type { ColumnMapping, IncidentDateRange } from './incident';

/** Which store a source's files were loaded into. */
export type WorkspaceStoreKind = 'boundaries' | 'tables' | 'incidents' | 'tensions' | 'postcodes' | 'places';

/**
 * A store, or 'share-packages': a neighbour's package fills several stores at once, so its `producedIds`
 * are written `<store kind>:<id>` (e.g. `tables:share-1-t0`).
 */
export type WorkspaceSourceKind = WorkspaceStoreKind | 'share-packages';

/** One original file: its name as the user had it and the key of its bytes (SHA-256 of the content, hex). */
export interface WorkspaceFileRef {
  name: string;
  key: string;
}

/** Options a load was made with, so re-importing gives the same result. */
export interface WorkspaceSourceOptions {
  topojsonObject?: string;
  mapping?: ColumnMapping;
  extraCommunityTypes?: string[];
  /** Years incident dates were accepted in when the file was read (issue 13); default when absent. */
  dateRange?: IncidentDateRange;
}

/**
 * One load of files as the app made it: `producedIds` are the ids the load gave (in order), `keep` the
 * ones still in the workspace (the user may have removed some).
 */
export interface WorkspaceSource {
  kind: WorkspaceSourceKind;
  files: WorkspaceFileRef[];
  options: WorkspaceSourceOptions;
  producedIds: string[];
  keep: string[];
  /**
   * Boundary loads: the names (of `files`) each produced id was read from, parallel to `producedIds`, so a
   * restore with one file missing or damaged gives every other file its own id and names the one that failed.
   * Absent in workspaces saved before it was recorded.
   */
  producedFiles?: string[][];
}

/** Everything needed to rebuild a workspace. `parts` holds each registered part's own JSON. */
export interface WorkspaceSnapshot {
  version: number;
  appVersion: string;
  /** ISO 8601 time of saving. */
  savedAt: string;
  /** Ids of the built-in example's layers and tables still in the workspace; null when none is. */
  example: { keep: string[] } | null;
  sources: WorkspaceSource[];
  parts: Record<string, unknown>;
}

/**
 * What is wrong inside a damaged workspace file, worded by the catalogue (`workspaceDamage.<code>`) from
 * its parameters (`source`: 1-based number of the source concerned; `version`: the version with no migration).
 */
export type WorkspaceDamage =
  | 'no-workspace-json'
  | 'no-version'
  | 'no-migration'
  | 'no-saving-time'
  | 'no-source-list'
  | 'source-not-object'
  | 'source-unknown-kind'
  | 'source-bad-files'
  | 'source-bad-ids';

/** Damage found in a workspace snapshot: its code and the values it is worded from. */
export interface WorkspaceDamageNote {
  code: WorkspaceDamage;
  params: Record<string, string | number>;
}

export type WorkspaceFileProblemCode = 'bad-zip' | 'no-manifest' | 'not-a-workspace' | 'newer-version' | 'bad-content' | 'missing-file' | 'too-large';

/**
 * Why a workspace file cannot be opened, as codes and values the catalogue words: `damage` says what is
 * wrong inside a damaged one (bad-content), `missingFile` names the input file it lacks (missing-file).
 */
export interface WorkspaceFileProblem {
  code: WorkspaceFileProblemCode;
  file: string;
  version?: number;
  damage?: WorkspaceDamageNote;
  missingFile?: string;
}

/** A workspace file read back: its snapshot and the bytes of its input files by key, or why it cannot be opened. */
export type WorkspaceFileResult =
  | { ok: true; snapshot: WorkspaceSnapshot; files: Map<string, ArrayBuffer> }
  | { ok: false; problem: WorkspaceFileProblem };


/**
 * The workspace worker (issue 13): packing and unpacking workspace files (compression) and hashing file
 * bytes run there, never on the main thread.
 */
export interface WorkspaceWorkerApi {
  writeWorkspaceFile(snapshot: WorkspaceSnapshot, files: Map<string, ArrayBuffer>): Uint8Array | Promise<Uint8Array>;
  readWorkspaceFile(name: string, bytes: ArrayBuffer): WorkspaceFileResult | Promise<WorkspaceFileResult>;
  fileKey(bytes: ArrayBuffer): Promise<string>;
  /** Deflates (level 1) or inflates a stored file's bytes (the browser storage keeps files deflated). */
  deflate(bytes: ArrayBuffer): ArrayBuffer;
  inflate(bytes: ArrayBuffer): ArrayBuffer;
}
