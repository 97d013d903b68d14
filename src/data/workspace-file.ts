/**
 * The workspace file (`.cohesion-atlas`): a zip with `manifest.json` (format, version, app version,
 * saving time), `workspace.json` (the snapshot) and the original input files under `files/<key>`.
 * Opening treats the file as untrusted: every problem becomes a message naming the file.
 */
import { deflateSync, inflateSync, strFromU8, strToU8, zipSync, type Zippable } from 'fflate';
import { unzipBounded } from './importers/zip-entries';
import type { WorkspaceFileProblem, WorkspaceFileProblemCode, WorkspaceFileResult, WorkspaceSnapshot } from '../types';
import { readSnapshot, referencedFileKeys, WORKSPACE_MIGRATIONS, WORKSPACE_VERSION } from './workspace-format';

export type { WorkspaceFileProblem, WorkspaceFileProblemCode, WorkspaceFileResult };

/** The `format` value in every workspace file's manifest. */
export const WORKSPACE_FORMAT = 'cohesion-atlas-workspace';

/** File name extension of workspace files. */
export const WORKSPACE_EXTENSION = '.cohesion-atlas';

/** Largest workspace file this app opens (zip bombs and mistakes stop here, with a message). */
const MAX_UNPACKED_BYTES = 2 * 1024 ** 3;

/** Packs a snapshot and the bytes of every file it refers to into one workspace file. */
export function writeWorkspaceFile(snapshot: WorkspaceSnapshot, files: ReadonlyMap<string, ArrayBuffer>): Uint8Array {
  const manifest = { format: WORKSPACE_FORMAT, version: snapshot.version, appVersion: snapshot.appVersion, savedAt: snapshot.savedAt };
  const entries: Zippable = {
    'manifest.json': strToU8(JSON.stringify(manifest, null, 2)),
    'workspace.json': strToU8(JSON.stringify(snapshot, null, 2)),
  };
  for (const key of referencedFileKeys(snapshot)) {
    const bytes = files.get(key);
    if (!bytes) throw new Error(`The bytes of a workspace file (${key}) are not available`);
    entries[`files/${key}`] = new Uint8Array(bytes);
  }
  return zipSync(entries, { level: 6 });
}

function parseJson(bytes: Uint8Array): unknown {
  try {
    return JSON.parse(strFromU8(bytes));
  } catch {
    return undefined;
  }
}

/**
 * Reads a workspace file of this or an older version (migrated to the current one). `migrations` and
 * `current` are for tests of the upgrade path.
 */
export function readWorkspaceFile(name: string, bytes: ArrayBuffer, migrations = WORKSPACE_MIGRATIONS, current = WORKSPACE_VERSION): WorkspaceFileResult {
  const fail = (code: WorkspaceFileProblemCode, extra: Partial<WorkspaceFileProblem> = {}): WorkspaceFileResult => ({ ok: false, problem: { code, file: name, ...extra } });
  // Declared and actual sizes are both checked while unpacking (issue 19), so a forged entry stops at the limit.
  const unzipped = unzipBounded(new Uint8Array(bytes), (entryName) => entryName === 'manifest.json' || entryName === 'workspace.json' || entryName.startsWith('files/'), MAX_UNPACKED_BYTES);
  if (!unzipped.ok) return fail(unzipped.failure.kind === 'entry' && unzipped.failure.failure.kind === 'over-limit' ? 'too-large' : 'bad-zip');
  const entries: Record<string, Uint8Array> = Object.fromEntries(unzipped.files.map(([entry, data]) => [entry.name, data]));
  if (!entries['manifest.json']) return fail('no-manifest');
  const manifest = parseJson(entries['manifest.json']);
  if (typeof manifest !== 'object' || manifest === null || (manifest as { format?: unknown }).format !== WORKSPACE_FORMAT) return fail('not-a-workspace');
  const version = (manifest as { version?: unknown }).version;
  if (typeof version === 'number' && version > current) return fail('newer-version', { version });
  if (!entries['workspace.json']) return fail('bad-content', { damage: { code: 'no-workspace-json', params: {} } });
  const read = readSnapshot(parseJson(entries['workspace.json']), migrations, current);
  if (!read.ok) {
    return read.problem.code === 'newer-version' ? fail('newer-version', { version: read.problem.version }) : fail('bad-content', { damage: read.problem.damage });
  }
  const files = new Map<string, ArrayBuffer>();
  for (const key of referencedFileKeys(read.snapshot)) {
    const entry = entries[`files/${key}`];
    if (!entry) {
      const named = read.snapshot.sources.flatMap((s) => s.files).find((f) => f.key === key);
      return fail('missing-file', { missingFile: named?.name ?? key });
    }
    files.set(key, entry.buffer.slice(entry.byteOffset, entry.byteOffset + entry.byteLength) as ArrayBuffer);
  }
  return { ok: true, snapshot: read.snapshot, files };
}

/** The bytes deflated at level 1 (fast; text formats shrink three- to fourfold), as the browser storage keeps them. */
export function deflateBytes(bytes: ArrayBuffer): ArrayBuffer {
  const out = deflateSync(new Uint8Array(bytes), { level: 1 });
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** Deflated bytes inflated again. */
export function inflateBytes(bytes: ArrayBuffer): ArrayBuffer {
  const out = inflateSync(new Uint8Array(bytes));
  return out.buffer.slice(out.byteOffset, out.byteOffset + out.byteLength) as ArrayBuffer;
}

/** SHA-256 of the bytes as lowercase hex: the key a file is stored under (the same file is kept once). */
export async function fileKey(bytes: ArrayBuffer): Promise<string> {
  const digest = new Uint8Array(await crypto.subtle.digest('SHA-256', bytes));
  return [...digest].map((b) => b.toString(16).padStart(2, '0')).join('');
}
