/**
 * Several authorities on one map (issue 7): shared or per-authority classification, merged layers and the
 * boundary band. Merging and the band run in the import worker, which holds the geometry.
 */
import { create } from 'zustand';
import type { AreaDataset, BandRequest, BoundaryBand, VintageYear } from '../types';
import { mergeAreaDatasets } from '../data/authorities/merge-datasets';
import { assignAuthority, type AuthorityAssignment } from '../data/authorities/detect-authorities';
import { authoritiesFromLayer } from '../data/authorities/authorities-from-layer';
import { randomId } from '../data/stable-id';
import { useDataStore } from './data-store';
import { useLayerStore } from './layer-store';
import { useViewStore } from './view-store';
import { useIncidentStore } from './incident-store';
import { service, type NeighbourWorker } from './services';
export type { NeighbourWorker };

export type { BandRequest };
export type ClassifyMode = 'shared' | 'per-authority';

export type BandStatus =
  | { kind: 'idle' }
  | { kind: 'running'; request: BandRequest }
  | { kind: 'ready'; request: BandRequest; band: BoundaryBand }
  | { kind: 'error'; request: BandRequest; message: string };

/** Told to the user about a merged layer: vintages it mixes, codes dropped as duplicates. */
export interface MergeNote {
  vintageYears: VintageYear[];
  mixedVintages: boolean;
  duplicateCodes: string[];
  sources: string[];
  /** The merged layers' ids, so a saved workspace can merge them again. */
  sourceIds: string[];
}

interface NeighbourState {
  classifyMode: ClassifyMode;
  band: BandStatus;
  mergeNotes: Record<string, MergeNote>;
  /** The last merge that failed (the layers it was asked for, and why), shown by the merge button; null when none. */
  mergeFailure: { ids: string[]; detail: string } | null;
  /** Authorities the user set (kept in the workspace), by dataset id: one for the whole layer, or taken from an authority layer. */
  userAuthorities: Record<string, UserAuthority>;
  setClassifyMode: (mode: ClassifyMode) => void;
  showBand: (request: BandRequest) => Promise<void>;
  clearBand: () => void;
  /** Merges the layers into one; null (and `mergeFailure` set) when it cannot. `mergedId`: the id a workspace restore gives the merged layer; a new random one otherwise. */
  mergeLayers: (ids: string[], label: string, mergedId?: string) => Promise<string | null>;
  setDatasetAuthority: (datasetId: string, code: string, name: string) => void;
  /** Gives each area of `datasetId` the authority of `layerId`'s polygon it lies in; false when either is missing. */
  setAuthoritiesFromLayer: (datasetId: string, layerId: string) => boolean;
}

/** An authority choice the user made for a layer. */
export type UserAuthority = { code: string; name: string } | { layer: string };

let bandRun = 0;

export const useNeighbourStore = create<NeighbourState>((set) => ({
  classifyMode: 'shared',
  band: { kind: 'idle' },
  mergeNotes: {},
  mergeFailure: null,
  userAuthorities: {},

  setClassifyMode: (mode) => set({ classifyMode: mode }),

  showBand: async (request) => {
    const dataset = useDataStore.getState().datasets[request.datasetId];
    if (!dataset?.areaAuthorities || request.a === request.b) return;
    const run = ++bandRun;
    set({ band: { kind: 'running', request } });
    try {
      const band = await service('neighbourWorker').band({ ...request, areaAuthorities: dataset.areaAuthorities });
      if (run === bandRun) set({ band: { kind: 'ready', request, band } });
    } catch (thrown) {
      if (run === bandRun) set({ band: { kind: 'error', request, message: thrown instanceof Error ? thrown.message : String(thrown) } });
    }
  },

  clearBand: () => {
    bandRun += 1;
    set({ band: { kind: 'idle' } });
  },

  mergeLayers: async (ids, label, mergedId) => {
    const data = useDataStore.getState();
    const datasets = ids.map((id) => data.datasets[id]).filter((d): d is AreaDataset => !!d);
    if (datasets.length < 2) return null;
    const id = mergedId ?? randomId('merged');
    // The worker merges its own copies the same way, so area indexes agree for joins and the band; a received
    // share package was restored here, never in the worker, so it is handed over first.
    try {
      await service('neighbourWorker').merge(datasets.map((d) => d.id), id, label, datasets.filter((d) => d.origin?.kind === 'share-package'));
    } catch (thrown) {
      set({ mergeFailure: { ids, detail: thrown instanceof Error ? thrown.message : String(thrown) } });
      return null;
    }
    set({ mergeFailure: null });
    const merged = mergeAreaDatasets(datasets, { id, label });
    useDataStore.setState((s) => ({ datasets: { ...s.datasets, [id]: merged.dataset }, order: [...s.order, id], warnings: { ...s.warnings, [id]: [] } }));
    set((s) => ({ mergeNotes: { ...s.mergeNotes, [id]: { vintageYears: merged.vintageYears, mixedVintages: merged.mixedVintages, duplicateCodes: merged.duplicateCodes, sources: datasets.map((d) => d.label), sourceIds: datasets.map((d) => d.id) } } }));
    const layers = useLayerStore.getState();
    const first = layers.layers[datasets[0].id];
    if (first) layers.addLayer(id, { style: first.style, opacity: first.opacity });
    for (const d of datasets) layers.setVisible(d.id, false);
    layers.setActiveLayer(id);
    useViewStore.getState().requestFit(merged.dataset.bbox);
    // Incidents counted in one of the merged layers are counted again in the merged one.
    const incidents = useIncidentStore.getState();
    for (const join of Object.values(incidents.joins)) {
      if (ids.includes(join.boundaryId)) await incidents.joinIncidents(join.incidentId, id);
    }
    return id;
  },

  setDatasetAuthority: (datasetId, code, name) => {
    const dataset = useDataStore.getState().datasets[datasetId];
    if (!dataset || !(code.trim() || name.trim())) return;
    applyAuthorities(dataset, assignAuthority(dataset.features.length, code, name), { code, name });
  },

  setAuthoritiesFromLayer: (datasetId, layerId) => {
    const { datasets } = useDataStore.getState();
    const dataset = datasets[datasetId];
    const layer = datasets[layerId];
    if (!dataset || !layer || datasetId === layerId) return false;
    applyAuthorities(dataset, authoritiesFromLayer(dataset.features, layer), { layer: layerId });
    return true;
  },
}));

/** Puts the user's authority choice on the layer and records it; a band drawn on the layer no longer holds. */
function applyAuthorities(dataset: AreaDataset, assigned: AuthorityAssignment, choice: UserAuthority): void {
  useDataStore.setState((s) => ({ datasets: { ...s.datasets, [dataset.id]: { ...dataset, ...assigned } } }));
  useNeighbourStore.setState((s) => ({ userAuthorities: { ...s.userAuthorities, [dataset.id]: choice } }));
  const { band, clearBand } = useNeighbourStore.getState();
  if (band.kind !== 'idle' && band.request.datasetId === dataset.id) clearBand();
}

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
