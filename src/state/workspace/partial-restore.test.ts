import { beforeEach, describe, expect, it } from 'vitest';
import { useDataStore } from '../data-store';
import { useTableStore } from '../table-store';
import { useIncidentStore } from '../incident-store';
import { useTensionStore } from '../tension-store';
import { useLayerStore } from '../layer-store';
import { useViewStore } from '../view-store';
import { useTimelineStore } from '../timeline-store';
import { useCameraStore } from '../camera-store';
import { useCohesionStore } from '../cohesion-store';
import { usePresentationStore } from '../presentation-store';
import { useExportStore } from '../export-store';
import { useNeighbourStore } from '../neighbour-store';
import { useReportStore } from '../report-store';
import { textFile } from '../../../test/helpers/bytes';
import { INCIDENTS_FILE, WARDS_FILE, wireStoresInNode } from '../../../test/helpers/workspace-session';
import { connectStorage, startWorkspace, useWorkspaceStore } from './workspace-store';
import { resetRecorder } from './source-recorder';
import { memoryWorkspaceStorage } from './workspace-storage';

const stores = [useDataStore, useTableStore, useIncidentStore, useTensionStore, useLayerStore, useViewStore, useTimelineStore, useCameraStore, useCohesionStore, usePresentationStore, useExportStore, useNeighbourStore, useReportStore] as const;
const initial = stores.map((s) => s.getState());

function freshPage(): void {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  resetRecorder();
}

beforeEach(() => {
  freshPage();
  wireStoresInNode();
});

/** Two ward files of other areas, dropped together: one load that makes two layers. */
const EAST = { name: 'east-wards.geojson', text: WARDS_FILE.text.replaceAll('W0500000', 'W0500010') };
const WEST = { name: 'west-wards.geojson', text: WARDS_FILE.text };
/** A second month of incidents, loaded with the first as one dataset. */
const APRIL = { name: 'april-incidents.csv', text: 'date,lng,lat,type\n2024-04-02,-3.19,51.51,Graffiti\n2024-04-11,-3.15,51.51,Leaflets\n' };

/** Saves the workspace built by `build` to memory storage, then reloads the page with `damage` applied to what is stored. */
async function saveAndReload(damage: (storage: ReturnType<typeof memoryWorkspaceStorage>, keyOf: (name: string) => string) => void): Promise<void> {
  const storage = memoryWorkspaceStorage();
  await connectStorage(storage, 0).saveNow();
  const sources = JSON.parse(storage.snapshot!).sources as { files: { name: string; key: string }[] }[];
  const keyOf = (name: string) => sources.flatMap((s) => s.files).find((f) => f.name === name)!.key;
  damage(storage, keyOf);
  freshPage();
  wireStoresInNode({ workspaceStorage: storage });
  await startWorkspace();
}

const garbage = () => new TextEncoder().encode('{"type":"FeatureCollection","features":[{"type":"Fe').buffer as ArrayBuffer;

describe('a partial restore (issue 13)', () => {
  async function loadPair(): Promise<{ west: string; east: string }> {
    await useDataStore.getState().loadFiles([textFile(WEST.name, WEST.text), textFile(EAST.name, EAST.text)]);
    const [west, east] = useDataStore.getState().order;
    useDataStore.getState().renameDataset(west, 'West wards');
    useDataStore.getState().renameDataset(east, 'East wards');
    return { west, east };
  }

  it('with one file of a pair damaged, brings the other back under its own id and name, and names only the damaged file', async () => {
    const { east } = await loadPair();
    await saveAndReload((storage, keyOf) => storage.files.set(keyOf(WEST.name), garbage()));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([{ code: 'not-restored', file: WEST.name }]);
    expect(useDataStore.getState().order).toEqual([east]);
    expect(useDataStore.getState().datasets[east]).toMatchObject({ label: 'East wards', areaCodes: ['W05000101', 'W05000102', 'W05000103', 'W05000104'] });
  });

  it('with one file of a pair missing from storage, brings the other back under its own id and says which is missing', async () => {
    const { east } = await loadPair();
    await saveAndReload((storage, keyOf) => storage.files.delete(keyOf(WEST.name)));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([{ code: 'file-missing', file: WEST.name }]);
    expect(useDataStore.getState().order).toEqual([east]);
    expect(useDataStore.getState().datasets[east].label).toBe('East wards');
  });

  it('with one month of an incident dataset damaged, reads the other month again and names the damaged one', async () => {
    await useDataStore.getState().loadFiles([textFile(WARDS_FILE.name, WARDS_FILE.text)]);
    await useIncidentStore.getState().loadIncidents([textFile(INCIDENTS_FILE.name, INCIDENTS_FILE.text), textFile(APRIL.name, APRIL.text)]);
    const [incidents] = useIncidentStore.getState().order;
    expect(useIncidentStore.getState().incidents[incidents].count).toBe(8);
    await saveAndReload((storage, keyOf) => storage.files.set(keyOf(INCIDENTS_FILE.name), new Uint8Array([0xff, 0xfe, 0, 0xd8, 0x00]).buffer as ArrayBuffer));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([{ code: 'not-restored', file: INCIDENTS_FILE.name }]);
    expect(useIncidentStore.getState().order).toEqual([incidents]);
    expect(useIncidentStore.getState().incidents[incidents].count).toBe(2);
  });

  it('reports damaged saved records of a part by list and count through the restore problems, and keeps the rest', async () => {
    await useDataStore.getState().loadFiles([textFile(WARDS_FILE.name, WARDS_FILE.text)]);
    useReportStore.getState().addEvent({ timeMs: Date.UTC(2024, 6, 6), place: { areaCode: 'W05000001' }, note: 'March to the town hall' });
    await saveAndReload((storage) => {
      const snapshot = JSON.parse(storage.snapshot!);
      snapshot.parts['tension-reports'].events.push({ note: 'no time, no place' });
      storage.snapshot = JSON.stringify(snapshot);
    });
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([{ code: 'records-dropped', part: 'tension-reports', list: 'events', count: 1 }]);
    expect(useReportStore.getState().events.map((e) => e.note)).toEqual(['March to the town hall']);
  });
});
