/**
 * Loaded incident datasets, how each is shown (heatmap, points), its filters, and which boundary layer
 * its points are joined into. Parsing and joining run in the import worker.
 */
import { create } from 'zustand';
import { loadingStatus, type LoadStatus } from './load-status';
import type { ColumnMapping, ImportError, ImportResult, IncidentDataset, IncidentDateRange, InputFile, JoinResult } from '../types';
import { useImportSettingsStore } from './import-settings-store';
import { NO_FILTER, type IncidentFilter } from '../analysis/incident-filter';
import { useViewStore } from './view-store';
import { useLayerStore } from './layer-store';
import { robustBBox } from '../geo/robust-bbox';
import { contentId } from '../data/stable-id';
import { claimId, givenId } from './id-claims';
import { service, type IncidentWorker } from './services';
export type { IncidentWorker };
import type { PopulationChoice } from './population-derived';
import { useLocaleStore } from './locale-store';
import { nameIncidentDataset } from './dataset-names';

export interface IncidentDisplay {
  heatmap: boolean;
  points: boolean;
  radiusPx: number;
  intensity: number;
  /** Weight the heatmap by the file's weight column (when it has one). */
  weighted: boolean;
}

export const DEFAULT_DISPLAY: IncidentDisplay = { heatmap: true, points: false, radiusPx: 30, intensity: 1, weighted: false };


interface IncidentState {
  incidents: Record<string, IncidentDataset>;
  order: string[];
  /** Copies of each dataset's files, so a corrected column mapping can re-read them. */
  sourceFiles: Record<string, InputFile[]>;
  status: LoadStatus;
  /** The join being counted in the worker (not a file load), or null. */
  joining: { incidentId: string; boundaryId: string } | null;
  errors: ImportError[];
  filters: Record<string, IncidentFilter>;
  display: Record<string, IncidentDisplay>;
  /** The boundary layer each incident dataset is joined into, with the join result. */
  joins: Record<string, JoinResult>;
  /** The population column the user chose for rates, per boundary layer id; absent = the detected one. */
  populations: Record<string, PopulationChoice>;

  /** `replaceId` re-reads a loaded dataset; `id` is the id a workspace restore gives the new one. */
  /** `dateRange` (years a date may fall in) defaults to the user's setting (import-settings-store), then 1990 to next year. */
  loadIncidents: (files: InputFile[], options?: { mapping?: ColumnMapping; replaceId?: string; id?: string; dateRange?: IncidentDateRange }) => Promise<void>;
  remapIncidents: (id: string, mapping: ColumnMapping) => Promise<void>;
  joinIncidents: (id: string, boundaryId: string) => Promise<void>;
  setFilter: (id: string, change: Partial<IncidentFilter>) => void;
  setDisplay: (id: string, change: Partial<IncidentDisplay>) => void;
  renameIncidents: (id: string, label: string) => void;
  /** Sets (or with null, clears back to detection) the population behind a boundary layer's rates. */
  choosePopulation: (boundaryId: string, choice: PopulationChoice | null) => void;
  removeIncidents: (id: string) => void;
  forgetBoundary: (boundaryId: string) => void;
  dismissErrors: () => void;
}

function labelFor(files: InputFile[]): string {
  const base = files[0]?.name.replace(/\.(csv|tsv|txt|geojson|json)$/i, '') ?? 'incidents';
  return files.length > 1 ? `${base} + ${files.length - 1} more` : base;
}

export const useIncidentStore = create<IncidentState>((set, get) => ({
  incidents: {},
  order: [],
  sourceFiles: {},
  status: { kind: 'idle' },
  joining: null,
  errors: [],
  filters: {},
  display: {},
  joins: {},
  populations: {},

  loadIncidents: async (files, options) => {
    const given = options?.replaceId ?? options?.id;
    const { id, release } = given ? givenId(given) : claimId(await contentId('incidents', files), (taken) => !!get().incidents[taken]);
    const copies = files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
    const previous = options?.replaceId ? get().incidents[options.replaceId] : undefined;
    set({ status: loadingStatus(files), errors: [] });
    let result: ImportResult<IncidentDataset>;
    try {
      const dateRange = options?.dateRange ?? useImportSettingsStore.getState().dateRange ?? undefined;
      result = await service('incidentWorker').load(files, { id, label: previous?.label ?? labelFor(files), mapping: options?.mapping, ...(dateRange ? { dateRange } : {}) }, (progress, step) =>
        set((s) => (s.status.kind === 'loading' ? { status: { ...s.status, progress, step } } : s)),
      );
    } catch (thrown) {
      set({ status: { kind: 'idle' }, errors: [{ code: 'parse-failed', detail: 'stopped', file: files.map((f) => f.name).join(', '), params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } }] });
      return;
    } finally {
      // Nothing awaits between here and adding the dataset, so no other import can take the id.
      release();
    }
    if (!result.ok) {
      set({ status: { kind: 'idle' }, errors: [result.error] });
      return;
    }
    // Named from what it is ("Police recorded crime · Gwent · Jan – Dec 2021"); a reload keeps the name it had.
    const dataset = previous ? result.value : { ...result.value, label: nameIncidentDataset(result.value.files, result.value.timeMs, useLocaleStore.getState().locale) };
    set((s) => ({
      incidents: { ...s.incidents, [id]: dataset },
      order: s.order.includes(id) ? s.order : [...s.order, id],
      sourceFiles: { ...s.sourceFiles, [id]: copies },
      filters: { ...s.filters, [id]: s.filters[id] && previous ? s.filters[id] : NO_FILTER },
      display: { ...s.display, [id]: s.display[id] ?? DEFAULT_DISPLAY },
      status: { kind: 'idle' },
    }));
    // Fit to where the incidents really are: police.uk files carry a few points snapped far away.
    if (!previous && dataset.count > 0) useViewStore.getState().requestFit(robustBBox(dataset.lng, dataset.lat));
    // Join into the layer on the map, so counts are ready as a choropleth field.
    const target = get().joins[id]?.boundaryId ?? useLayerStore.getState().activeLayerId;
    if (target) await get().joinIncidents(id, target);
  },

  remapIncidents: async (id, mapping) => {
    const files = get().sourceFiles[id];
    if (!files) return;
    await get().loadIncidents(files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) })), { mapping, replaceId: id });
  },

  joinIncidents: async (id, boundaryId) => {
    set({ joining: { incidentId: id, boundaryId } });
    try {
      const join = await service('incidentWorker').join(id, boundaryId);
      set((s) => ({ joins: { ...s.joins, [id]: join }, joining: null }));
    } catch (thrown) {
      set({ joining: null, errors: [{ code: 'parse-failed', detail: 'join-stopped', file: get().incidents[id]?.label ?? id, params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } }] });
    }
  },

  setFilter: (id, change) => set((s) => ({ filters: { ...s.filters, [id]: { ...(s.filters[id] ?? NO_FILTER), ...change } } })),
  setDisplay: (id, change) => set((s) => ({ display: { ...s.display, [id]: { ...(s.display[id] ?? DEFAULT_DISPLAY), ...change } } })),
  renameIncidents: (id, label) =>
    set((s) => {
      const dataset = s.incidents[id];
      return dataset && label.trim() ? { incidents: { ...s.incidents, [id]: { ...dataset, label: label.trim() } } } : s;
    }),
  choosePopulation: (boundaryId, choice) =>
    set((s) => {
      const { [boundaryId]: _previous, ...others } = s.populations;
      return { populations: choice ? { ...others, [boundaryId]: choice } : others };
    }),
  removeIncidents: (id) => {
    set((s) => {
      const drop = <T,>(record: Record<string, T>) => Object.fromEntries(Object.entries(record).filter(([key]) => key !== id));
      return { incidents: drop(s.incidents), sourceFiles: drop(s.sourceFiles), filters: drop(s.filters), display: drop(s.display), joins: drop(s.joins), order: s.order.filter((x) => x !== id) };
    });
    void service('incidentWorker').forget(id);
  },
  forgetBoundary: (boundaryId) =>
    set((s) => ({
      joins: Object.fromEntries(Object.entries(s.joins).filter(([, j]) => j.boundaryId !== boundaryId)),
      populations: Object.fromEntries(Object.entries(s.populations).filter(([id]) => id !== boundaryId)),
    })),
  dismissErrors: () => set({ errors: [] }),
}));
