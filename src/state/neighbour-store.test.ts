import { beforeEach, describe, expect, it } from 'vitest';
import { createImportSession } from '../workers/import-session';
import type { InputFile } from '../types';
import { useDataStore } from './data-store';
import { useViewStore } from './view-store';
import { DEFAULT_CLASSIFICATION, useLayerStore } from './layer-store';
import { useNeighbourStore } from './neighbour-store';
import { provideServices } from './services';
import { nodeServices } from '../../test/helpers/workspace-session';
import { deriveChoropleth } from './choropleth';
import { withAuthorityClasses } from './authority-choropleth';
import { mergeCandidates } from './neighbour-derived';
import { classify } from '../analysis/classify';

const initial = [useDataStore.getState(), useViewStore.getState(), useLayerStore.getState(), useNeighbourStore.getState()] as const;

function file(name: string, features: object[]): InputFile {
  const bytes = new TextEncoder().encode(JSON.stringify({ type: 'FeatureCollection', features })).buffer as ArrayBuffer;
  return { name, bytes };
}

/** A row of ward squares; `x0` is the first square's west edge. */
function wards(prefix: number, x0: number, count: number, values: number[]) {
  return Array.from({ length: count }, (_, i) => ({
    type: 'Feature',
    properties: { WD22CD: `W0500${prefix}${String(i).padStart(3, '0')}`, WD22NM: `Ward ${prefix}-${i}`, score: values[i] },
    geometry: { type: 'Polygon', coordinates: [[[x0 + i * 0.01, 51.5], [x0 + (i + 1) * 0.01, 51.5], [x0 + (i + 1) * 0.01, 51.51], [x0 + i * 0.01, 51.51], [x0 + i * 0.01, 51.5]]] },
  }));
}

beforeEach(() => {
  useDataStore.setState(initial[0], true);
  useViewStore.setState(initial[1], true);
  useLayerStore.setState(initial[2], true);
  useNeighbourStore.setState(initial[3], true);
  // The import session the worker runs, in process: it holds the geometry the merge and the band use.
  provideServices(nodeServices(createImportSession()));
});

async function loadTwoAuthorities() {
  // Cardiff's three wards end where Caerphilly's three begin (x = -3.17).
  await useDataStore.getState().loadFiles([
    file('wards_W06000015_cardiff.geojson', wards(1, -3.2, 3, [1, 2, 3])),
    file('wards_W06000018_caerphilly.geojson', wards(2, -3.17, 3, [100, 200, 300])),
  ]);
  return useDataStore.getState().order;
}

describe('neighbour store', () => {
  it('offers to merge the two ward layers and merges them into one mapped layer of two authorities', async () => {
    const ids = await loadTwoAuthorities();
    const candidates = mergeCandidates(ids.map((id) => useDataStore.getState().datasets[id]));
    expect(candidates).toEqual([{ key: 'ward', level: 'ward', ids, names: ['Cardiff', 'Caerphilly'], vintageYears: [{ year: 2022 }], mixedVintages: false }]);
    useLayerStore.getState().setValueField(ids[0], 'score');
    const id = (await useNeighbourStore.getState().mergeLayers(ids, 'ward: Cardiff, Caerphilly'))!;
    const merged = useDataStore.getState().datasets[id];
    expect(merged.features).toHaveLength(6);
    expect(merged.authorities?.map((a) => a.name)).toEqual(['Cardiff', 'Caerphilly']);
    expect(useLayerStore.getState().activeLayerId).toBe(id);
    expect(ids.map((x) => useLayerStore.getState().layers[x]?.visible)).toEqual([false, false]);
    expect(useLayerStore.getState().layers[id]?.style.valueField).toBe('score');
  });

  it('classes per authority only when asked, each authority against its own values', async () => {
    const ids = await loadTwoAuthorities();
    const id = (await useNeighbourStore.getState().mergeLayers(ids, 'merged'))!;
    const merged = useDataStore.getState().datasets[id];
    const style = { valueField: 'score', options: { ...DEFAULT_CLASSIFICATION, classCount: 3 } };
    const base = deriveChoropleth(merged, style);
    expect(withAuthorityClasses(base, merged, style, 'shared')).toBe(base);
    expect(base.classification).toEqual(classify([1, 2, 3, 100, 200, 300], style.options));
    const per = withAuthorityClasses(base, merged, style, 'per-authority');
    expect(per.byAuthority?.map((p) => [p.authority?.name, p.classification.min, p.classification.max, p.offset])).toEqual([['Cardiff', 1, 3, 0], ['Caerphilly', 100, 300, 3]]);
    expect(per.classIndexes).toEqual([0, 1, 2, 3, 4, 5]);
    expect(withAuthorityClasses(base, merged, style, 'per-authority')).toBe(per);
  });

  it('computes the band in the worker session and lets the user set an authority', async () => {
    const ids = await loadTwoAuthorities();
    const id = (await useNeighbourStore.getState().mergeLayers(ids, 'merged'))!;
    const pending = useNeighbourStore.getState().showBand({ datasetId: id, a: 0, b: 1, distanceM: 0 });
    expect(useNeighbourStore.getState().band.kind).toBe('running');
    await pending;
    const band = useNeighbourStore.getState().band;
    if (band.kind !== 'ready') throw new Error('band not ready');
    expect(band.band.sideA.map((a) => a.index)).toEqual([2]);
    expect(band.band.sideB.map((a) => a.index)).toEqual([3]);

    useNeighbourStore.getState().setDatasetAuthority(ids[0], 'w06000015', 'Caerdydd');
    expect(useDataStore.getState().datasets[ids[0]].authorities).toEqual([{ code: 'W06000015', name: 'Caerdydd', source: 'user' }]);
  });
});
