import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import type { WorkspaceSnapshot } from '../types';
import { fileKey, readWorkspaceFile, writeWorkspaceFile, WORKSPACE_FORMAT } from './workspace-file';
import { readSnapshot } from './workspace-format';

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;

async function sample(): Promise<{ snapshot: WorkspaceSnapshot; files: Map<string, ArrayBuffer> }> {
  const bytes = buffer(strToU8('code,value\nW05000001,3\n'));
  const key = await fileKey(bytes);
  return {
    snapshot: {
      version: 1,
      appVersion: '0.1.0',
      savedAt: '2026-02-03T10:00:00.000Z',
      example: null,
      sources: [{ kind: 'tables', files: [{ name: 'values.csv', key }], options: {}, producedIds: ['table-1'], keep: ['table-1'] }],
      parts: { view: { opacity: { 'table-1': 0.5 } } },
    },
    files: new Map([[key, bytes]]),
  };
}

const zip = (entries: Record<string, string>) => buffer(zipSync(Object.fromEntries(Object.entries(entries).map(([k, v]) => [k, strToU8(v)]))));
const manifest = (version: number) => JSON.stringify({ format: WORKSPACE_FORMAT, version, appVersion: '9.0.0', savedAt: '2030-01-01T00:00:00Z' });

describe('workspace files', () => {
  it('keys files by the SHA-256 of their bytes', async () => {
    expect(await fileKey(buffer(strToU8('abc')))).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
  });

  it('reads back what it wrote: snapshot and the original bytes', async () => {
    const { snapshot, files } = await sample();
    const read = readWorkspaceFile('w.cohesion-atlas', buffer(writeWorkspaceFile(snapshot, files)));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.snapshot).toEqual(snapshot);
    const [key] = files.keys();
    expect(new TextDecoder().decode(read.files.get(key))).toBe('code,value\nW05000001,3\n');
  });

  it('names the file and the reason for every kind of bad file', async () => {
    const { snapshot } = await sample();
    const code = (bytes: ArrayBuffer) => {
      const read = readWorkspaceFile('bad.cohesion-atlas', bytes);
      return read.ok ? 'ok' : `${read.problem.file}: ${read.problem.code}${read.problem.version ? ` ${read.problem.version}` : ''}${read.problem.damage ? ` (${read.problem.damage.code})` : ''}${read.problem.missingFile ? ` (${read.problem.missingFile})` : ''}`;
    };
    expect(code(buffer(strToU8('not a zip at all')))).toBe('bad.cohesion-atlas: bad-zip');
    expect(code(zip({ 'other.txt': 'x' }))).toBe('bad.cohesion-atlas: no-manifest');
    expect(code(zip({ 'manifest.json': '{"format":"something-else"}' }))).toBe('bad.cohesion-atlas: not-a-workspace');
    expect(code(zip({ 'manifest.json': manifest(2), 'workspace.json': JSON.stringify({ ...snapshot, version: 2 }) }))).toBe('bad.cohesion-atlas: newer-version 2');
    expect(code(zip({ 'manifest.json': manifest(1), 'workspace.json': '{"version":1}' }))).toBe('bad.cohesion-atlas: bad-content (no-saving-time)');
    expect(code(zip({ 'manifest.json': manifest(1), 'workspace.json': JSON.stringify(snapshot) }))).toBe('bad.cohesion-atlas: missing-file (values.csv)');
  });

  it('opens the fixture written by version 1 (kept so later versions are tested against it)', () => {
    const bytes = readFileSync(new URL('../../test/fixtures/workspace/tiny-v1.cohesion-atlas', import.meta.url));
    const read = readWorkspaceFile('tiny-v1.cohesion-atlas', buffer(new Uint8Array(bytes)));
    if (!read.ok) throw new Error(read.problem.code);
    expect(read.snapshot.sources.map((s) => s.files[0].name)).toEqual(['tiny-wards.geojson', 'tiny-indicators.csv', 'tiny-incidents.csv']);
    expect(read.files.size).toBe(3);
  });
});

describe('snapshot versions', () => {
  it('upgrades an older version step by step with the migrations, and refuses a newer one', () => {
    const old = { version: 1, savedAt: '2026-01-01T00:00:00Z', layers: [], example: null };
    const migrations = { 1: (v: Record<string, unknown>) => ({ ...v, sources: v.layers, parts: { renamed: true } }) };
    const read = readSnapshot(old, migrations, 2);
    expect(read).toEqual({ ok: true, snapshot: { version: 2, appVersion: 'unknown', savedAt: '2026-01-01T00:00:00Z', example: null, sources: [], parts: { renamed: true } } });
    expect(readSnapshot({ ...old, version: 3 }, migrations, 2)).toEqual({ ok: false, problem: { code: 'newer-version', version: 3 } });
    expect(readSnapshot(old, {}, 2)).toEqual({ ok: false, problem: { code: 'bad-content', damage: { code: 'no-migration', params: { version: '1' } } } });
  });

  it('rejects sources that are not what the app wrote', () => {
    const base = { version: 1, savedAt: '2026-01-01T00:00:00Z', example: null, parts: {} };
    expect(readSnapshot({ ...base, sources: [{ kind: 'scripts', files: [], producedIds: [], keep: [] }] })).toEqual({ ok: false, problem: { code: 'bad-content', damage: { code: 'source-unknown-kind', params: { source: 1 } } } });
    expect(readSnapshot({ ...base, sources: [{ kind: 'tables', files: [{ name: 'a.csv', key: '../../etc' }], producedIds: [], keep: [] }] })).toEqual({ ok: false, problem: { code: 'bad-content', damage: { code: 'source-bad-files', params: { source: 1 } } } });
  });
});
