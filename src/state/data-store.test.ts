import { readFileSync } from 'node:fs';
import { beforeEach, describe, expect, it } from 'vitest';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import { validateLayerPresets } from '../data/layer-presets';
import type { InputFile, LayerSpec } from '../types';
import { textFile } from '../../test/helpers/bytes';
import { setBoundaryLoader, useDataStore } from './data-store';
import { useViewStore } from './view-store';
import { useAnalysisStore } from './analysis-store';

const initialData = useDataStore.getState();
const initialView = useViewStore.getState();
const initialAnalysis = useAnalysisStore.getState();

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

beforeEach(() => {
  useDataStore.setState(initialData, true);
  useViewStore.setState(initialView, true);
  useAnalysisStore.setState(initialAnalysis, true);
  setBoundaryLoader((request, onProgress) => loadBoundaryDatasets(request, onProgress));
});

describe('data store', () => {
  it('loads the example borough with its presets: wards shown and mapped, LSOAs hidden', async () => {
    await useDataStore.getState().loadExample(exampleFiles(), presets());
    const data = useDataStore.getState();
    expect(data.order).toEqual(['example-lsoas', 'example-wards']);
    expect(data.datasets['example-wards'].isExample).toBe(true);
    expect(data.datasets['example-wards'].level).toBe('ward');
    expect(data.datasets['example-lsoas'].level).toBe('lsoa');
    const view = useViewStore.getState();
    expect(view.visible).toEqual({ 'example-lsoas': false, 'example-wards': true });
    expect(view.activeDatasetId).toBe('example-wards');
    expect(view.fitRequest?.seq).toBe(1);
    expect(useAnalysisStore.getState().styles['example-wards']).toEqual({
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
    expect(useViewStore.getState().activeDatasetId).toBe(data.order[0]);
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
    expect(useViewStore.getState().activeDatasetId).toBeNull();
    expect(useAnalysisStore.getState().styles).toEqual({});
  });
});
