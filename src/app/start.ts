import { setBoundaryLoader } from '../state/data-store';
import { loadExampleData } from '../state/example-data';
import { useLocaleStore } from '../state/locale-store';
import { setIncidentWorker } from '../state/incident-store';
import { setTableLoader } from '../state/table-store';
import { setTensionLoader } from '../state/tension-store';
import { setHotspotWorker } from '../state/hotspot-store';
import { setPeriodCountWorker } from '../state/period-counts';
import { registerSharePackageImport } from '../state/share-import';
import { forgetDatasetInWorker, joinIncidentsInWorker, loadBoundariesInWorker, loadIncidentsInWorker, loadTablesInWorker, loadTensionsInWorker, hotspotsInWorker, periodCountsInWorker } from '../workers/client';

let started = false;

/** Wires the worker into the stores and opens the example borough. Runs once. */
export function startApp(): void {
  if (started) return;
  started = true;
  document.documentElement.lang = useLocaleStore.getState().locale;
  setBoundaryLoader(loadBoundariesInWorker);
  setTableLoader(loadTablesInWorker);
  setTensionLoader(loadTensionsInWorker);
  setHotspotWorker(hotspotsInWorker);
  setPeriodCountWorker(periodCountsInWorker);
  registerSharePackageImport();
  setIncidentWorker({ load: loadIncidentsInWorker, join: joinIncidentsInWorker, forget: forgetDatasetInWorker });
  void loadExampleData();
}
