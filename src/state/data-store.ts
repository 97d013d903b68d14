/**
 * Loaded boundary datasets and their load status. Loading runs in the import worker; the store keeps
 * what is already loaded whatever happens to a new file.
 */
import { create } from 'zustand';
import type { AreaDataset, BoundaryLoadRequest, FileKind, FileKindDecision, ImportError, ImportResult, ImportWarning, InputFile, LayerSpec } from '../types';
import { buildAreaDataset } from '../data/area-dataset';
import { chooseDefaultField } from '../analysis/default-field';
import { DEFAULT_CLASSIFICATION, DEFAULT_OPACITY, useLayerStore } from './layer-store';
import { useViewStore } from './view-store';
import { useIncidentStore } from './incident-store';
import { useTableStore } from './table-store';
import { useTensionStore } from './tension-store';
import { usePostcodeStore } from './postcode-store';
import { useReportStore } from './report-store';
import { usePlaceStore } from './place-store';
import { loadingStatus, type LoadStatus } from './load-status';
import { workspaceDroppedError } from '../data/file-kind-errors';
import { contentId } from '../data/stable-id';
import { claimId } from './id-claims';
import { service, type BoundaryLoader, type SharePackageHandler, type FileIdentifier } from './services';
import { useLocaleStore } from './locale-store';
import { nameAreaDataset } from './dataset-names';
import { unionBBox } from '../geo/bbox';
export type { BoundaryLoader, SharePackageHandler, FileIdentifier };

export type { LoadStatus };

/** A TopoJSON file with several objects, waiting for the user to pick one. Keeps a copy of its bytes. */
export interface PendingObjectChoice {
  file: InputFile;
  choices: string[];
}

interface DataState {
  datasets: Record<string, AreaDataset>;
  order: string[];
  status: LoadStatus;
  /** Errors from the latest load, shown until dismissed. */
  errors: ImportError[];
  warnings: Record<string, ImportWarning[]>;
  pendingChoices: PendingObjectChoice[];

  /** `ids`: the ids a workspace restore gives what these files produce (saved ids, in order). */
  loadFiles: (files: InputFile[], options?: { topojsonObject?: string; ids?: string[] }) => Promise<void>;
  /** Loads the example's files (ids from their file names), named `labels` (in file order) and styled by `presets`. */
  loadExample: (files: InputFile[], presets: LayerSpec[], labels: string[]) => Promise<void>;
  chooseTopojsonObject: (fileName: string, objectName: string) => Promise<void>;
  dismissErrors: () => void;
  renameDataset: (id: string, label: string) => void;
  removeDataset: (id: string) => void;
  setAreaFields: (id: string, codeField: string | null, nameField: string | null) => void;
  /** Adds datasets built elsewhere (a share package), styled with `valueField` when given, and fits them. */
  addDatasets: (datasets: AreaDataset[], warnings: Record<string, ImportWarning[]>, valueFields?: Record<string, string>) => void;
}

/** A crash in the worker is a bug, but the user still gets a message naming the files. */
function stoppedError(files: InputFile[], thrown: unknown): ImportError {
  return {
    code: 'parse-failed',
    detail: 'stopped',
    file: files.map((f) => f.name).join(', '),
    params: { reason: thrown instanceof Error ? thrown.message : String(thrown) },
  };
}

/** Files whose bytes we may need again: to pick a TopoJSON object, or to load GeoJSON points as incidents. */
function mayNeedAgain(file: InputFile): boolean {
  // Points in the formats of issue 19 (GeoPackage, KML, WKT CSV, FlatGeobuf, GeoParquet) go to incidents too.
  return /\.((geo|topo)?json|gpkg|kml|kmz|fgb|parquet|csv)$/i.test(file.name);
}


/** A boundary layer's name in words; a layer of unknown areas from no known authority keeps its file's name. */
function readableAreaName(dataset: AreaDataset): string {
  if (dataset.level === 'other' && !dataset.authorities?.length) return dataset.label;
  return nameAreaDataset(dataset, useLocaleStore.getState().locale);
}

export const useDataStore = create<DataState>((set, get) => {
  /** Runs one import and applies its results; presets (example data) style the new layers. */
  async function runImport(request: Omit<BoundaryLoadRequest, 'idPrefix'>, presets: LayerSpec[] = []): Promise<void> {
    const kept = request.files.filter(mayNeedAgain).map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));
    set({ status: loadingStatus(request.files), errors: [] });
    // Content-derived: `<prefix>-1`, `<prefix>-2`… per dataset; a second load of the same files gets `<prefix>_2-1`….
    const base = await contentId('boundaries', request.files, request.topojsonObject ? [request.topojsonObject] : []);
    const prefix = claimId(base, (candidate) => get().order.some((id) => id.startsWith(`${candidate}-`)));
    let results: ImportResult<AreaDataset>[];
    try {
      results = await service('boundaryLoader')({ ...request, idPrefix: prefix.id }, (progress, step) =>
        set((s) => (s.status.kind === 'loading' ? { status: { ...s.status, progress, step } } : s)),
      );
    } catch (thrown) {
      set({ status: { kind: 'idle' }, errors: [stoppedError(request.files, thrown)] });
      return;
    } finally {
      // Nothing awaits between here and adding the datasets, so no other import can take the prefix.
      prefix.release();
    }
    const errors: ImportError[] = [];
    const pointFiles: InputFile[] = [];
    const pending: PendingObjectChoice[] = [];
    const loaded: AreaDataset[] = [];
    const warnings: Record<string, ImportWarning[]> = {};
    for (const result of results) {
      if (result.ok) {
        // Named from what it is ("LSOAs 2011 · Caerphilly") unless the caller named it (the example).
        loaded.push(request.labels ? result.value : { ...result.value, label: readableAreaName(result.value) });
        warnings[result.value.id] = result.warnings;
      } else if (result.error.code === 'wrong-geometry' && result.error.foundPoints && kept.some((f) => f.name === result.error.file)) {
        pointFiles.push(kept.find((f) => f.name === result.error.file)!);
      } else if (result.error.code === 'ambiguous-topojson-object' && result.error.choices?.length) {
        const file = kept.find((f) => f.name === result.error.file);
        if (file) pending.push({ file, choices: result.error.choices });
        else errors.push(result.error);
      } else {
        errors.push(result.error);
      }
    }
    set((s) => ({
      datasets: { ...s.datasets, ...Object.fromEntries(loaded.map((d) => [d.id, d])) },
      order: [...s.order, ...loaded.map((d) => d.id)],
      warnings: { ...s.warnings, ...warnings },
      errors,
      pendingChoices: [...s.pendingChoices.filter((p) => !pending.some((q) => q.file.name === p.file.name)), ...pending],
      status: { kind: 'ready', loaded: loaded.map((d) => ({ label: d.label, count: d.features.length })) },
    }));
    for (const dataset of loaded) applyInitialStyle(dataset, presets);
    const shown = loaded.filter((d) => useLayerStore.getState().layers[d.id]?.visible);
    if (shown.length) useViewStore.getState().requestFit(unionBBox(shown.map((d) => d.bbox)));
    // A GeoJSON of points is not a boundary file: it is loaded as incidents instead.
    if (pointFiles.length) await useIncidentStore.getState().loadIncidents(pointFiles);
  }

  return {
    datasets: {},
    order: [],
    status: { kind: 'idle' },
    errors: [],
    warnings: {},
    pendingChoices: [],

    loadFiles: async (files, options) => {
      // The registry decides in the worker; the load status shows meanwhile (a workbook takes a moment).
      const previous = get().status;
      set({ status: loadingStatus(files) });
      let decisions: FileKindDecision[];
      try {
        decisions = await service('identifyFiles')(files);
      } catch (thrown) {
        set({ status: { kind: 'idle' }, errors: [stoppedError(files, thrown)] });
        return;
      }
      set({ status: previous });
      const filesOf = (...kinds: FileKind[]) => files.filter((_, i) => kinds.includes(decisions[i].kind));
      const shareFiles = filesOf('share-package');
      // Errors of files that never reach a loader; the boundary import below resets the list, so add them after it.
      const routingErrors = filesOf('workspace').map((f) => workspaceDroppedError(f.name));
      if (shareFiles.length) routingErrors.push(...await service('sharePackages')(shareFiles, options?.ids));
      // Unknown files go to the boundary importer, which says what it can read.
      const boundaryFiles = filesOf('boundaries', 'unknown');
      if (boundaryFiles.length) await runImport({ files: boundaryFiles, topojsonObject: options?.topojsonObject, ids: options?.ids });
      if (routingErrors.length || shareFiles.length) set((s) => ({ errors: [...(boundaryFiles.length ? s.errors : []), ...routingErrors] }));
      const indicatorFiles = filesOf('indicators');
      const incidentFiles = filesOf('incidents');
      const tensionFiles = filesOf('tensions');
      const postcodeFiles = filesOf('postcodes');
      const placeFiles = filesOf('places');
      // Lookups first, so incidents dropped with them are placed by them.
      if (postcodeFiles.length) await usePostcodeStore.getState().loadPostcodes(postcodeFiles);
      if (indicatorFiles.length) await useTableStore.getState().loadTables(indicatorFiles);
      if (incidentFiles.length) await useIncidentStore.getState().loadIncidents(incidentFiles);
      if (tensionFiles.length) await useTensionStore.getState().loadTensions(tensionFiles);
      // Tension reports (issue 14) are checked against the layer they are placed and counted on: the active one, else the first.
      const reportFiles = filesOf('reports');
      if (reportFiles.length) {
        const layerId = useLayerStore.getState().activeLayerId ?? get().order[0];
        const layer = layerId ? get().datasets[layerId] : undefined;
        await useReportStore.getState().importReports(reportFiles, layer ? { areaCodes: layer.areaCodes, areaNames: layer.areaNames } : null);
      }
      if (placeFiles.length) await usePlaceStore.getState().loadPlaces(placeFiles);
    },

    loadExample: (files, presets, labels) =>
      runImport(
        {
          files,
          isExample: true,
          ids: files.map((f) => f.name.replace(/\.geojson$/, '')),
          labels,
        },
        presets,
      ),

    chooseTopojsonObject: async (fileName, objectName) => {
      const choice = get().pendingChoices.find((p) => p.file.name === fileName);
      if (!choice) return;
      set((s) => ({ pendingChoices: s.pendingChoices.filter((p) => p !== choice) }));
      await runImport({ files: [choice.file], topojsonObject: objectName });
    },

    dismissErrors: () => set({ errors: [] }),

    addDatasets: (added, warnings, valueFields = {}) => {
      if (!added.length) return;
      set((s) => ({
        datasets: { ...s.datasets, ...Object.fromEntries(added.map((d) => [d.id, d])) },
        order: [...s.order, ...added.map((d) => d.id)],
        warnings: { ...s.warnings, ...warnings },
        status: { kind: 'ready', loaded: added.map((d) => ({ label: d.label, count: d.features.length })) },
      }));
      for (const dataset of added) {
        applyInitialStyle(dataset, []);
        if (valueFields[dataset.id]) useLayerStore.getState().setValueField(dataset.id, valueFields[dataset.id]);
      }
      useViewStore.getState().requestFit(unionBBox(added.map((d) => d.bbox)));
    },

    renameDataset: (id, label) =>
      set((s) => {
        const dataset = s.datasets[id];
        const trimmed = label.trim();
        return dataset && trimmed ? { datasets: { ...s.datasets, [id]: { ...dataset, label: trimmed } } } : s;
      }),

    removeDataset: (id) => {
      set((s) => {
        const { [id]: _removed, ...datasets } = s.datasets;
        const { [id]: _warnings, ...warnings } = s.warnings;
        return { datasets, warnings, order: s.order.filter((x) => x !== id) };
      });
      useViewStore.getState().forgetDataset(id);
      useLayerStore.getState().removeLayer(id);
      useIncidentStore.getState().forgetBoundary(id);
      const layers = useLayerStore.getState();
      if (!layers.activeLayerId) {
        const next = get().order.find((x) => layers.layers[x]?.visible) ?? get().order[0] ?? null;
        layers.setActiveLayer(next);
      }
    },

    setAreaFields: (id, codeField, nameField) => {
      const dataset = get().datasets[id];
      if (!dataset) return;
      const rebuilt = buildAreaDataset(dataset, { id, label: dataset.label, isExample: dataset.isExample, codeField, nameField });
      if (!rebuilt.ok) {
        set({ errors: [rebuilt.error] });
        return;
      }
      set((s) => ({
        datasets: { ...s.datasets, [id]: rebuilt.value },
        warnings: { ...s.warnings, [id]: rebuilt.warnings },
        errors: [],
      }));
    },
  };
});

/** Visibility, opacity and choropleth of a newly loaded layer: from its preset, else sensible defaults. */
function applyInitialStyle(dataset: AreaDataset, presets: LayerSpec[]): void {
  const preset = presets.find((p) => p.datasetId === dataset.id && p.kind === 'choropleth');
  const layers = useLayerStore.getState();
  const fieldExists = (name: string | undefined) => !!name && dataset.fields.some((f) => f.name === name);
  const visible = preset ? preset.visible : true;
  layers.addLayer(dataset.id, {
    style: {
      valueField: fieldExists(preset?.valueField) ? preset!.valueField! : chooseDefaultField(dataset.fields, dataset.codeField),
      options: {
        ...DEFAULT_CLASSIFICATION,
        ...(preset?.classification ?? {}),
        paletteId: preset?.palette ?? DEFAULT_CLASSIFICATION.paletteId,
      },
    },
    opacity: preset?.opacity ?? DEFAULT_OPACITY,
    visible,
  });
  if (visible && (!preset || !layers.activeLayerId)) layers.setActiveLayer(dataset.id);
}
