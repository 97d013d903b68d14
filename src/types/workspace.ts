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
