import { useEffect } from 'react';
import { useControl } from 'react-map-gl/maplibre';
import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';

/**
 * deck.gl layers over the map, overlaid on their own canvas (deck's default). Interleaved mode would put
 * everything in one canvas, but with MapLibre 6 it stops MapLibre's own layers drawing once any deck
 * layer exists (both use uniform binding point 2; deck.gl issue #10700), so exports composite the two
 * canvases of their own offscreen view instead.
 */
export function DeckOverlay(props: MapLibreOverlayProps) {
  const overlay = useControl<MapLibreOverlay>(() => new MapLibreOverlay(props));
  overlay.setProps(props);
  // The overlay canvas is only pictures over the map canvas, which takes the focus and the keys.
  useEffect(() => {
    const canvas = overlay.getCanvas();
    if (canvas && canvas.tabIndex !== -1) {
      canvas.tabIndex = -1;
      canvas.setAttribute('aria-hidden', 'true');
    }
  });
  return null;
}
