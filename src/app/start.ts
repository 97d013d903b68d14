import { setBoundaryLoader, setFileIdentifier } from '../state/data-store';
import { useLocaleStore } from '../state/locale-store';
import { setIncidentWorker } from '../state/incident-store';
import { setTableLoader } from '../state/table-store';
import { setTensionLoader } from '../state/tension-store';
import { setHotspotWorker } from '../state/hotspot-store';
import { setPeriodCountWorker } from '../state/period-counts';
import { recordingBoundaryLoader, recordingIncidentWorker, recordingTableLoader, recordingTensionLoader } from '../state/workspace/source-recorder';
import { registerBuiltinWorkspaceParts } from '../state/workspace/parts';
import { startWorkspace } from '../state/workspace/workspace-store';
import { indexedDbWorkspaceStorage } from '../state/workspace/indexeddb-storage';
import { setNeighbourWorker } from '../state/neighbour-store';
import { identifyFilesInWorker, forgetDatasetInWorker, joinIncidentsInWorker, loadBoundariesInWorker, loadIncidentsInWorker, loadTablesInWorker, loadTensionsInWorker, hotspotsInWorker, periodCountsInWorker, mergeBoundariesInWorker, boundaryBandInWorker } from '../workers/client';
import { registerSharePackageImport } from '../state/share-import';
import { recordingSharePackages } from '../state/workspace/share-recorder';
import { useExportStore } from '../state/export-store';
import { testHooks } from '../map/test-hooks';

let started = false;

/**
 * Wires the worker into the stores (through the recorders that keep each loaded file for the saved
 * workspace) and restores the saved workspace, or opens the example borough. Runs once.
 */
export function startApp(): void {
  if (started) return;
  started = true;
  document.documentElement.lang = useLocaleStore.getState().locale;
  setFileIdentifier(identifyFilesInWorker);
  setBoundaryLoader(recordingBoundaryLoader(loadBoundariesInWorker));
  setTableLoader(recordingTableLoader(loadTablesInWorker));
  setTensionLoader(recordingTensionLoader(loadTensionsInWorker));
  setHotspotWorker(hotspotsInWorker);
  setPeriodCountWorker(periodCountsInWorker);
  registerSharePackageImport(recordingSharePackages);
  setNeighbourWorker({ merge: mergeBoundariesInWorker, band: boundaryBandInWorker });
  setIncidentWorker(recordingIncidentWorker({ load: loadIncidentsInWorker, join: joinIncidentsInWorker, forget: forgetDatasetInWorker }));
  registerBuiltinWorkspaceParts();
  // `atlas export --json` reads what the last export drew from the page.
  useExportStore.subscribe((s, p) => { if (s.report !== p.report) testHooks().exportReport = s.report; });
  void startWorkspace(indexedDbWorkspaceStorage());
}
