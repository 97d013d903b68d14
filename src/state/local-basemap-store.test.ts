import { beforeEach, describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { vectorArchive } from '../../test/helpers/basemap-archives';
import { basemapFile, useLocalBasemapStore } from './local-basemap-store';
import { useViewStore } from './view-store';
import { registerLayerParts } from './workspace/parts/layer-parts';
import { restoreParts, snapshotParts } from './workspace/workspace-parts';

const land: FeatureCollection = {
  type: 'FeatureCollection',
  features: [{ type: 'Feature', properties: {}, geometry: { type: 'Polygon', coordinates: [[[-3.3, 51.5], [-3.1, 51.5], [-3.1, 51.7], [-3.3, 51.7], [-3.3, 51.5]]] } }],
};
const archiveFile = (name: string) => new File([vectorArchive({ land }, 6, 7)], name);

beforeEach(() => {
  registerLayerParts();
  useLocalBasemapStore.getState().clear();
  useViewStore.setState({ basemapUrl: '' });
});

describe('local basemap file', () => {
  it('becomes the basemap in place of a typed address, its file held apart from the store', async () => {
    useViewStore.getState().setBasemapUrl('https://tiles.example.org/{z}/{x}/{y}.png');
    const file = archiveFile('area.pmtiles');
    await useLocalBasemapStore.getState().chooseFile(file);
    const { basemap, archiveKey, status } = useLocalBasemapStore.getState();
    expect([basemap?.fileName, basemap?.tileKind, status, useViewStore.getState().basemapUrl]).toEqual(['area.pmtiles', 'vector', 'ready', '']);
    expect(basemapFile(archiveKey!)).toBe(file);
  });

  it('refuses a file that is not PMTiles by name, keeping the basemap in use', async () => {
    await useLocalBasemapStore.getState().chooseFile(archiveFile('area.pmtiles'));
    await useLocalBasemapStore.getState().chooseFile(new File(['LSOA21CD,count\n'], 'counts.csv'));
    const { basemap, status, problem } = useLocalBasemapStore.getState();
    expect([basemap?.fileName, status, problem]).toEqual(['area.pmtiles', 'error', { code: 'not-pmtiles', file: 'counts.csv' }]);
  });

  it('is saved in the workspace by its file name, and a restored workspace asks for that file again', async () => {
    await useLocalBasemapStore.getState().chooseFile(archiveFile('zoomstack.pmtiles'));
    const saved = snapshotParts();
    expect((saved.view as { basemapFile: string }).basemapFile).toBe('zoomstack.pmtiles');
    useLocalBasemapStore.getState().clear();
    await restoreParts(saved, (id) => id);
    expect([useLocalBasemapStore.getState().basemap, useLocalBasemapStore.getState().awaitedFile]).toEqual([null, 'zoomstack.pmtiles']);
    // Still asked for when saved again before it is chosen; chosen, it is no longer awaited.
    expect((snapshotParts().view as { basemapFile: string }).basemapFile).toBe('zoomstack.pmtiles');
    await useLocalBasemapStore.getState().chooseFile(archiveFile('zoomstack.pmtiles'));
    expect(useLocalBasemapStore.getState().awaitedFile).toBeNull();
  });

  it('keeps the file in use when the restored workspace names the same file, and clears it when it names none', async () => {
    await useLocalBasemapStore.getState().chooseFile(archiveFile('zoomstack.pmtiles'));
    await restoreParts({ view: { basemapFile: 'zoomstack.pmtiles' } }, (id) => id);
    expect(useLocalBasemapStore.getState().basemap?.fileName).toBe('zoomstack.pmtiles');
    await restoreParts({ view: { basemapFile: null } }, (id) => id);
    expect([useLocalBasemapStore.getState().basemap, useLocalBasemapStore.getState().awaitedFile]).toEqual([null, null]);
  });
});
