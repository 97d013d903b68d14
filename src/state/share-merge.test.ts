/**
 * Issue 12: a received share package's layer can be shown as one map with your own. The package is restored
 * on the main thread, so the import worker never held its geometry and the merge used to fail silently.
 */
import { describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { resetStoresEachTest, wards } from '../../test/helpers/two-authorities';
import { wireStoresInNode } from '../../test/helpers/workspace-session';
import { useNeighbourStore } from './neighbour-store';
import { useDataStore } from './data-store';
import { useTableStore } from './table-store';
import { buildShareExport } from './share-export';
import { mergeCandidates } from './neighbour-derived';
import { tableFieldsFor, tableFieldValues } from './table-derived';

resetStoresEachTest();

/** Our Cardiff wards, and Caerphilly's wards as received in a share package from Caerphilly (its own layer removed). */
async function ownAndReceived(): Promise<{ own: string; received: string }> {
  await useDataStore.getState().loadFiles([textFile('wards_W06000015_cardiff.geojson', wards(1, -3.2, 3)), textFile('wards_W06000018_caerphilly.geojson', wards(2, -3.17, 3))]);
  const [own, sent] = useDataStore.getState().order;
  const exported = buildShareExport({
    datasetId: sent, areaIndexes: null, authority: { name: 'Caerphilly', code: 'W06000018' }, marking: 'OFFICIAL',
    include: { fields: true, incidents: false, tables: false, tension: false, points: false }, suppressSmallCounts: false, classification: null, producedAt: '2026-12-07T12:00:00.000Z',
  })!;
  useDataStore.getState().removeDataset(sent);
  await useDataStore.getState().loadFiles([textFile(exported.fileName, exported.text)]);
  const received = useDataStore.getState().order.at(-1)!;
  expect(useDataStore.getState().datasets[received].origin?.kind).toBe('share-package');
  return { own, received };
}

describe('a received share package shown as one map with your own', () => {
  it('merges, with the package’s values on its areas and none on ours', async () => {
    const { own, received } = await ownAndReceived();
    const datasets = useDataStore.getState().order.map((id) => useDataStore.getState().datasets[id]);
    expect(mergeCandidates(datasets).map((c) => c.ids)).toEqual([[own, received]]);
    const merged = await useNeighbourStore.getState().mergeLayers([own, received], 'ward: Cardiff, Caerphilly');
    expect(useNeighbourStore.getState().mergeFailure).toBeNull();
    const dataset = useDataStore.getState().datasets[merged!];
    expect(dataset.areaCodes).toEqual(['W05001000', 'W05001001', 'W05001002', 'W05002000', 'W05002001', 'W05002002']);
    const tables = useTableStore.getState().tables;
    const [population] = tableFieldsFor(dataset, tables, useTableStore.getState().order).filter((r) => r.measure === 'value');
    expect(tableFieldValues(dataset, `table:${population.tableId}:${population.indicator}:${population.period}:value`, tables)).toEqual([null, null, null, 1000, 1000, 1000]);
    // The worker holds the merged layer, so the band between the two authorities can be drawn on it.
    await useNeighbourStore.getState().showBand({ datasetId: merged!, a: 0, b: 1, distanceM: 0 });
    expect(useNeighbourStore.getState().band.kind).toBe('ready');
  });

  it('says why on screen when the merge cannot be done, instead of failing silently', async () => {
    wireStoresInNode({ neighbourWorker: { merge: async () => { throw new Error('the import worker stopped'); }, band: async () => ({ sideA: [], sideB: [] }) } });
    const { own, received } = await ownAndReceived();
    expect(await useNeighbourStore.getState().mergeLayers([own, received], 'merged')).toBeNull();
    expect(useNeighbourStore.getState().mergeFailure).toEqual({ ids: [own, received], detail: 'the import worker stopped' });
    expect(useDataStore.getState().order).toEqual([own, received]);
  });
});
