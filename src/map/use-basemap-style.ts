import { useMemo } from 'react';
import type { StyleSpecification } from 'maplibre-gl';
import { useShallow } from 'zustand/react/shallow';
import { useViewStore } from '../state/view-store';
import { useLocalBasemapStore } from '../state/local-basemap-store';
import { useLocaleStore } from '../state/locale-store';
import { resolveMapStyle } from './map-style';
import { openLocalBasemap } from './pmtiles-protocol';
import { buildBasemapLabelLayers } from './basemap-vector-style';

/**
 * The map style for the basemap in use (local PMTiles file, typed address, or none) and, for a vector
 * PMTiles basemap, the ids of its place-name layers, which the map keeps over the data (raiseBasemapLabels).
 * The live map and an export both take them from here.
 */
export function useBasemapStyle(): { mapStyle: StyleSpecification | string; labelIds: string[] } {
  const basemapUrl = useViewStore((s) => s.basemapUrl);
  const { basemap, archiveKey } = useLocalBasemapStore(useShallow((s) => ({ basemap: s.basemap, archiveKey: s.archiveKey })));
  const locale = useLocaleStore((s) => s.locale);
  return useMemo(() => {
    const local = openLocalBasemap(basemap, archiveKey);
    return {
      mapStyle: resolveMapStyle(basemapUrl, local, locale),
      labelIds: local?.basemap.tileKind === 'vector' ? buildBasemapLabelLayers(local.basemap.vectorLayers, locale).map((layer) => layer.id) : [],
    };
  }, [basemapUrl, basemap, archiveKey, locale]);
}
