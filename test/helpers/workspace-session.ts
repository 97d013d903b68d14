/**
 * A workspace built in node through the real stores and importers (the import session stands in for
 * the worker): four small ward squares, an indicator table and incidents inside the squares, then some
 * settings changed. Used by the workspace tests and by the fixture generator.
 */
import { createImportSession, type ImportSession } from '../../src/workers/import-session';
import { useDataStore } from '../../src/state/data-store';
import { useTableStore } from '../../src/state/table-store';
import { useIncidentStore } from '../../src/state/incident-store';
import { useLayerStore } from '../../src/state/layer-store';
import { useTimelineStore } from '../../src/state/timeline-store';
import { useCameraStore } from '../../src/state/camera-store';
import { provideServices, type AppServices } from '../../src/state/services';
import { recordingServices } from '../../src/state/workspace/recording-services';
import { registerBuiltinWorkspaceParts } from '../../src/state/workspace/parts';
import { importSharePackages } from '../../src/state/share-import';
import { memoryWorkspaceStorage } from '../../src/state/workspace/workspace-storage';
import { fileKey, readWorkspaceFile, writeWorkspaceFile } from '../../src/data/workspace-file';
import { textFile } from './bytes';

const square = (code: string, name: string, x: number, value: number) => ({
  type: 'Feature',
  properties: { WD13CD: code, WD13NM: name, score: value },
  geometry: { type: 'Polygon', coordinates: [[[x, 51.5], [x + 0.02, 51.5], [x + 0.02, 51.52], [x, 51.52], [x, 51.5]]] },
});

/** Four wards in a row west to east, with a numeric `score`. */
export const WARDS_FILE = {
  name: 'tiny-wards.geojson',
  text: JSON.stringify({ type: 'FeatureCollection', features: [square('W05000001', 'Alpha', -3.2, 1), square('W05000002', 'Beta', -3.18, 2), square('W05000003', 'Gamma', -3.16, 3), square('W05000004', 'Delta', -3.14, 4)] }),
};

/** An indicator per ward. */
export const TABLE_FILE = { name: 'tiny-indicators.csv', text: 'Ward code,pct_long_term_ill,pct_no_car\nW05000001,10,30\nW05000002,12,25\nW05000003,15,40\nW05000004,9,20\n' };

/** Six incidents over three months, in the first and third wards. */
export const INCIDENTS_FILE = {
  name: 'tiny-incidents.csv',
  text: 'date,lng,lat,type\n2024-01-05,-3.19,51.51,Graffiti\n2024-01-20,-3.19,51.51,Graffiti\n2024-02-03,-3.15,51.51,Leaflets\n2024-02-14,-3.19,51.505,Graffiti\n2024-03-01,-3.15,51.515,Graffiti\n2024-03-09,-3.15,51.505,Leaflets\n',
};

/** Every service the stores call, answered in process by `session` (what the import worker runs in the app). */
export function nodeServices(session: ImportSession = createImportSession()): AppServices {
  return {
    identifyFiles: async (files) => session.identifyFiles(files),
    boundaryLoader: async (request, onProgress) => (await session.loadBoundaryDatasets(request, onProgress)).results,
    tableLoader: (files, request, onProgress) => session.loadTables(files, request, onProgress),
    tensionLoader: (files, request) => session.loadTensions(files, request),
    incidentWorker: {
      load: (files, request, onProgress) => session.loadIncidents(files, request, onProgress),
      join: async (incidentId, boundaryId) => session.joinIncidents(incidentId, boundaryId),
      forget: async (id) => session.forgetDataset(id),
      adopt: async (datasets) => session.adoptBoundaries(datasets),
    },
    postcodeLoader: (files, request) => session.loadPostcodes(files, request),
    reportWorker: { load: (files, request, onProgress) => session.loadReports(files, request, onProgress), locatePostcode: async (text) => session.locatePostcode(text) },
    datumGridWorker: async (file) => session.applyDatumGrid(file),
    placeLoader: (files, request) => session.loadPlaces(files, request),
    hotspotWorker: async (request) => session.hotspots(request),
    periodCountWorker: async (request) => session.periodCounts(request),
    neighbourWorker: { merge: async (ids, id, label, received) => session.mergeBoundaries(ids, id, label, received), band: async (request) => session.boundaryBand(request) },
    sharePackages: importSharePackages,
    workspaceStorage: memoryWorkspaceStorage(),
    workspaceFiles: { write: async (snapshot, files) => writeWorkspaceFile(snapshot, files), read: async (name, bytes) => readWorkspaceFile(name, bytes), key: fileKey },
    storagePersistence: { persisted: async () => false, persist: async () => true },
  };
}

/**
 * Points the stores at a fresh in-process import session through the workspace recorders, as the app's
 * start-up does; `overrides` are a test's own stand-ins (recorded too). Returns the services provided.
 */
export function wireStoresInNode(overrides: Partial<AppServices> = {}): AppServices {
  const services = recordingServices({ ...nodeServices(), ...overrides });
  provideServices(services);
  registerBuiltinWorkspaceParts();
  return services;
}

/** Loads the three files and changes settings the way a user would. Returns the ids given. */
export async function buildTinyWorkspace(): Promise<{ wards: string; table: string; incidents: string }> {
  await useDataStore.getState().loadFiles([textFile(WARDS_FILE.name, WARDS_FILE.text)]);
  const wards = useDataStore.getState().order.at(-1)!;
  await useDataStore.getState().loadFiles([textFile(TABLE_FILE.name, TABLE_FILE.text)]);
  const table = useTableStore.getState().order.at(-1)!;
  await useDataStore.getState().loadFiles([textFile(INCIDENTS_FILE.name, INCIDENTS_FILE.text)]);
  const incidents = useIncidentStore.getState().order.at(-1)!;
  useDataStore.getState().renameDataset(wards, 'My wards');
  useLayerStore.getState().setValueField(wards, `incidents:${incidents}:count`);
  useLayerStore.getState().setClassification(wards, { method: 'equal-interval', classCount: 3, paletteId: 'Greens', reversed: true });
  useLayerStore.getState().setOpacity(wards, 0.45);
  useIncidentStore.getState().setDisplay(incidents, { heatmap: false, points: true });
  useTimelineStore.setState({ periodCount: 3 });
  useTimelineStore.getState().setStep(1);
  useCameraStore.getState().setCamera({ center: [-3.17, 51.51], zoom: 12.5, bearing: 0, pitch: 0 });
  return { wards, table, incidents };
}
