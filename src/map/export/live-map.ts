/**
 * The on-screen map, registered by MapView, so exports know the size of the map on screen: a view's camera
 * shows what it shows at that size, and an "as on screen" page is that size. Exports never copy this map.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

let live: MaplibreMap | null = null;

/** Called by MapView when the map has loaded. */
export function registerLiveMap(map: MaplibreMap): void {
  live = map;
}

/** The on-screen map's size in CSS pixels (for "as on screen" exports). */
export function liveMapSize(): { widthPx: number; heightPx: number } {
  const container = live?.getContainer();
  return { widthPx: container?.clientWidth ?? 1024, heightPx: container?.clientHeight ?? 768 };
}
