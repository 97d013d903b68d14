/**
 * Several authorities on one map (issue 7): shared or per-authority classification, merged layers and the
 * boundary band. The band is computed in small slices between frames so the page never freezes.
 */
import { create } from 'zustand';
import type { AreaDataset } from '../types';
import type { BoundaryBand } from '../geo/boundary-band';
import { startBoundaryBand } from '../geo/boundary-band';
import { mergeAreaDatasets } from '../data/authorities/merge-datasets';
import { assignAuthority } from '../data/authorities/detect-authorities';
import { useDataStore } from './data-store';
import { useAnalysisStore } from './analysis-store';
import { DEFAULT_OPACITY, useViewStore } from './view-store';

export type ClassifyMode = 'shared' | 'per-authority';

/** What the band was asked for: authorities are indexes into the dataset's `authorities`. */
export interface BandRequest {
  datasetId: string;
  a: number;
  b: number;
  distanceM: number;
}

export type BandStatus =
  | { kind: 'idle' }
  | { kind: 'running'; request: BandRequest; progress: number }
  | { kind: 'ready'; request: BandRequest; band: BoundaryBand };

/** Told to the user about a merged layer: vintages and levels it mixes, codes dropped as duplicates. */
export interface MergeNote {
  vintageYears: number[];
  levels: AreaDataset['level'][];
  duplicateCodes: string[];
  sources: string[];
}

interface NeighbourState {
  classifyMode: ClassifyMode;
  band: BandStatus;
  mergeNotes: Record<string, MergeNote>;
  setClassifyMode: (mode: ClassifyMode) => void;
  showBand: (request: BandRequest) => void;
  clearBand: () => void;
  mergeLayers: (ids: string[], label: string) => string | null;
  setDatasetAuthority: (datasetId: string, code: string, name: string) => void;
}

/** Milliseconds of band work per slice: well under a frame at 60 Hz. */
const SLICE_MS = 12;
let bandRun = 0;
let mergeCount = 0;

function nextTick(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}

export const useNeighbourStore = create<NeighbourState>((set, get) => ({
  classifyMode: 'shared',
  band: { kind: 'idle' },
  mergeNotes: {},

  setClassifyMode: (mode) => set({ classifyMode: mode }),

  showBand: (request) => {
    const dataset = useDataStore.getState().datasets[request.datasetId];
    if (!dataset?.areaAuthorities || request.a === request.b) return;
    const run = ++bandRun;
    const job = startBoundaryBand(dataset.features.map((f) => f.geometry), dataset.areaAuthorities, request.a, request.b, request.distanceM);
    set({ band: { kind: 'running', request, progress: 0 } });
    void (async () => {
      for (;;) {
        const started = performance.now();
        let done = false;
        while (!done && performance.now() - started < SLICE_MS) done = job.step(4);
        if (run !== bandRun) return;
        if (done) break;
        set({ band: { kind: 'running', request, progress: job.progress() } });
        await nextTick();
        if (run !== bandRun) return;
      }
      set({ band: { kind: 'ready', request, band: job.result() } });
    })();
  },

  clearBand: () => {
    bandRun += 1;
    set({ band: { kind: 'idle' } });
  },

  mergeLayers: (ids, label) => {
    const data = useDataStore.getState();
    const datasets = ids.map((id) => data.datasets[id]).filter((d): d is AreaDataset => !!d);
    if (datasets.length < 2) return null;
    const id = `merged-${++mergeCount}`;
    const merged = mergeAreaDatasets(datasets, { id, label });
    useDataStore.setState((s) => ({ datasets: { ...s.datasets, [id]: merged.dataset }, order: [...s.order, id], warnings: { ...s.warnings, [id]: [] } }));
    set((s) => ({ mergeNotes: { ...s.mergeNotes, [id]: { vintageYears: merged.vintageYears, levels: merged.levels, duplicateCodes: merged.duplicateCodes, sources: datasets.map((d) => d.label) } } }));
    const style = useAnalysisStore.getState().styles[datasets[0].id];
    if (style) useAnalysisStore.getState().initStyle(id, style);
    const view = useViewStore.getState();
    for (const d of datasets) view.setVisible(d.id, false);
    view.setOpacity(id, view.opacity[datasets[0].id] ?? DEFAULT_OPACITY);
    view.setActiveDataset(id);
    view.requestFit(merged.dataset.bbox);
    return id;
  },

  setDatasetAuthority: (datasetId, code, name) => {
    const dataset = useDataStore.getState().datasets[datasetId];
    if (!dataset || !(code.trim() || name.trim())) return;
    const assigned = assignAuthority(dataset.features.length, code, name);
    useDataStore.setState((s) => ({ datasets: { ...s.datasets, [datasetId]: { ...dataset, ...assigned } } }));
    if (get().band.kind !== 'idle' && (get().band as { request: BandRequest }).request.datasetId === datasetId) get().clearBand();
  },
}));

/** Area codes of the band on each side for a dataset, or null when no band is shown on it. */
export function useBandCodes(datasetId: string): { sideA: string[]; sideB: string[] } | null {
  const band = useNeighbourStore((s) => s.band);
  const dataset = useDataStore((s) => s.datasets[datasetId]);
  if (band.kind !== 'ready' || band.request.datasetId !== datasetId || !dataset) return null;
  return cachedCodes(band.band, dataset);
}

const codesCache = new WeakMap<BoundaryBand, { sideA: string[]; sideB: string[] }>();
function cachedCodes(band: BoundaryBand, dataset: AreaDataset) {
  let codes = codesCache.get(band);
  if (!codes) {
    codes = { sideA: band.sideA.map((a) => dataset.areaCodes[a.index]), sideB: band.sideB.map((a) => dataset.areaCodes[a.index]) };
    codesCache.set(band, codes);
  }
  return codes;
}
