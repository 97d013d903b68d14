import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { validateLayerPresets } from '../data/layer-presets';
import type { FileKind, ImportError, InputFile, LayerSpec } from '../types';
import { parseTableSpreadsheet, readWorkbookSheets } from '../data/importers/table-spreadsheet';
import { textFile } from '../../test/helpers/bytes';
import { identifyFiles } from '../data/file-kind';
import { useDataStore } from './data-store';
import { useViewStore } from './view-store';
import { useLayerStore } from './layer-store';
import { useTableStore } from './table-store';
import { useTensionStore } from './tension-store';
import { useReportStore } from './report-store';
import { useIncidentStore } from './incident-store';
import { provideServices, type AppServices } from './services';
import { nodeServices } from '../../test/helpers/workspace-session';

// Spies on the workbook readers: nothing on the store's path may open a workbook (the worker does).
vi.mock('../data/importers/table-spreadsheet', async (original) => {
  const actual = await original<typeof import('../data/importers/table-spreadsheet')>();
  return { ...actual, readWorkbookSheets: vi.fn(actual.readWorkbookSheets), parseTableSpreadsheet: vi.fn(actual.parseTableSpreadsheet) };
});

const initialData = useDataStore.getState();
const initialView = useViewStore.getState();
const initialAnalysis = useLayerStore.getState();

function exampleFiles(): InputFile[] {
  return ['example-lsoas.geojson', 'example-wards.geojson'].map((name) => {
    const buffer = readFileSync(new URL(`../../boundaries/${name}`, import.meta.url));
    return { name, bytes: buffer.buffer.slice(buffer.byteOffset, buffer.byteOffset + buffer.byteLength) as ArrayBuffer };
  });
}

function presets(): LayerSpec[] {
  const result = validateLayerPresets(JSON.parse(readFileSync(new URL('../../layers/example-presets.json', import.meta.url), 'utf8')));
  if (!result.ok) throw new Error(result.problems.join('; '));
  return result.value;
}

const square = (code: string, x: number) => ({
  type: 'Feature',
  properties: { code, name: `Area ${code}`, value: x },
  geometry: { type: 'Polygon', coordinates: [[[x, 51], [x + 0.01, 51], [x + 0.01, 51.01], [x, 51.01], [x, 51]]] },
});

let services: AppServices;

/** Provides this test's services with `changes` made. */
function replaceServices(changes: Partial<AppServices>): void {
  services = { ...services, ...changes };
  provideServices(services);
}

beforeEach(() => {
  useDataStore.setState(initialData, true);
  useViewStore.setState(initialView, true);
  useLayerStore.setState(initialAnalysis, true);
  services = nodeServices();
  replaceServices({ boundaryLoader: (request, onProgress) => loadBoundaryDatasets(request, onProgress), identifyFiles: async (files) => identifyFiles(files) });
});

describe('data store', () => {
  it('loads the example borough with its presets: wards shown and mapped, LSOAs hidden', async () => {
    await useDataStore.getState().loadExample(exampleFiles(), presets(), ['Example LSOAs · Ashbridge and Wellmoor', 'Example wards · Ashbridge and Wellmoor']);
    const data = useDataStore.getState();
    expect(data.order).toEqual(['example-lsoas', 'example-wards']);
    // Named in words by the caller, not by the file names the ids come from.
    expect(data.order.map((id) => data.datasets[id].label)).toEqual(['Example LSOAs · Ashbridge and Wellmoor', 'Example wards · Ashbridge and Wellmoor']);
    expect(data.datasets['example-wards'].isExample).toBe(true);
    expect(data.datasets['example-wards'].level).toBe('ward');
    expect(data.datasets['example-lsoas'].level).toBe('lsoa');
    const view = useViewStore.getState();
    const { layers, activeLayerId } = useLayerStore.getState();
    expect(Object.fromEntries(Object.values(layers).map((l) => [l.id, l.visible]))).toEqual({ 'example-lsoas': false, 'example-wards': true });
    expect(activeLayerId).toBe('example-wards');
    expect(view.fitRequest?.seq).toBe(1);
    expect(useLayerStore.getState().layers['example-wards']?.style).toEqual({
      valueField: 'deprivation_score',
      options: { method: 'quantile', classCount: 5, paletteId: 'YlOrRd', reversed: false },
    });
  });

  it('keeps what is loaded when a broken file arrives, and reports the file and error code', async () => {
    await useDataStore.getState().loadFiles([textFile('good.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('E01000001', 0), square('E01000002', 0.02)] }))]);
    await useDataStore.getState().loadFiles([textFile('broken.geojson', '{"type": "FeatureCollection", "features": [')]);
    const data = useDataStore.getState();
    expect(data.order).toHaveLength(1);
    expect(data.errors.map((e) => [e.file, e.code])).toEqual([['broken.geojson', 'parse-failed']]);
    expect(data.status).toEqual({ kind: 'ready', loaded: [] });
    expect(useLayerStore.getState().activeLayerId).toBe(data.order[0]);
  });

  it('asks which TopoJSON object to load when there are several, then loads the chosen one', async () => {
    const topology = {
      type: 'Topology',
      objects: {
        wards: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { WD13CD: 'W05000001' } }] },
        lsoas: { type: 'GeometryCollection', geometries: [{ type: 'Polygon', arcs: [[0]], properties: { LSOA11CD: 'W01000001' } }] },
      },
      arcs: [[[-3.2, 51.5], [-3.1, 51.5], [-3.1, 51.6], [-3.2, 51.6], [-3.2, 51.5]]],
    };
    await useDataStore.getState().loadFiles([textFile('two.topojson', JSON.stringify(topology))]);
    expect(useDataStore.getState().pendingChoices.map((p) => [p.file.name, [...p.choices].sort()])).toEqual([['two.topojson', ['lsoas', 'wards']]]);
    expect(useDataStore.getState().errors).toEqual([]);
    await useDataStore.getState().chooseTopojsonObject('two.topojson', 'lsoas');
    const data = useDataStore.getState();
    expect(data.pendingChoices).toEqual([]);
    expect(data.order.map((id) => data.datasets[id].areaCodes)).toEqual([['W01000001']]);
  });

  it('renames, overrides the code field, and removes a layer with its view and style state', async () => {
    await useDataStore.getState().loadFiles([textFile('areas.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('E01000001', 0), square('E01000002', 0.02)] }))]);
    const id = useDataStore.getState().order[0];
    useDataStore.getState().renameDataset(id, '  My areas ');
    expect(useDataStore.getState().datasets[id].label).toBe('My areas');
    useDataStore.getState().setAreaFields(id, 'name', 'code');
    expect(useDataStore.getState().datasets[id].areaCodes).toEqual(['Area E01000001', 'Area E01000002']);
    useDataStore.getState().removeDataset(id);
    expect(useDataStore.getState().order).toEqual([]);
    expect(useLayerStore.getState().activeLayerId).toBeNull();
    expect(useLayerStore.getState().layers).toEqual({});
  });
});

describe('data store routing by the file registry', () => {
  /** Every loader records the file names it was given and refuses them, so no dataset needs building. */
  function recordLoaders() {
    const seen: Record<string, string[][]> = { boundaries: [], indicators: [], tensions: [], incidents: [], reports: [] };
    const refuse = (files: InputFile[]): ImportError => ({ code: 'empty', file: files.map((f) => f.name).join(', '), params: {} });
    replaceServices({
      boundaryLoader: async (request) => {
        seen.boundaries.push(request.files.map((f) => f.name));
        return [{ ok: false, error: refuse(request.files) }];
      },
      tableLoader: async (files) => (seen.indicators.push(files.map((f) => f.name)), { ok: false, error: refuse(files) }),
      tensionLoader: async (files) => (seen.tensions.push(files.map((f) => f.name)), { ok: false, error: refuse(files) }),
      incidentWorker: {
        load: async (files) => (seen.incidents.push(files.map((f) => f.name)), { ok: false, error: refuse(files) }),
        join: async () => { throw new Error('no join expected'); },
        forget: async () => undefined,
      },
      reportWorker: { load: async (files) => (seen.reports.push(files.map((f) => f.name)), { ok: false, error: refuse(files) }), locatePostcode: async () => null },
    });
    return seen;
  }

  it('sends each file to the loader the registry names, shapefile parts in one request, without opening a workbook itself', async () => {
    const seen = recordLoaders();
    // The registry's answers are what count: 'notes.csv' holds indicator-like text but is called a tension log.
    const answers: Record<string, FileKind> = {
      'Wards.shp': 'boundaries', 'profile.xlsx': 'indicators', 'Wards.dbf': 'boundaries', 'notes.csv': 'tensions',
      'crimes.csv': 'incidents', 'saved.cohesion-atlas': 'workspace', 'report.pdf': 'unknown', 'partners.csv': 'reports',
    };
    const identifier = vi.fn(async (files: InputFile[]) => files.map((f) => ({ name: f.name, kind: answers[f.name], reason: 'unrecognised' as const })));
    replaceServices({ identifyFiles: identifier });
    vi.mocked(readWorkbookSheets).mockClear();
    vi.mocked(parseTableSpreadsheet).mockClear();
    const files = Object.keys(answers).map((name) => textFile(name, 'code,value\nW01000001,3\n'));
    const loading = useDataStore.getState().loadFiles(files);
    expect(useDataStore.getState().status).toEqual({ kind: 'loading', files: Object.keys(answers), progress: 0, step: null });
    await loading;
    expect(identifier.mock.calls.map(([given]) => given.map((f) => f.name))).toEqual([Object.keys(answers)]);
    expect(seen).toEqual({
      boundaries: [['Wards.shp', 'Wards.dbf', 'report.pdf']],
      indicators: [['profile.xlsx']],
      tensions: [['notes.csv']],
      incidents: [['crimes.csv']],
      reports: [['partners.csv']],
    });
    expect(useDataStore.getState().errors.map((e) => [e.file, e.code])).toEqual([['Wards.shp, Wards.dbf, report.pdf', 'empty'], ['saved.cohesion-atlas', 'unknown-format']]);
    expect([useTableStore.getState().errors.length, useTensionStore.getState().errors.length, useIncidentStore.getState().errors.length, useReportStore.getState().errors.length]).toEqual([1, 1, 1, 1]);
    expect([vi.mocked(readWorkbookSheets).mock.calls.length, vi.mocked(parseTableSpreadsheet).mock.calls.length]).toEqual([0, 0]);
  });

  it('reports a failure of the registry itself by file name, and loads nothing', async () => {
    const seen = recordLoaders();
    replaceServices({ identifyFiles: async () => { throw new Error('worker gone'); } });
    await useDataStore.getState().loadFiles([textFile('a.geojson', '{}'), textFile('b.csv', 'x\n')]);
    const data = useDataStore.getState();
    expect([data.status, data.errors.map((e) => [e.file, e.code])]).toEqual([{ kind: 'idle' }, [['a.geojson, b.csv', 'parse-failed']]]);
    expect(Object.values(seen).flat()).toEqual([]);
  });

  it('loads files the real registry recognises: a GeoJSON layer and a tension CSV go their own ways', async () => {
    const seen = recordLoaders();
    replaceServices({ boundaryLoader: (request, onProgress) => loadBoundaryDatasets(request, onProgress), identifyFiles: async (files) => identifyFiles(files) });
    const geojson = textFile('areas.geojson', JSON.stringify({ type: 'FeatureCollection', features: [square('E01000001', 0)] }));
    await useDataStore.getState().loadFiles([textFile('log.csv', 'Area code,Community,Date,Current,Potential\nX05000001,Ethnic,2023-01-02,6,5\n'), geojson]);
    expect([useDataStore.getState().order.length, seen.tensions]).toEqual([1, [['log.csv']]]);
  });
});
