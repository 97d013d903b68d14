import { useLocaleStore } from '../state/locale-store';
import { provideServices } from '../state/services';
import { recordingServices } from '../state/workspace/recording-services';
import { registerBuiltinWorkspaceParts } from '../state/workspace/parts';
import { startWorkspace, useWorkspaceStore } from '../state/workspace/workspace-store';
import { indexedDbWorkspaceStorage } from '../state/workspace/indexeddb-storage';
import { identifyFilesInWorker, forgetDatasetInWorker, adoptBoundariesInWorker, joinIncidentsInWorker, loadBoundariesInWorker, loadIncidentsInWorker, loadPostcodesInWorker, loadReportsInWorker, locatePostcodeInWorker, loadTablesInWorker, loadTensionsInWorker, hotspotsInWorker, periodCountsInWorker, mergeBoundariesInWorker, boundaryBandInWorker, applyDatumGridInWorker, writeWorkspaceFileInWorker, readWorkspaceFileInWorker, fileKeyInWorker, deflateInWorker, inflateInWorker, loadPlacesInWorker } from '../workers/client';
import { importSharePackages } from '../state/share-import';
import { useExportStore } from '../state/export-store';
import { testHooks } from '../map/test-hooks';
import { registerBoundaryMapSource } from '../map/layers/boundary-source';
import { applyOpeningHash, startUrlHash } from './url-hash';
import { startUndoHistory, useUndoStore } from '../state/undo-store';
import { useStorageStore, type StoragePersistence } from '../state/storage-store';
import { isSectionId, useSectionStore } from '../state/section-store';

let started = false;

/** `navigator.storage`, where the browser has it (not over plain http to another host, nor in old browsers). */
function browserStoragePersistence(): StoragePersistence {
  const manager = typeof navigator === 'undefined' ? undefined : navigator.storage;
  return {
    persisted: async () => (manager?.persisted ? manager.persisted() : null),
    persist: async () => (manager?.persist ? manager.persist() : null),
  };
}

/**
 * Provides the stores' services in one object (the worker's calls, through the recorders that keep each loaded
 * file for the saved workspace) and restores the saved workspace, or opens the example borough. Runs once.
 */
export function startApp(): void {
  if (started) return;
  started = true;
  document.documentElement.lang = useLocaleStore.getState().locale;
  provideServices(recordingServices({
    identifyFiles: identifyFilesInWorker,
    boundaryLoader: async (request, onProgress) => {
      const { results, mapSources } = await loadBoundariesInWorker(request, onProgress);
      for (const result of results) if (result.ok && mapSources[result.value.id]) registerBoundaryMapSource(result.value, mapSources[result.value.id]);
      return results;
    },
    tableLoader: loadTablesInWorker,
    tensionLoader: loadTensionsInWorker,
    incidentWorker: { load: loadIncidentsInWorker, join: joinIncidentsInWorker, forget: forgetDatasetInWorker, adopt: adoptBoundariesInWorker },
    postcodeLoader: loadPostcodesInWorker,
    reportWorker: { load: loadReportsInWorker, locatePostcode: locatePostcodeInWorker },
    datumGridWorker: applyDatumGridInWorker,
    placeLoader: loadPlacesInWorker,
    hotspotWorker: hotspotsInWorker,
    periodCountWorker: periodCountsInWorker,
    neighbourWorker: { merge: mergeBoundariesInWorker, band: boundaryBandInWorker },
    sharePackages: importSharePackages,
    workspaceStorage: indexedDbWorkspaceStorage({ deflate: deflateInWorker, inflate: inflateInWorker }),
    workspaceFiles: { write: writeWorkspaceFileInWorker, read: readWorkspaceFileInWorker, key: fileKeyInWorker },
    storagePersistence: browserStoragePersistence(),
  }));
  void useStorageStore.getState().requestPersistence();
  registerBuiltinWorkspaceParts();
  // `atlas export --json` reads what the last export drew from the page.
  useExportStore.subscribe((s, p) => { if (s.report !== p.report) testHooks().exportReport = s.report; });
  testHooks().revealSection = (element) => {
    const section = element.closest('[data-section]')?.getAttribute('data-section');
    if (isSectionId(section)) useSectionStore.getState().openSection(section);
  };
  void startWorkspace();
  followWorkspacePhase();
}

/**
 * Once the workspace is first ready, the URL hash is applied and followed; undo history starts then, and
 * starts again after every restore (opening a workspace file is not a step to undo).
 */
function followWorkspacePhase(): void {
  let hashStarted = false;
  let stopUndo: (() => void) | null = null;
  const onPhase = (phase: string, previous: string | null) => {
    if (phase !== 'ready') {
      stopUndo?.();
      stopUndo = null;
      return;
    }
    if (!hashStarted) startUrlHash();
    // Started again (the example chosen at the first-start question): the opening address applies to it.
    else if (previous === 'starting') applyOpeningHash();
    hashStarted = true;
    if (!stopUndo) {
      useUndoStore.setState({ past: [], future: [] });
      stopUndo = startUndoHistory();
    }
  };
  onPhase(useWorkspaceStore.getState().phase, null);
  useWorkspaceStore.subscribe((s, previous) => {
    if (s.phase !== previous.phase) onPhase(s.phase, previous.phase);
  });
}
