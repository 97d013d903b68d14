/** Tension assessment tables and how the tension map shows them (current or potential, which community). */
import { create } from 'zustand';
import { loadingStatus, type LoadStatus } from './load-status';
import type { ImportError, ImportResult, InputFile, TensionDataset } from '../types';
import { contentId } from '../data/stable-id';
import { claimId, givenId } from './id-claims';
import { service, type TensionLoader } from './services';
export type { TensionLoader };

interface TensionState {
  datasets: Record<string, TensionDataset>;
  /** Copies of each dataset's files, to re-read them with the user's own community types. */
  sourceFiles: Record<string, InputFile[]>;
  /** Community types the user added besides the standard ones (reported, never guessed, until added). */
  extraCommunityTypes: string[];
  order: string[];
  status: LoadStatus;
  errors: ImportError[];
  measure: 'current' | 'potential';
  /** 'overall' = the most alarming rating across the area's communities. */
  community: string;
  /** `id`: the dataset to re-read, or the id a workspace restore gives it; else one derived from the files. */
  /** Loads a tension log as dataset `id` (else a content-derived id), named `label` (else from its file name). */
  loadTensions: (files: InputFile[], id?: string, label?: string) => Promise<void>;
  /** Adds the user's own community types and re-reads every tension file with them. */
  setExtraCommunityTypes: (types: string[]) => Promise<void>;
  setMeasure: (measure: 'current' | 'potential') => void;
  setCommunity: (community: string) => void;
  removeTensions: (id: string) => void;
  dismissErrors: () => void;
  /** Adds assessments built elsewhere (a share package's tension ratings). */
  addTensionDataset: (dataset: TensionDataset) => void;
}

export const useTensionStore = create<TensionState>((set, get) => ({
  datasets: {},
  sourceFiles: {},
  extraCommunityTypes: [],
  order: [],
  status: { kind: 'idle' },
  errors: [],
  measure: 'current',
  community: 'overall',
  loadTensions: async (files, id, label) => {
    const loader = service('tensionLoader');
    const { id: datasetId, release } = id ? givenId(id) : claimId(await contentId('tensions', files), (taken) => !!get().datasets[taken]);
    const copies = files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
    set({ status: loadingStatus(files), errors: [] });
    let result: ImportResult<TensionDataset>;
    try {
      result = await loader(files, { id: datasetId, label: label ?? files[0]?.name.replace(/\.(csv|tsv|txt|xlsx|ods)$/i, ''), extraCommunityTypes: get().extraCommunityTypes });
    } catch (thrown) {
      result = { ok: false, error: { code: 'parse-failed', detail: 'stopped', file: files.map((f) => f.name).join(', '), params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } } };
    } finally {
      // Nothing awaits between here and adding the dataset, so no other import can take the id.
      release();
    }
    if (!result.ok) {
      const error = result.error;
      set({ status: { kind: 'idle' }, errors: [error] });
      return;
    }
    const dataset = result.value;
    set((s) => ({ status: { kind: 'ready', loaded: [{ label: dataset.label, count: dataset.rows.length }] }, datasets: { ...s.datasets, [dataset.id]: dataset }, sourceFiles: { ...s.sourceFiles, [dataset.id]: copies }, order: s.order.includes(dataset.id) ? s.order : [...s.order, dataset.id] }));
  },
  setExtraCommunityTypes: async (types) => {
    set({ extraCommunityTypes: [...new Set(types.map((t) => t.trim()).filter(Boolean))] });
    for (const [id, files] of Object.entries(get().sourceFiles)) {
      // Read again with the new types, keeping the name it has (the user's, or the example's words).
      await get().loadTensions(files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) })), id, get().datasets[id]?.label);
    }
  },
  setMeasure: (measure) => set({ measure }),
  setCommunity: (community) => set({ community }),
  removeTensions: (id) =>
    set((s) => {
      const { [id]: _removed, ...datasets } = s.datasets;
      const { [id]: _files, ...sourceFiles } = s.sourceFiles;
      return { datasets, sourceFiles, order: s.order.filter((x) => x !== id) };
    }),
  dismissErrors: () => set({ errors: [] }),
  addTensionDataset: (dataset) => set((s) => ({ datasets: { ...s.datasets, [dataset.id]: dataset }, order: s.order.includes(dataset.id) ? s.order : [...s.order, dataset.id] })),
}));
