import { beforeEach, describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { WARDS_FILE, wireStoresInNode } from '../../test/helpers/workspace-session';
import { noCategoryCsv, placesCsv } from '../../test/fixtures/places/place-files';
import { useDataStore } from './data-store';
import { usePostcodeStore } from './postcode-store';
import { usePlaceStore } from './place-store';
import { placeAreaCounts, placesInArea } from './place-derived';
import { captureWorkspace } from './workspace/capture';
import { openWorkspaceFile, workspaceFileBytes } from './workspace/workspace-store';
import { resetRecorder } from './workspace/source-recorder';

const stores = [useDataStore, usePostcodeStore, usePlaceStore] as const;
const initial = stores.map((store) => store.getState());

const LOOKUP = 'pcd,pcds,oseast1m,osnrth1m,lsoa21,osward,lat,long\r\nCF101AA,CF10 1AA,318500,176000,W01001939,W05000864,51.51,-3.15\r\n';
/** Two places in the first of the four tiny wards (x −3.20…−3.18), one in the third, one outside them all. */
const WARD_PLACES = textFile('ward-places.csv', 'Name,Type,lng,lat\nChapel,Chapel,-3.19,51.51\nHall,Village hall,-3.185,51.505\nSchool,School,-3.15,51.51\nFar,Venue,-3.0,51.6\n');

beforeEach(() => {
  stores.forEach((store, i) => (store as { setState: (s: unknown, replace: true) => void }).setState(initial[i], true));
  resetRecorder();
  wireStoresInNode();
});

describe('places in the stores', () => {
  it('routes a place file without dates to the place layer, with the lookup dropped beside it placing the postcode row', async () => {
    await useDataStore.getState().loadFiles([placesCsv, textFile('NSPL_CF.csv', LOOKUP)]);
    const [id] = usePlaceStore.getState().order;
    const dataset = usePlaceStore.getState().datasets[id];
    expect([dataset.label, dataset.places.map((p) => p.category), dataset.report.files, dataset.report.rejected.map((r) => r.reason)]).toEqual([
      'community-assets', ['place-of-worship', 'place-of-worship', 'community-centre'], [{ name: 'community-assets.csv', rowsRead: 9, rowsKept: 3 }],
      ['bad-coordinates', 'lat-lng-swapped', 'unknown-category', 'no-category', 'no-position', 'not-in-lookup'],
    ]);
  });

  it('shows a refused place file as the place layer\'s error and loads nothing', async () => {
    await usePlaceStore.getState().loadPlaces([noCategoryCsv]);
    expect([usePlaceStore.getState().order, usePlaceStore.getState().errors.map((e) => [e.code, e.detail])]).toEqual([[], [['mapping-column-missing', 'place-category']]]);
  });

  it('counts places per area of a boundary layer and lists an area\'s places', async () => {
    await useDataStore.getState().loadFiles([textFile(WARDS_FILE.name, WARDS_FILE.text), WARD_PLACES]);
    const wards = Object.values(useDataStore.getState().datasets)[0];
    const places = Object.values(usePlaceStore.getState().datasets)[0];
    const counts = placeAreaCounts(places, wards);
    expect([counts.byArea, counts.outside, placesInArea([places], wards, 0).map((found) => found.place.name)]).toEqual([
      [{ 'place-of-worship': 1, 'community-centre': 1 }, {}, { school: 1 }, {}], 1, ['Chapel', 'Hall'],
    ]);
  });

  it('keeps place layers in the workspace, after the postcode lookup that places them, and hides one on request', async () => {
    await useDataStore.getState().loadFiles([placesCsv, textFile('NSPL_CF.csv', LOOKUP)]);
    const [id] = usePlaceStore.getState().order;
    usePlaceStore.getState().setPlacesVisible(id, false);
    expect(usePlaceStore.getState().hidden).toEqual([id]);
    const { snapshot } = captureWorkspace(new Date('2026-01-02T03:04:05Z'));
    expect(snapshot.sources.map((source) => [source.kind, source.files.map((file) => file.name)])).toEqual([['postcodes', ['NSPL_CF.csv']], ['places', ['community-assets.csv']]]);
    const bytes = await workspaceFileBytes();
    usePlaceStore.getState().removePlaces(id);
    expect(usePlaceStore.getState().hidden).toEqual([]);
    await openWorkspaceFile({ name: 'w.cohesion-atlas', bytes: bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer });
    expect([usePlaceStore.getState().order, usePlaceStore.getState().datasets[id]?.places.length, usePlaceStore.getState().hidden]).toEqual([[id], 3, [id]]);
  });
});
