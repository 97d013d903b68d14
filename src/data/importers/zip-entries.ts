/**
 * Reading a zip archive one entry at a time with bounded memory (issue 19): the central directory is read
 * first (names, methods, declared sizes), and each entry is inflated in small steps, counting the bytes
 * out, so an entry that inflates past its declared size or past a limit is stopped there, not after
 * expanding in full. Format: PKWARE APPNOTE 6.3.x (local and central headers, zip64 extra field 0x0001).
 */
import { Inflate } from 'fflate';

/** One file in a zip as its central directory declares it. */
export interface ZipEntry {
  name: string;
  /** 0 = stored, 8 = deflate; anything else cannot be read. */
  method: number;
  encrypted: boolean;
  compressedSize: number;
  declaredSize: number;
  localHeaderOffset: number;
}

/** Why an entry could not be inflated: past the budget, bigger or smaller than declared, or damaged. */
export type ZipEntryFailure =
  | { kind: 'over-limit'; inflatedBytes: number }
  | { kind: 'size-mismatch'; inflatedBytes: number }
  | { kind: 'damaged'; reason: string };

const EOCD_SIGNATURE = 0x06054b50;
const EOCD64_LOCATOR_SIGNATURE = 0x07064b50;
const CENTRAL_SIGNATURE = 0x02014b50;
const LOCAL_SIGNATURE = 0x04034b50;
const ZIP64_EXTRA_ID = 0x0001;
const MAX_COMMENT_BYTES = 0xffff;
/**
 * Compressed bytes handed to the inflater per step. Deflate expands at most about 1032:1, so one step
 * yields at most about 16 MB: the overshoot past a limit is bounded by this, whatever the archive says.
 */
export const INFLATE_STEP_BYTES = 16 * 1024;

function findEndRecord(view: DataView): number {
  const lowest = Math.max(0, view.byteLength - 22 - MAX_COMMENT_BYTES);
  for (let offset = view.byteLength - 22; offset >= lowest; offset -= 1) {
    if (view.getUint32(offset, true) === EOCD_SIGNATURE) return offset;
  }
  return -1;
}

/** Where the central directory starts and how many entries it has, from the (zip64) end record. */
function readDirectoryPosition(view: DataView, endOffset: number): { offset: number; count: number } {
  const count = view.getUint16(endOffset + 10, true);
  const offset = view.getUint32(endOffset + 16, true);
  const locator = endOffset - 20;
  if ((count === 0xffff || offset === 0xffffffff) && locator >= 0 && view.getUint32(locator, true) === EOCD64_LOCATOR_SIGNATURE) {
    const end64 = Number(view.getBigUint64(locator + 8, true));
    return { count: Number(view.getBigUint64(end64 + 32, true)), offset: Number(view.getBigUint64(end64 + 48, true)) };
  }
  return { offset, count };
}

function decodeName(bytes: Uint8Array, utf8Flag: boolean): string {
  if (utf8Flag) return new TextDecoder('utf-8').decode(bytes);
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    return new TextDecoder('windows-1252').decode(bytes);
  }
}

/** Replaces 0xFFFFFFFF sizes and offset by the 64-bit values of the zip64 extra field, in APPNOTE order. */
function applyZip64(view: DataView, extraStart: number, extraEnd: number, entry: ZipEntry): void {
  for (let at = extraStart; at + 4 <= extraEnd; ) {
    const id = view.getUint16(at, true);
    const size = view.getUint16(at + 2, true);
    if (id === ZIP64_EXTRA_ID) {
      let field = at + 4;
      const next = () => { const value = Number(view.getBigUint64(field, true)); field += 8; return value; };
      if (entry.declaredSize === 0xffffffff) entry.declaredSize = next();
      if (entry.compressedSize === 0xffffffff) entry.compressedSize = next();
      if (entry.localHeaderOffset === 0xffffffff) entry.localHeaderOffset = next();
      return;
    }
    at += 4 + size;
  }
}

/** The entries of a zip from its central directory, or why it cannot be read (not a zip, cut short). */
export function listZipEntries(bytes: Uint8Array): { ok: true; entries: ZipEntry[] } | { ok: false; reason: string } {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const endOffset = bytes.byteLength >= 22 ? findEndRecord(view) : -1;
  if (endOffset < 0) return { ok: false, reason: 'no end of central directory record (not a zip, or cut short)' };
  try {
    const directory = readDirectoryPosition(view, endOffset);
    const entries: ZipEntry[] = [];
    let at = directory.offset;
    for (let index = 0; index < directory.count; index += 1) {
      if (view.getUint32(at, true) !== CENTRAL_SIGNATURE) return { ok: false, reason: `central directory entry ${index + 1} is damaged` };
      const flags = view.getUint16(at + 8, true);
      const nameLength = view.getUint16(at + 28, true);
      const extraLength = view.getUint16(at + 30, true);
      const commentLength = view.getUint16(at + 32, true);
      const entry: ZipEntry = {
        name: decodeName(bytes.subarray(at + 46, at + 46 + nameLength), (flags & 0x800) !== 0),
        method: view.getUint16(at + 10, true),
        encrypted: (flags & 1) !== 0,
        compressedSize: view.getUint32(at + 20, true),
        declaredSize: view.getUint32(at + 24, true),
        localHeaderOffset: view.getUint32(at + 42, true),
      };
      applyZip64(view, at + 46 + nameLength, at + 46 + nameLength + extraLength, entry);
      entries.push(entry);
      at += 46 + nameLength + extraLength + commentLength;
    }
    return { ok: true, entries };
  } catch {
    return { ok: false, reason: 'the central directory runs past the end of the file (cut short?)' };
  }
}

function joinChunks(chunks: Uint8Array[], length: number): Uint8Array {
  if (chunks.length === 1) return chunks[0];
  const joined = new Uint8Array(length);
  let at = 0;
  for (const chunk of chunks) { joined.set(chunk, at); at += chunk.length; }
  return joined;
}

function inflateBounded(data: Uint8Array, maxBytes: number): { ok: true; data: Uint8Array } | { ok: false; failure: ZipEntryFailure } {
  const chunks: Uint8Array[] = [];
  let inflatedBytes = 0;
  const inflater = new Inflate((chunk) => { chunks.push(chunk); inflatedBytes += chunk.length; });
  try {
    let at = 0;
    do {
      const end = Math.min(data.length, at + INFLATE_STEP_BYTES);
      inflater.push(data.subarray(at, end), end >= data.length);
      if (inflatedBytes > maxBytes) return { ok: false, failure: { kind: 'over-limit', inflatedBytes } };
      at = end;
    } while (at < data.length);
  } catch (caught) {
    return { ok: false, failure: { kind: 'damaged', reason: caught instanceof Error ? caught.message : String(caught) } };
  }
  return { ok: true, data: joinChunks(chunks, inflatedBytes) };
}

/**
 * Inflates one entry, stopping as soon as its output passes `min(declaredSize, budgetBytes)`: more than
 * declared is a size mismatch (a forged header), more than the budget is over the limit. Less than declared
 * is a mismatch too. Memory held is the output so far plus one step's output.
 */
export function inflateZipEntry(bytes: Uint8Array, entry: ZipEntry, budgetBytes: number): { ok: true; data: Uint8Array } | { ok: false; failure: ZipEntryFailure } {
  if (entry.encrypted) return { ok: false, failure: { kind: 'damaged', reason: 'the entry is encrypted' } };
  if (entry.method !== 0 && entry.method !== 8) return { ok: false, failure: { kind: 'damaged', reason: `compression method ${entry.method} is not supported` } };
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const local = entry.localHeaderOffset;
  if (local + 30 > bytes.byteLength || view.getUint32(local, true) !== LOCAL_SIGNATURE) {
    return { ok: false, failure: { kind: 'damaged', reason: 'the local header is missing (cut short?)' } };
  }
  const start = local + 30 + view.getUint16(local + 26, true) + view.getUint16(local + 28, true);
  if (start + entry.compressedSize > bytes.byteLength) return { ok: false, failure: { kind: 'damaged', reason: 'the data runs past the end of the file (cut short?)' } };
  const data = bytes.subarray(start, start + entry.compressedSize);
  const limit = Math.min(entry.declaredSize, budgetBytes);
  const overKind = entry.declaredSize <= budgetBytes ? 'size-mismatch' : 'over-limit';
  const inflated = entry.method === 0 ? { ok: true as const, data } : inflateBounded(data, limit);
  if (!inflated.ok) return inflated.failure.kind === 'over-limit' ? { ok: false, failure: { kind: overKind, inflatedBytes: inflated.failure.inflatedBytes } } : inflated;
  if (inflated.data.length > limit) return { ok: false, failure: { kind: overKind, inflatedBytes: inflated.data.length } };
  if (inflated.data.length !== entry.declaredSize) return { ok: false, failure: { kind: 'size-mismatch', inflatedBytes: inflated.data.length } };
  return inflated;
}

/** Why a whole archive could not be expanded: not a zip, or one entry's failure (with its name). */
export type UnzipFailure = { kind: 'not-zip'; reason: string } | { kind: 'entry'; entry: ZipEntry; failure: ZipEntryFailure; usedBytes: number };

/**
 * The entries `keep` selects, inflated in archive order, with at most `limitBytes` in all: declared sizes
 * are summed before anything is inflated and the actual bytes are counted while inflating.
 */
export function unzipBounded(bytes: Uint8Array, keep: (name: string) => boolean, limitBytes: number): { ok: true; files: [ZipEntry, Uint8Array][] } | { ok: false; failure: UnzipFailure } {
  const listed = listZipEntries(bytes);
  if (!listed.ok) return { ok: false, failure: { kind: 'not-zip', reason: listed.reason } };
  const entries = listed.entries.filter((entry) => keep(entry.name));
  let declaredBytes = 0;
  for (const entry of entries) {
    declaredBytes += entry.declaredSize;
    if (declaredBytes > limitBytes) {
      return { ok: false, failure: { kind: 'entry', entry, failure: { kind: 'over-limit', inflatedBytes: entry.declaredSize }, usedBytes: declaredBytes - entry.declaredSize } };
    }
  }
  const files: [ZipEntry, Uint8Array][] = [];
  let usedBytes = 0;
  for (const entry of entries) {
    const inflated = inflateZipEntry(bytes, entry, limitBytes - usedBytes);
    if (!inflated.ok) return { ok: false, failure: { kind: 'entry', entry, failure: inflated.failure, usedBytes } };
    usedBytes += inflated.data.byteLength;
    files.push([entry, inflated.data]);
  }
  return { ok: true, files };
}
