/**
 * The on-screen map and its current deck.gl layers, registered by MapView and DeckOverlay, so exports
 * can copy the style and layers into an offscreen map drawn at print size.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { LayersList } from '@deck.gl/core';

interface LiveMap {
  map: MaplibreMap | null;
  deckLayers: LayersList;
  deckRenders: number;
}

const live: LiveMap = { map: null, deckLayers: [], deckRenders: 0 };

/** Called by MapView when the map has loaded. */
export function registerLiveMap(map: MaplibreMap): void {
  live.map = map;
}

/** Called by DeckOverlay with the layers it passes to deck.gl. */
export function registerDeckLayers(layers: LayersList | undefined): void {
  live.deckLayers = layers ?? [];
}

/** Called after every deck.gl frame of the on-screen overlay. */
export function countDeckRender(): void {
  live.deckRenders += 1;
}

export function liveMap(): Readonly<LiveMap> {
  return live;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

/**
 * Waits until the on-screen map shows the current app state: React commits and react-map-gl hands new
 * paint to MapLibre (two animation frames), MapLibre is idle, and deck.gl has drawn a frame since.
 */
export async function settleLiveMap(): Promise<void> {
  const map = live.map;
  for (let round = 0; round < 2; round++) {
    await nextFrame();
    await nextFrame();
    if (!map) continue;
    const rendersBefore = live.deckRenders;
    await new Promise<void>((resolve) => {
      map.once('idle', () => resolve());
      map.triggerRepaint();
    });
    // deck.gl redraws on the map's render event; give it a few frames to catch up.
    for (let i = 0; i < 30 && live.deckRenders === rendersBefore; i++) await nextFrame();
  }
}

/** The on-screen map's size in CSS pixels (for "as on screen" exports). */
export function liveMapSize(): { widthPx: number; heightPx: number } {
  const container = live.map?.getContainer();
  return { widthPx: container?.clientWidth ?? 1024, heightPx: container?.clientHeight ?? 768 };
}
