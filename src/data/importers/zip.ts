/**
 * Expanding a .zip (typically a zipped shapefile set) into the files inside it, entry by entry, with the
 * size limit checked against the declared sizes before inflating and against the actual bytes while
 * inflating (issue 19: a 1.2 MB zip once grew to 1.26 GB before being refused).
 */
import type { ImportError, ImportResult, InputFile } from '../../types';
import { unzipBounded, type ZipEntry, type ZipEntryFailure } from './zip-entries';

/** Refuse archives that would expand beyond this (a zip bomb, or far more than a boundary set needs). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

const BYTES_PER_MB = 1024 * 1024;

/** macOS resource forks, dot-files and folders carry no data. */
function isIgnoredEntry(path: string): boolean {
  if (path.endsWith('/')) return true;
  if (path.startsWith('__MACOSX/') || path.includes('/__MACOSX/')) return true;
  const base = path.split('/').pop() ?? path;
  return base.startsWith('.');
}

function tooLarge(file: string, entry: string, sizeBytes: number, limitBytes: number): ImportError {
  return {
    code: 'too-large',
    detail: 'zip-entry',
    file,
    params: { file, entry, sizeMb: Math.ceil(sizeBytes / BYTES_PER_MB), limitMb: Math.round(limitBytes / BYTES_PER_MB) },
  };
}

function entryError(file: string, entry: ZipEntry, failure: ZipEntryFailure, usedBytes: number, limitBytes: number): ImportError {
  switch (failure.kind) {
    case 'over-limit':
      return tooLarge(file, entry.name, usedBytes + failure.inflatedBytes, limitBytes);
    case 'size-mismatch':
      return { code: 'bad-zip', detail: 'size-mismatch', file, params: { file, entry: entry.name, declaredBytes: entry.declaredSize, inflatedBytes: failure.inflatedBytes } };
    case 'damaged':
      return { code: 'bad-zip', file, params: { file, reason: `${entry.name}: ${failure.reason}` } };
  }
}

/**
 * The files inside a zip, named `archive.zip/inner/path.shp` so messages say where they came from and
 * shapefile parts group per folder. Returns `bad-zip` for damaged archives (or an entry whose data does
 * not match its declared size), `too-large` naming the entry that crosses `limitBytes`, and `empty` when
 * nothing is inside. Memory stays within the limit plus one inflating step.
 */
export function unzipInputFile(file: InputFile, limitBytes = MAX_UNZIPPED_BYTES): ImportResult<InputFile[]> {
  const unzipped = unzipBounded(new Uint8Array(file.bytes), (name) => !isIgnoredEntry(name), limitBytes);
  if (!unzipped.ok) {
    const { failure } = unzipped;
    return {
      ok: false,
      error: failure.kind === 'not-zip'
        ? { code: 'bad-zip', file: file.name, params: { file: file.name, reason: failure.reason } }
        : entryError(file.name, failure.entry, failure.failure, failure.usedBytes, limitBytes),
    };
  }
  const files: InputFile[] = unzipped.files.map(([entry, data]) => ({
    name: `${file.name}/${entry.name}`,
    bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  }));
  if (files.length === 0) {
    return { ok: false, error: { code: 'empty', detail: 'no-files', file: file.name, params: { file: file.name } } };
  }
  return { ok: true, value: files, warnings: [] };
}
