import { beforeEach, describe, expect, it } from 'vitest';
import { useBasemapConsentStore } from './basemap-consent-store';
import { useViewStore } from './view-store';
import { registerLayerParts } from './workspace/parts/layer-parts';
import { restoreParts, snapshotParts } from './workspace/workspace-parts';

const TILES = 'https://tiles.example.org/{z}/{x}/{y}.png';

beforeEach(() => {
  registerLayerParts();
  useViewStore.setState({ basemapUrl: '' });
  useBasemapConsentStore.setState({ pendingUrl: null });
});

describe('basemap consent', () => {
  it('holds a basemap address from a restored workspace instead of using it, and keeps it when saving again', async () => {
    await restoreParts({ view: { basemapUrl: TILES } }, (id) => id);
    expect([useViewStore.getState().basemapUrl, useBasemapConsentStore.getState().pendingUrl]).toEqual(['', TILES]);
    expect((snapshotParts().view as { basemapUrl: string }).basemapUrl).toBe(TILES);
  });

  it('uses the address only when the user accepts, and drops it when they keep the offline background', async () => {
    await restoreParts({ view: { basemapUrl: TILES } }, (id) => id);
    useBasemapConsentStore.getState().decline();
    expect([useViewStore.getState().basemapUrl, useBasemapConsentStore.getState().pendingUrl]).toEqual(['', null]);
    await restoreParts({ view: { basemapUrl: TILES } }, (id) => id);
    useBasemapConsentStore.getState().accept();
    expect([useViewStore.getState().basemapUrl, useBasemapConsentStore.getState().pendingUrl]).toEqual([TILES, null]);
  });

  it('asks nothing for the basemap already in use, or for none', async () => {
    useViewStore.setState({ basemapUrl: TILES });
    await restoreParts({ view: { basemapUrl: TILES } }, (id) => id);
    expect(useBasemapConsentStore.getState().pendingUrl).toBeNull();
    await restoreParts({ view: { basemapUrl: '' } }, (id) => id);
    expect([useViewStore.getState().basemapUrl, useBasemapConsentStore.getState().pendingUrl]).toEqual(['', null]);
  });
});
