/** Expanding a .zip (typically a zipped shapefile set) into the files inside it. */
import { unzipSync } from 'fflate';
import type { ImportResult, InputFile } from '../../types';

/** Refuse archives that would expand beyond this (a zip bomb, or far more than a boundary set needs). */
export const MAX_UNZIPPED_BYTES = 1024 * 1024 * 1024;

/** macOS resource forks, dot-files and folders carry no data. */
function isIgnoredEntry(path: string): boolean {
  if (path.endsWith('/')) return true;
  if (path.startsWith('__MACOSX/') || path.includes('/__MACOSX/')) return true;
  const base = path.split('/').pop() ?? path;
  return base.startsWith('.');
}

/**
 * The files inside a zip, named `archive.zip/inner/path.shp` so messages say where they came from and
 * shapefile parts group per folder. Returns `bad-zip` for damaged archives and `empty` when nothing is inside.
 */
export function unzipInputFile(file: InputFile): ImportResult<InputFile[]> {
  let totalBytes = 0;
  let entries: Record<string, Uint8Array>;
  try {
    entries = unzipSync(new Uint8Array(file.bytes), {
      filter: (entry) => {
        if (isIgnoredEntry(entry.name)) return false;
        totalBytes += entry.originalSize;
        return true;
      },
    });
  } catch (caught) {
    return {
      ok: false,
      error: {
        code: 'bad-zip',
        file: file.name,
        params: { file: file.name, reason: caught instanceof Error ? caught.message : String(caught) },
      },
    };
  }
  if (totalBytes > MAX_UNZIPPED_BYTES) {
    return {
      ok: false,
      error: { code: 'too-large', file: file.name, params: { file: file.name, sizeMb: Math.round(totalBytes / 1024 / 1024), limitMb: MAX_UNZIPPED_BYTES / 1024 / 1024 } },
    };
  }
  const files: InputFile[] = Object.entries(entries).map(([path, data]) => ({
    name: `${file.name}/${path}`,
    bytes: data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer,
  }));
  if (files.length === 0) {
    return { ok: false, error: { code: 'empty', detail: 'no-files', file: file.name, params: { file: file.name } } };
  }
  return { ok: true, value: files, warnings: [] };
}
