import { useLocaleStore } from '../state/locale-store';
import { provideServices } from '../state/services';
import { recordingServices } from '../state/workspace/recording-services';
import { registerBuiltinWorkspaceParts } from '../state/workspace/parts';
import { startWorkspace } from '../state/workspace/workspace-store';
import { indexedDbWorkspaceStorage } from '../state/workspace/indexeddb-storage';
import { identifyFilesInWorker, forgetDatasetInWorker, joinIncidentsInWorker, loadBoundariesInWorker, loadIncidentsInWorker, loadTablesInWorker, loadTensionsInWorker, hotspotsInWorker, periodCountsInWorker, mergeBoundariesInWorker, boundaryBandInWorker } from '../workers/client';
import { importSharePackages } from '../state/share-import';
import { useExportStore } from '../state/export-store';
import { testHooks } from '../map/test-hooks';
import { isSectionId, useSectionStore } from '../state/section-store';

let started = false;

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
    boundaryLoader: loadBoundariesInWorker,
    tableLoader: loadTablesInWorker,
    tensionLoader: loadTensionsInWorker,
    incidentWorker: { load: loadIncidentsInWorker, join: joinIncidentsInWorker, forget: forgetDatasetInWorker },
    hotspotWorker: hotspotsInWorker,
    periodCountWorker: periodCountsInWorker,
    neighbourWorker: { merge: mergeBoundariesInWorker, band: boundaryBandInWorker },
    sharePackages: importSharePackages,
    workspaceStorage: indexedDbWorkspaceStorage(),
  }));
  registerBuiltinWorkspaceParts();
  // `atlas export --json` reads what the last export drew from the page.
  useExportStore.subscribe((s, p) => { if (s.report !== p.report) testHooks().exportReport = s.report; });
  testHooks().revealSection = (element) => {
    const section = element.closest('[data-section]')?.getAttribute('data-section');
    if (isSectionId(section)) useSectionStore.getState().openSection(section);
  };
  void startWorkspace();
}
