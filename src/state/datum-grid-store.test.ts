import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { writeNtv2Grid } from '../../test/helpers/ntv2-grid';
import { wireStoresInNode } from '../../test/helpers/workspace-session';
import { useDataStore } from './data-store';
import { useDatumGridStore } from './datum-grid-store';
import { resetRecorder } from './workspace/source-recorder';

const stores = [useDataStore, useDatumGridStore] as const;
const initial = stores.map((store) => store.getState());
const grid = () => ({ name: 'OSTN15_NTv2_OSGBtoETRS.gsb', bytes: writeNtv2Grid({ extent: [-9, 49, 2, 61], stepDeg: 0.5, shiftAt: () => ({ latSeconds: 2, lngSeconds: -3 }) }) });
const BNG = JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { code: 'W01001234' }, geometry: { type: 'Polygon', coordinates: [[[318_000, 176_000], [319_000, 176_000], [319_000, 177_000], [318_000, 176_000]]] } }] });

beforeEach(() => {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  resetRecorder();
  wireStoresInNode();
});
afterEach(() => useDatumGridStore.getState().removeGrid());

describe('the OSTN15 grid in the stores', () => {
  it('is used for BNG boundaries loaded after it is chosen, and named in their CRS', async () => {
    await useDatumGridStore.getState().chooseGrid(grid());
    await useDataStore.getState().loadFiles([textFile('wards-bng.geojson', BNG)]);
    const [id] = useDataStore.getState().order;
    expect([useDatumGridStore.getState().grid, useDataStore.getState().datasets[id].crs.datumGrid]).toEqual(['OSTN15_NTv2_OSGBtoETRS.gsb', 'OSTN15_NTv2_OSGBtoETRS.gsb']);
  });

  it('refuses a file that is not a grid, keeping the Helmert shift, and goes back to it when the grid is removed', async () => {
    await useDatumGridStore.getState().chooseGrid(textFile('notes.gsb', 'not a grid at all'.repeat(40)));
    expect(useDatumGridStore.getState()).toMatchObject({ grid: null, problem: { code: 'not-ntv2', file: 'notes.gsb' } });
    await useDatumGridStore.getState().chooseGrid(grid());
    await useDatumGridStore.getState().removeGrid();
    await useDataStore.getState().loadFiles([textFile('wards-bng.geojson', BNG)]);
    const [id] = useDataStore.getState().order;
    expect([useDatumGridStore.getState().grid, useDataStore.getState().datasets[id].crs.datumGrid]).toEqual([null, undefined]);
  });
});
