/**
 * The workspace snapshot's versioned format: checks untrusted JSON against it and upgrades older
 * versions step by step with explicit migrations, so a later app still opens an older workspace.
 */
import type { WorkspaceDamage, WorkspaceDamageNote, WorkspaceSnapshot, WorkspaceSource, WorkspaceSourceKind } from '../types';

export type { WorkspaceDamage, WorkspaceDamageNote };

/** The snapshot version this app writes. Raise it (and add a migration) when the shape changes. */
export const WORKSPACE_VERSION = 1;

/** Turns a snapshot of version `from` into version `from + 1`. */
export type WorkspaceMigration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Migrations by the version they upgrade from. Empty while version 1 is the only version; the first
 * change of shape adds `1: (old) => …` here and a fixture written by version 1 keeps it tested.
 */
export const WORKSPACE_MIGRATIONS: Record<number, WorkspaceMigration> = {};


export type SnapshotProblem =
  | { code: 'newer-version'; version: number }
  | { code: 'bad-content'; damage: WorkspaceDamageNote };

export type SnapshotResult = { ok: true; snapshot: WorkspaceSnapshot } | { ok: false; problem: SnapshotProblem };

const KINDS: WorkspaceSourceKind[] = ['boundaries', 'tables', 'incidents', 'tensions', 'postcodes', 'places', 'share-packages'];

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isStringArray = (v: unknown): v is string[] => Array.isArray(v) && v.every((x) => typeof x === 'string');

const damaged = (code: WorkspaceDamage, params: Record<string, string | number> = {}): { ok: false; problem: SnapshotProblem } => ({ ok: false, problem: { code: 'bad-content', damage: { code, params } } });

function checkSource(raw: unknown): WorkspaceSource | WorkspaceDamage {
  if (!isRecord(raw)) return 'source-not-object';
  if (!KINDS.includes(raw.kind as WorkspaceSourceKind)) return 'source-unknown-kind';
  const files = raw.files;
  if (!Array.isArray(files) || !files.every((f) => isRecord(f) && typeof f.name === 'string' && typeof f.key === 'string' && /^[0-9a-f]{64}$/.test(f.key))) {
    return 'source-bad-files';
  }
  if (!isStringArray(raw.producedIds) || !isStringArray(raw.keep)) return 'source-bad-ids';
  const options = isRecord(raw.options) ? raw.options : {};
  return {
    kind: raw.kind as WorkspaceSourceKind,
    files: files.map((f) => ({ name: String(f.name), key: String(f.key) })),
    options: {
      ...(typeof options.topojsonObject === 'string' ? { topojsonObject: options.topojsonObject } : {}),
      ...(isRecord(options.mapping) ? { mapping: options.mapping } : {}),
      ...(isStringArray(options.extraCommunityTypes) ? { extraCommunityTypes: options.extraCommunityTypes } : {}),
      ...(isRecord(options.dateRange) && Number.isInteger(options.dateRange.fromYear) && Number.isInteger(options.dateRange.toYear)
        ? { dateRange: { fromYear: options.dateRange.fromYear as number, toYear: options.dateRange.toYear as number } } : {}),
    },
    producedIds: raw.producedIds,
    keep: raw.keep,
    // Only when it names, for each produced id, files of this source; otherwise the restore reads the files together.
    ...(Array.isArray(raw.producedFiles) && raw.producedFiles.length === raw.producedIds.length
      && raw.producedFiles.every((names) => isStringArray(names) && names.length > 0 && names.every((name) => files.some((f) => f.name === name)))
      ? { producedFiles: raw.producedFiles as string[][] } : {}),
  };
}

/**
 * Reads a parsed snapshot of any known version: upgrades it with `migrations` up to `current`, then
 * checks its shape. A version newer than `current` is refused (this app cannot know what it means).
 */
export function readSnapshot(raw: unknown, migrations = WORKSPACE_MIGRATIONS, current = WORKSPACE_VERSION): SnapshotResult {
  if (!isRecord(raw) || typeof raw.version !== 'number' || !Number.isInteger(raw.version) || raw.version < 1) {
    return damaged('no-version');
  }
  if (raw.version > current) return { ok: false, problem: { code: 'newer-version', version: raw.version } };
  let value: Record<string, unknown> = raw;
  for (let version = raw.version; version < current; version++) {
    const migrate = migrations[version];
    if (!migrate) return damaged('no-migration', { version: String(version) });
    value = { ...migrate(value), version: version + 1 };
  }
  if (typeof value.savedAt !== 'string' || Number.isNaN(Date.parse(value.savedAt))) return damaged('no-saving-time');
  if (!Array.isArray(value.sources)) return damaged('no-source-list');
  const sources: WorkspaceSource[] = [];
  for (const [i, s] of value.sources.entries()) {
    const checked = checkSource(s);
    if (typeof checked === 'string') return damaged(checked, { source: i + 1 });
    sources.push(checked);
  }
  const example = isRecord(value.example) && isStringArray(value.example.keep) ? { keep: value.example.keep } : null;
  return {
    ok: true,
    snapshot: {
      version: current,
      appVersion: typeof value.appVersion === 'string' ? value.appVersion : 'unknown',
      savedAt: value.savedAt,
      example,
      sources,
      parts: isRecord(value.parts) ? value.parts : {},
    },
  };
}

/** Keys of every file the snapshot refers to, each once. */
export function referencedFileKeys(snapshot: Pick<WorkspaceSnapshot, 'sources'>): string[] {
  return [...new Set(snapshot.sources.flatMap((s) => s.files.map((f) => f.key)))];
}
