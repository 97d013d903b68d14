/**
 * The OSTN15 grid the user supplied for British National Grid (issue 19): installed in the import worker,
 * which reads BNG files, and on the main thread, which exports in BNG, so both convert alike. Kept for the
 * session only (the file is 15 MB; it is not put in the workspace): after a reload it is chosen again.
 */
import { create } from 'zustand';
import { applyDatumGridFile } from '../data/datum-grid-file';
import type { DatumGridProblem, InputFile } from '../types';
import { service } from './services';

interface DatumGridState {
  /** The grid in use (its file name), or null for the Helmert shift. */
  grid: string | null;
  problem: { code: DatumGridProblem; file: string } | null;
  chooseGrid: (file: InputFile) => Promise<void>;
  removeGrid: () => Promise<void>;
}

export const useDatumGridStore = create<DatumGridState>((set) => ({
  grid: null,
  problem: null,
  chooseGrid: async (file) => {
    // The worker gets its own copy: the main thread keeps these bytes installed.
    const copy = { name: file.name, bytes: file.bytes.slice(0) };
    const checked = applyDatumGridFile(file);
    if (!checked?.ok) {
      set({ problem: checked ? { code: checked.problem, file: checked.file } : null });
      return;
    }
    await service('datumGridWorker')(copy);
    set({ grid: checked.file, problem: null });
  },
  removeGrid: async () => {
    applyDatumGridFile(null);
    await service('datumGridWorker')(null);
    set({ grid: null, problem: null });
  },
}));
