import { useEffect } from 'react';
import { useControl } from 'react-map-gl/maplibre';
import { MapLibreOverlay, type MapLibreOverlayProps } from '@deck.gl/maplibre';
import { countDeckRender, registerDeckLayers } from './export/live-map';

/**
 * deck.gl layers over the map, overlaid on their own canvas (deck's default). Interleaved mode would put
 * everything in one canvas, but with MapLibre 6 it stops MapLibre's own layers drawing once any deck
 * layer exists (both use uniform binding point 2; deck.gl issue #10700), so exports composite the two
 * canvases instead.
 */
export function DeckOverlay(props: MapLibreOverlayProps) {
  // Exports copy the current layers and wait for frames drawn after a change.
  registerDeckLayers(props.layers);
  const withCount: MapLibreOverlayProps = { ...props, onAfterRender: (context) => { countDeckRender(); props.onAfterRender?.(context); } };
  const overlay = useControl<MapLibreOverlay>(() => new MapLibreOverlay(withCount));
  overlay.setProps(withCount);
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
