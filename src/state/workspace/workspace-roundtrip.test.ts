import { readFileSync } from 'node:fs';
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
import { textFile } from '../../../test/helpers/bytes';
import { readWorkspaceFile } from '../../data/workspace-file';
import { buildTinyWorkspace, INCIDENTS_FILE, TABLE_FILE, WARDS_FILE, wireStoresInNode } from '../../../test/helpers/workspace-session';
import { captureWorkspace, contentJson } from './capture';
import { mapPopulationChoice } from './parts/analysis-parts';
import { connectStorage, openWorkspaceFile, startWorkspace, useWorkspaceStore, workspaceFileBytes } from './workspace-store';
import { heldKeys, resetRecorder } from './source-recorder';
import { memoryWorkspaceStorage } from './workspace-storage';

const stores = [useDataStore, useTableStore, useIncidentStore, useTensionStore, useLayerStore, useViewStore, useTimelineStore, useCameraStore, useCohesionStore, usePresentationStore, useExportStore, useNeighbourStore] as const;
const initial = stores.map((s) => s.getState());

beforeEach(() => {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  resetRecorder();
  wireStoresInNode();
});

const asFile = (bytes: Uint8Array, name = 'mine.cohesion-atlas') => ({ name, bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });

describe('saving and opening a workspace in node', () => {
  it('records each original file once with the ids its load gave', async () => {
    const ids = await buildTinyWorkspace();
    const { snapshot, unexplained } = captureWorkspace(new Date('2026-01-02T03:04:05Z'));
    expect(unexplained).toEqual([]);
    expect(snapshot.sources.map((s) => [s.kind, s.files.map((f) => f.name), s.keep])).toEqual([
      ['boundaries', [WARDS_FILE.name], [ids.wards]],
      ['tables', [TABLE_FILE.name], [ids.table]],
      ['incidents', [INCIDENTS_FILE.name], [ids.incidents]],
    ]);
    expect(snapshot.savedAt).toBe('2026-01-02T03:04:05.000Z');
    // The settings snapshot is small JSON: no typed arrays or geometry.
    expect(JSON.stringify(snapshot).length).toBeLessThan(4000);
  });

  it('opens its own workspace file under the same ids, so the settings come back as saved', async () => {
    const old = await buildTinyWorkspace();
    useCohesionStore.getState().setBoundary(old.wards);
    useCohesionStore.getState().setItems([{ tableId: old.table, indicator: 1, direction: 'negative', weight: 2, unreliable: false }]);
    useCohesionStore.getState().setLowCohesion({ kind: 'threshold', ref: { tableId: old.table, indicator: 0 }, threshold: 12, side: 'above' });
    const bytes = await workspaceFileBytes();
    await openWorkspaceFile(asFile(bytes));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    expect(useWorkspaceStore.getState().restored?.fileName).toBe('mine.cohesion-atlas');
    const wards = useDataStore.getState().order;
    expect(wards).toHaveLength(1);
    expect(wards[0]).toBe(old.wards);
    const incidents = useIncidentStore.getState().order;
    expect(incidents).toHaveLength(1);
    expect(incidents[0]).toBe(old.incidents);
    expect(useTableStore.getState().order).toHaveLength(1);
    expect(useDataStore.getState().datasets[wards[0]].label).toBe('My wards');
    expect(useLayerStore.getState().layers[wards[0]]?.style).toEqual({
      valueField: `incidents:${incidents[0]}:count`,
      options: { method: 'equal-interval', classCount: 3, paletteId: 'Greens', reversed: true },
    });
    expect(useLayerStore.getState().layers[wards[0]]?.opacity).toBe(0.45);
    expect(useLayerStore.getState().activeLayerId).toBe(wards[0]);
    expect(useIncidentStore.getState().joins[incidents[0]].boundaryId).toBe(wards[0]);
    expect(useIncidentStore.getState().display[incidents[0]]).toMatchObject({ heatmap: false, points: true });
    expect(useTimelineStore.getState().step).toBe(1);
    const [table] = useTableStore.getState().order;
    expect(table).toBe(old.table);
    expect(useCohesionStore.getState()).toMatchObject({
      boundaryId: wards[0],
      items: [{ tableId: table, indicator: 1, direction: 'negative', weight: 2, unreliable: false }],
      lowCohesion: { kind: 'threshold', ref: { tableId: table, indicator: 0 }, threshold: 12, side: 'above' },
    });
    expect(useCameraStore.getState().jumpRequest?.camera).toEqual({ center: [-3.17, 51.51], zoom: 12.5, bearing: 0, pitch: 0 });
  });

  it('keeps the population the user chose for a layer\'s rates, and drops one whose table is gone', async () => {
    const old = await buildTinyWorkspace();
    useIncidentStore.getState().choosePopulation(old.wards, { kind: 'table', tableId: old.table, indicator: 1 });
    const bytes = await workspaceFileBytes();
    useIncidentStore.getState().choosePopulation(old.wards, null);
    await openWorkspaceFile(asFile(bytes));
    expect(useIncidentStore.getState().populations).toEqual({ [old.wards]: { kind: 'table', tableId: old.table, indicator: 1 } });
    const saved = JSON.parse(contentJson(captureWorkspace().snapshot)) as { parts: Record<string, { populations: unknown }> };
    expect(saved.parts.incidents.populations).toEqual({ [old.wards]: { kind: 'table', tableId: old.table, indicator: 1 } });
    expect([mapPopulationChoice({ kind: 'table', tableId: old.table, indicator: 1 }, () => null), mapPopulationChoice({ kind: 'column', name: 7 }, (id) => id)]).toEqual([null, null]);
  });

  it('keeps saved views (their own and their layers\' ids unchanged) and the sensitivity marking', async () => {
    const old = await buildTinyWorkspace();
    usePresentationStore.getState().saveView('Counts by ward');
    const viewId = usePresentationStore.getState().views[0].id;
    useExportStore.getState().setText('marking', 'OFFICIAL-SENSITIVE');
    const bytes = await workspaceFileBytes();
    usePresentationStore.setState({ views: [] });
    useExportStore.getState().setText('marking', '');
    await openWorkspaceFile(asFile(bytes));
    const [wards] = useDataStore.getState().order;
    const [incidents] = useIncidentStore.getState().order;
    const [view] = usePresentationStore.getState().views;
    expect(view.name).toBe('Counts by ward');
    expect(view.id).toBe(viewId);
    expect(wards).toBe(old.wards);
    expect(view.activeDatasetId).toBe(wards);
    expect(view.visible).toEqual({ [wards]: true });
    expect(view.style?.valueField).toBe(`incidents:${incidents}:count`);
    expect(Object.keys(view.incidents)).toEqual([incidents]);
    expect(view.camera).toEqual({ center: [-3.17, 51.51], zoom: 12.5, bearing: 0, pitch: 0 });
    expect(useExportStore.getState().marking).toBe('OFFICIAL-SENSITIVE');
    // The restored view can be shown: nothing is reported missing.
    usePresentationStore.getState().goTo(0);
    expect(usePresentationStore.getState().incomplete[view.id]).toEqual([]);
  });

  it('merges layers of two authorities again, and keeps the merged layer mapped and styled', async () => {
    await buildTinyWorkspace();
    const ward = (code: string, name: string, x: number) => ({ type: 'Feature', properties: { WD13CD: code, WD13NM: name, score: 7 }, geometry: { type: 'Polygon', coordinates: [[[x, 51.5], [x + 0.02, 51.5], [x + 0.02, 51.52], [x, 51.52], [x, 51.5]]] } });
    await useDataStore.getState().loadFiles([textFile('neighbour-wards.geojson', JSON.stringify({ type: 'FeatureCollection', features: [ward('W05000101', 'East', -3.12)] }))]);
    const sources = useDataStore.getState().order.slice(-2);
    const merged = (await useNeighbourStore.getState().mergeLayers(sources, 'Both authorities'))!;
    useLayerStore.getState().setValueField(merged, 'score');
    useLayerStore.getState().setClassification(merged, { method: 'equal-interval', classCount: 4 });
    useNeighbourStore.getState().setClassifyMode('per-authority');
    const { unexplained } = captureWorkspace();
    expect(unexplained).toEqual([]);
    const bytes = await workspaceFileBytes();
    await openWorkspaceFile(asFile(bytes));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    const order = useDataStore.getState().order;
    expect(order).toHaveLength(3);
    const remade = order[2];
    expect(order).toEqual([...sources, merged]);
    expect(useDataStore.getState().datasets[remade]).toMatchObject({ label: 'Both authorities' });
    expect(useDataStore.getState().datasets[remade].features).toHaveLength(5);
    expect(useLayerStore.getState().activeLayerId).toBe(remade);
    expect(useLayerStore.getState().layers[remade]?.style).toMatchObject({ valueField: 'score', options: { method: 'equal-interval', classCount: 4 } });
    expect(useNeighbourStore.getState().classifyMode).toBe('per-authority');
  });

  it('keeps the authority the user set for a layer across saving and opening the workspace', async () => {
    const old = await buildTinyWorkspace();
    useNeighbourStore.getState().setDatasetAuthority(old.wards, 'W06000018', 'Caerffili');
    const bytes = await workspaceFileBytes();
    await openWorkspaceFile(asFile(bytes));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    const [wards] = useDataStore.getState().order;
    expect(wards).toBe(old.wards);
    const dataset = useDataStore.getState().datasets[wards];
    expect(dataset.authorities).toEqual([{ code: 'W06000018', name: 'Caerffili', source: 'user' }]);
    expect(dataset.areaAuthorities?.every((a) => a === 0)).toBe(true);
    // Saved again, it is still there (kept under the new id), and the replaced layer's entry is not saved.
    const saved = captureWorkspace().snapshot.parts.neighbours as { authorities: unknown[] };
    expect(saved.authorities).toEqual([{ id: wards, code: 'W06000018', name: 'Caerffili' }]);
  });

  it('keeps authorities taken from a layer of authority boundaries, and takes them again on opening', async () => {
    const old = await buildTinyWorkspace();
    const council = { type: 'Feature', properties: { LAD13CD: 'W06000018', LAD13NM: 'Caerphilly' }, geometry: { type: 'Polygon', coordinates: [[[-20, 30], [20, 30], [20, 70], [-20, 70], [-20, 30]]] } };
    await useDataStore.getState().loadFiles([textFile('councils.geojson', JSON.stringify({ type: 'FeatureCollection', features: [council] }))]);
    const councils = useDataStore.getState().order.at(-1)!;
    expect(useDataStore.getState().datasets[councils].level).toBe('local-authority');
    expect(useNeighbourStore.getState().setAuthoritiesFromLayer(old.wards, councils)).toBe(true);
    const areaCount = useDataStore.getState().datasets[old.wards].features.length;
    await openWorkspaceFile(asFile(await workspaceFileBytes()));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    const [wards] = useDataStore.getState().order;
    expect(useDataStore.getState().datasets[wards].authorities).toEqual([{ code: 'W06000018', name: 'Caerphilly', source: 'layer' }]);
    expect(useDataStore.getState().datasets[wards].areaAuthorities).toEqual(new Array(areaCount).fill(0));
  });

  it('keeps a layer received in a neighbour\'s share package, with its sender and its tables', async () => {
    await buildTinyWorkspace();
    const bytes = readFileSync(new URL('../../../test/fixtures/share-package/legacy-v0.atlas-share.json', import.meta.url));
    await useDataStore.getState().loadFiles([{ name: 'legacy-v0.atlas-share.json', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer }]);
    const received = useDataStore.getState().order.at(-1)!;
    const sender = useDataStore.getState().datasets[received].origin?.authority.name;
    expect(sender).toBeTruthy();
    const tablesBefore = useTableStore.getState().order.length;
    const tableIds = useTableStore.getState().order;
    const areas = useDataStore.getState().datasets[received].areaCodes;
    expect(captureWorkspace().unexplained).toEqual([]);

    await openWorkspaceFile(asFile(await workspaceFileBytes()));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    const again = useDataStore.getState().order.at(-1)!;
    expect(again).toBe(received);
    expect(useDataStore.getState().order).toHaveLength(2);
    expect(useDataStore.getState().datasets[again].origin?.authority.name).toBe(sender);
    expect(useDataStore.getState().datasets[again].areaCodes).toEqual(areas);
    expect(useTableStore.getState().order).toHaveLength(tablesBefore);
    expect(useTableStore.getState().order).toEqual(tableIds);
  });

  it('gives the same files the same ids in a fresh session (a reload without a workspace)', async () => {
    const first = await buildTinyWorkspace();
    stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
    resetRecorder();
    expect(await buildTinyWorkspace()).toEqual(first);
    expect(first.wards).toMatch(/^boundaries-[0-9a-f]{16}-1$/);
  });

  it('gives the same file dropped twice at once two ids', async () => {
    const drop = (file: { name: string; text: string }) => useDataStore.getState().loadFiles([textFile(file.name, file.text)]);
    await Promise.all([drop(WARDS_FILE), drop(WARDS_FILE), drop(INCIDENTS_FILE), drop(INCIDENTS_FILE), drop(TABLE_FILE), drop(TABLE_FILE)]);
    const [wards, incidents, tables] = [useDataStore.getState().order, useIncidentStore.getState().order, useTableStore.getState().order];
    expect(new Set(wards).size).toBe(2);
    expect(new Set(incidents).size).toBe(2);
    expect(new Set(tables).size).toBe(2);
    const first = wards.find((id) => !id.includes('_2-'))!;
    expect(wards).toContain(first.replace(/-1$/, '_2-1'));
  });

  it('saves the same snapshot again after opening it: no id and no setting was rewritten', async () => {
    const old = await buildTinyWorkspace();
    usePresentationStore.getState().saveView('Counts by ward');
    useCohesionStore.getState().setItems([{ tableId: old.table, indicator: 1, direction: 'negative', weight: 2, unreliable: false }]);
    const before = captureWorkspace().snapshot;
    await openWorkspaceFile(asFile(await workspaceFileBytes()));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    expect(contentJson(captureWorkspace().snapshot)).toBe(contentJson(before));
  });

  it('gives the same file loaded twice two ids, and brings both back under them', async () => {
    const { wards } = await buildTinyWorkspace();
    await useDataStore.getState().loadFiles([textFile(WARDS_FILE.name, WARDS_FILE.text)]);
    const second = useDataStore.getState().order.at(-1)!;
    expect(second).not.toBe(wards);
    useLayerStore.getState().setOpacity(second, 0.8);
    // The first copy removed: the second keeps its own id (not the first's) through the workspace file.
    useDataStore.getState().removeDataset(wards);
    await openWorkspaceFile(asFile(await workspaceFileBytes()));
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    expect(useDataStore.getState().order).toEqual([second]);
    expect(useLayerStore.getState().layers[second]?.opacity).toBe(0.8);
  });

  it('does not bring back a dataset the user removed, nor keep its file', async () => {
    const ids = await buildTinyWorkspace();
    useIncidentStore.getState().removeIncidents(ids.incidents);
    const { snapshot } = captureWorkspace();
    expect(snapshot.sources.map((s) => s.kind)).toEqual(['boundaries', 'tables']);
    const read = readWorkspaceFile('w.cohesion-atlas', asFile(await workspaceFileBytes()).bytes);
    expect(read.ok && [...read.files.keys()].length).toBe(2);
  });
});

describe('autosave to browser storage', () => {
  it('stores each file once, drops the in-memory copy, and deletes files no longer used', async () => {
    const storage = memoryWorkspaceStorage();
    const saver = connectStorage(storage, 0);
    const ids = await buildTinyWorkspace();
    await saver.saveNow();
    expect(storage.files.size).toBe(3);
    expect(heldKeys()).toEqual([]);
    const first = useWorkspaceStore.getState().lastSave;
    expect(first).toMatchObject({ filesNotSaved: [], settingsNotSaved: false, full: false });
    expect(JSON.parse(storage.snapshot!).parts.view.opacity[ids.wards]).toBe(0.45);
    // Nothing changed: nothing written again.
    await saver.saveNow();
    expect(useWorkspaceStore.getState().lastSave).toBe(first);
    useIncidentStore.getState().removeIncidents(ids.incidents);
    await saver.saveNow();
    expect(storage.files.size).toBe(2);
  });

  it('names exactly the files the browser refused to store, and after a reload says which did not come back', async () => {
    const size = (text: string) => new TextEncoder().encode(text).length;
    await buildTinyWorkspace();
    // Room for the settings, the wards and the table, not for the incidents.
    const storage = memoryWorkspaceStorage(JSON.stringify(captureWorkspace().snapshot).length + size(WARDS_FILE.text) + size(TABLE_FILE.text) + 100);
    await connectStorage(storage, 0).saveNow();
    const report = useWorkspaceStore.getState().lastSave!;
    expect(report).toMatchObject({ full: true, filesNotSaved: [INCIDENTS_FILE.name], settingsNotSaved: false });
    // Refused files stay in memory, so a workspace file still has them.
    expect(heldKeys().length).toBe(1);
    const read = readWorkspaceFile('w.cohesion-atlas', asFile(await workspaceFileBytes()).bytes);
    expect(read.ok && read.files.size).toBe(3);

    // A reload: the page's memory (and the worker's) is gone, the browser storage is not.
    stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
    resetRecorder();
    wireStoresInNode({ workspaceStorage: storage });
    await startWorkspace();
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([{ code: 'file-missing', file: INCIDENTS_FILE.name }]);
    expect(useDataStore.getState().order).toHaveLength(1);
    expect(useTableStore.getState().order).toHaveLength(1);
    expect(useIncidentStore.getState().order).toEqual([]);
  });
});

describe('a saved file whose restore throws', () => {
  it('opens the rest of the workspace, names the file, and keeps it stored and saved (set aside, not deleted)', async () => {
    const storage = memoryWorkspaceStorage();
    await buildTinyWorkspace();
    await connectStorage(storage, 0).saveNow();
    expect(storage.files.size).toBe(3);

    // A reload where loading the incidents again hits a bug.
    stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
    resetRecorder();
    wireStoresInNode({ workspaceStorage: storage });
    useIncidentStore.setState({ loadIncidents: () => Promise.reject(new Error('a bug in the incident loader')) });
    await startWorkspace();
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([{ code: 'file-failed', file: INCIDENTS_FILE.name }]);
    expect([useDataStore.getState().order.length, useTableStore.getState().order.length, useIncidentStore.getState().order]).toEqual([1, 1, []]);

    // The next save still names the file and keeps its bytes, so a fixed app (or a workspace file) can bring it back.
    useLayerStore.getState().setOpacity(useDataStore.getState().order[0], 0.3);
    await connectStorage(storage, 0).saveNow();
    expect(JSON.parse(storage.snapshot!).sources.map((s: { kind: string }) => s.kind)).toEqual(['boundaries', 'tables', 'incidents']);
    expect(storage.files.size).toBe(3);
  });
});

describe('the workspace file fixture written by version 1', () => {
  it('still opens and restores its datasets and settings', async () => {
    const buffer = readFileSync(new URL('../../../test/fixtures/workspace/tiny-v1.cohesion-atlas', import.meta.url));
    await openWorkspaceFile(asFile(new Uint8Array(buffer), 'tiny-v1.cohesion-atlas'));
    expect(useWorkspaceStore.getState().fileProblem).toBeNull();
    expect(useWorkspaceStore.getState().restoreProblems).toEqual([]);
    expect(useWorkspaceStore.getState().restored?.savedAt).toBe('2026-01-01T12:00:00.000Z');
    // Its ids (counters, from before ids were stable) come back as they were written.
    expect(useDataStore.getState().order).toEqual(['dataset-1-1']);
    expect(useTableStore.getState().order).toEqual(['table-1']);
    expect(useIncidentStore.getState().order).toEqual(['incidents-1']);
    const wards = 'dataset-1-1';
    expect(useDataStore.getState().datasets[wards].label).toBe('My wards');
    expect(useDataStore.getState().datasets[wards].features).toHaveLength(4);
    expect(useLayerStore.getState().layers[wards]?.style.valueField).toBe('incidents:incidents-1:count');
    expect(useIncidentStore.getState().joins['incidents-1'].boundaryId).toBe(wards);
    expect(useLayerStore.getState().layers[wards]?.style.options.method).toBe('equal-interval');
    expect(useIncidentStore.getState().incidents[useIncidentStore.getState().order[0]].count).toBe(6);
    expect(useTimelineStore.getState().step).toBe(1);
    // Its camera is the current one and the map is asked to jump to it.
    const camera = { center: [-3.17, 51.51], zoom: 12.5, bearing: 0, pitch: 0 };
    expect(useCameraStore.getState()).toMatchObject({ camera, jumpRequest: { camera } });
  });
});
