/**
 * A vector basemap's place names belong over the choropleth: under a coloured fill a name is hard to read.
 * The boundary layers are added after the style (and again after every style change), so the names are
 * raised to the top whenever the style's layers change.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

/** The label layers to move to the top, in order; none when they already end the layer order. */
export function layersToRaise(order: readonly string[], labelIds: readonly string[]): string[] {
  const present = labelIds.filter((id) => order.includes(id));
  const tail = order.slice(order.length - present.length);
  return present.every((id, i) => tail[i] === id) ? [] : present;
}

/** Moves the basemap's label layers above every other MapLibre layer (deck.gl's labels stay above them all). */
export function raiseBasemapLabels(map: MaplibreMap, labelIds: readonly string[]): void {
  if (!labelIds.length) return;
  for (const id of layersToRaise(map.getLayersOrder(), labelIds)) map.moveLayer(id);
}
