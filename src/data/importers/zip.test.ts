import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import type { InputFile } from '../../types';
import { unzipInputFile } from './zip';
import { INFLATE_STEP_BYTES, inflateZipEntry, listZipEntries } from './zip-entries';

const MB = 1024 * 1024;

function asFile(name: string, bytes: Uint8Array): InputFile {
  return { name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer };
}

/**
 * Rewrites the uncompressed size of every entry named `entry`, in its local header and its central
 * directory record, as a forged archive (a zip bomb) would declare it.
 */
function forgeDeclaredSize(zip: Uint8Array, entry: string, declaredBytes: number): Uint8Array {
  const forged = zip.slice();
  const view = new DataView(forged.buffer);
  const name = new TextEncoder().encode(entry);
  for (let at = 0; at + 46 < forged.length; at += 1) {
    const signature = view.getUint32(at, true);
    const nameAt = signature === 0x04034b50 ? at + 30 : signature === 0x02014b50 ? at + 46 : -1;
    if (nameAt < 0 || !name.every((byte, index) => forged[nameAt + index] === byte)) continue;
    view.setUint32(signature === 0x04034b50 ? at + 22 : at + 24, declaredBytes, true);
  }
  return forged;
}

const zeros = (bytes: number) => new Uint8Array(bytes);

describe('unzipInputFile', () => {
  it('expands the entries in order, named inside the archive, skipping __MACOSX and dot-files', () => {
    const zip = zipSync({ 'wards.geojson': new TextEncoder().encode('{"type":"FeatureCollection","features":[]}'), '__MACOSX/._wards.geojson': zeros(4), 'sub/.DS_Store': zeros(4), 'sub/read me.txt': zeros(10) });
    const result = unzipInputFile(asFile('set.zip', zip));
    if (!result.ok) throw new Error(result.error.code);
    expect(result.value.map((file) => [file.name, file.bytes.byteLength])).toEqual([['set.zip/wards.geojson', 42], ['set.zip/sub/read me.txt', 10]]);
    expect(new TextDecoder().decode(result.value[0].bytes)).toBe('{"type":"FeatureCollection","features":[]}');
  });

  it('refuses, before inflating, an archive whose declared sizes pass the limit, naming the entry that crosses it', () => {
    const zip = zipSync({ 'a.dbf': zeros(2 * MB), 'b.shp': zeros(3 * MB) });
    expect(unzipInputFile(asFile('big.zip', zip), 4 * MB)).toEqual({
      ok: false,
      error: { code: 'too-large', detail: 'zip-entry', file: 'big.zip', params: { file: 'big.zip', entry: 'b.shp', sizeMb: 5, limitMb: 4 } },
    });
  });

  it('stops inflating an entry that inflates past its declared size (a forged zip bomb), naming it, with memory bounded', () => {
    // 32 MB of zeros deflates to about 32 KB; the header claims 1,000 bytes.
    const forged = forgeDeclaredSize(zipSync({ 'bomb.shp': [zeros(32 * MB), { level: 1 }] }), 'bomb.shp', 1000);
    const result = unzipInputFile(asFile('bomb.zip', forged), 4 * MB);
    if (result.ok) throw new Error('expected a refusal');
    expect(result.error).toMatchObject({ code: 'bad-zip', detail: 'size-mismatch', file: 'bomb.zip', params: { file: 'bomb.zip', entry: 'bomb.shp', declaredBytes: 1000 } });
    // Reading stopped after the first step's output: far below the 32 MB the entry would expand to.
    const inflatedBytes = Number(result.error.params.inflatedBytes);
    expect(inflatedBytes).toBeGreaterThan(1000);
    expect(forged.length).toBeLessThan(MB);
    expect(inflatedBytes).toBeLessThanOrEqual(INFLATE_STEP_BYTES * 1032);
  });

  it('refuses an entry that inflates to less than it declares', () => {
    const forged = forgeDeclaredSize(zipSync({ 'short.dbf': zeros(5000) }), 'short.dbf', 6000);
    expect(unzipInputFile(asFile('short.zip', forged))).toEqual({
      ok: false,
      error: { code: 'bad-zip', detail: 'size-mismatch', file: 'short.zip', params: { file: 'short.zip', entry: 'short.dbf', declaredBytes: 6000, inflatedBytes: 5000 } },
    });
  });

  it('refuses a truncated archive and a file that is not a zip as bad-zip', () => {
    const zip = zipSync({ 'a.geojson': zeros(100_000).map((_, index) => index % 251) });
    const cut = unzipInputFile(asFile('cut.zip', zip.subarray(0, zip.length - 30)));
    const notZip = unzipInputFile(asFile('fake.zip', new TextEncoder().encode('not a zip at all, just words')));
    expect([cut.ok || cut.error.code, notZip.ok || notZip.error.code]).toEqual(['bad-zip', 'bad-zip']);
  });

  it('says empty when the archive holds no files', () => {
    expect(unzipInputFile(asFile('none.zip', zipSync({ 'folder/': zeros(0) })))).toEqual({ ok: false, error: { code: 'empty', detail: 'no-files', file: 'none.zip', params: { file: 'none.zip' } } });
  });
});

describe('listZipEntries and inflateZipEntry', () => {
  it('reads names, methods and sizes from the central directory, stored and deflated alike', () => {
    const zip = zipSync({ 'stored.txt': [new TextEncoder().encode('hello'), { level: 0 }], 'Caerffili – wardiau.prj': zeros(3000) });
    const listed = listZipEntries(zip);
    if (!listed.ok) throw new Error(listed.reason);
    expect(listed.entries.map(({ name, method, declaredSize }) => [name, method, declaredSize])).toEqual([['stored.txt', 0, 5], ['Caerffili – wardiau.prj', 8, 3000]]);
    const stored = inflateZipEntry(zip, listed.entries[0], 100);
    expect(stored.ok && new TextDecoder().decode(stored.data)).toBe('hello');
  });

  it('stops at the budget when the budget is below the declared size', () => {
    const zip = zipSync({ 'a.shp': zeros(8 * MB) });
    const listed = listZipEntries(zip);
    if (!listed.ok) throw new Error(listed.reason);
    const result = inflateZipEntry(zip, listed.entries[0], MB);
    expect(result.ok ? 'inflated' : result.failure.kind).toBe('over-limit');
  });
});
