/**
 * A basemap from a PMTiles file on this computer (issue 15). The file is read in place, in byte ranges, and
 * never uploaded or copied. The store holds what the archive is (plain data); the File itself is kept apart
 * (basemapFile), since stores hold only serialisable data. A browser cannot reopen a file by itself, so a
 * restored workspace keeps only the file's name and asks for the file again (`awaitedFile`).
 */
import { create } from 'zustand';
import type { BasemapFileProblem, LocalBasemap } from '../types';
import { describePmtilesArchive } from '../data/basemap/pmtiles-archive';
import { useViewStore } from './view-store';

const files = new Map<string, File>();
let fileCount = 0;

/** The chosen file behind an archive key, for the map's PMTiles protocol. */
export function basemapFile(key: string): File | undefined {
  return files.get(key);
}

interface LocalBasemapState {
  basemap: LocalBasemap | null;
  /** Names the file (see basemapFile) and the tiles' pmtiles:// address; new for every file chosen. */
  archiveKey: string | null;
  status: 'idle' | 'loading' | 'ready' | 'error';
  problem: BasemapFileProblem | null;
  /** The file a restored workspace used, to be chosen again; null when none is awaited. */
  awaitedFile: string | null;
  /** Reads the file's header and makes it the basemap (a typed address is dropped: one basemap at a time). */
  chooseFile: (file: File) => Promise<void>;
  /** Back to no local basemap. */
  clear: () => void;
  /** A restored workspace used the file `fileName`: unless it is already the basemap, ask for it again. */
  expectFile: (fileName: string | null) => void;
}

export const useLocalBasemapStore = create<LocalBasemapState>()((set, get) => ({
  basemap: null,
  archiveKey: null,
  status: 'idle',
  problem: null,
  awaitedFile: null,
  chooseFile: async (file) => {
    set({ status: 'loading', problem: null });
    const readBytes = async (offset: number, length: number) => file.slice(offset, offset + length).arrayBuffer();
    const result = await describePmtilesArchive(file.name, readBytes).catch(() => ({ ok: false as const, problem: { code: 'unreadable' as const, file: file.name } }));
    if (!result.ok) {
      // The basemap in use, if any, stays.
      set({ status: 'error', problem: result.problem });
      return;
    }
    const previous = get().archiveKey;
    if (previous) files.delete(previous);
    fileCount += 1;
    const archiveKey = `local-basemap-${fileCount}`;
    files.set(archiveKey, file);
    set({ basemap: result.value, archiveKey, status: 'ready', problem: null, awaitedFile: null });
    useViewStore.getState().setBasemapUrl('');
  },
  clear: () => {
    const key = get().archiveKey;
    if (key) files.delete(key);
    set({ basemap: null, archiveKey: null, status: 'idle', problem: null, awaitedFile: null });
  },
  expectFile: (fileName) => {
    if (fileName === null) {
      get().clear();
      return;
    }
    if (get().basemap?.fileName !== fileName) {
      get().clear();
      set({ awaitedFile: fileName });
    }
  },
}));
