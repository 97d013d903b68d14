/**
 * Readiness signals for the end-to-end tests (and for anyone debugging): map events seen and deck.gl
 * frames drawn. Holds no data beyond what is on screen.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';

export interface AtlasTestHooks {
  map: MaplibreMap | null;
  /** Every map on screen: one, or the two panes of a comparison (left/underneath first). */
  maps: MaplibreMap[];
  events: string[];
  deckRenders: number;
  /** Ids of the deck.gl layers last handed to the overlay. */
  deckLayers: string[];
  /** The area names the labels show now (after placement), for the place-name specs. */
  areaLabels?: string[];
  /** What the last export drew and refused (read by `atlas export --json`). */
  exportReport?: unknown;
  /** Opens the sidebar section holding `element` (the e2e driver reveals a panel before using it). */
  revealSection?: (element: Element) => void;
}

declare global {
  interface Window {
    __atlas?: AtlasTestHooks;
  }
}

/** The hooks object on window, created on first use. */
export function testHooks(): AtlasTestHooks {
  if (typeof window === 'undefined') return { map: null, maps: [], events: [], deckRenders: 0, deckLayers: [] };
  window.__atlas ??= { map: null, maps: [], events: [], deckRenders: 0, deckLayers: [] };
  return window.__atlas;
}
