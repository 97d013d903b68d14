import { useMemo, useRef, useState } from 'react';
import MapGL, { type MapEvent } from 'react-map-gl/maplibre';
import maplibreWorkerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?worker&url';
import type { Map as MaplibreMap } from 'maplibre-gl';
import type { Layer as DeckLayer } from '@deck.gl/core';
import { useDataStore } from '../../state/data-store';
import { DEFAULT_OPACITY } from '../../state/layer-store';
import { useScopedLayers } from '../../state/view-scope';
import { useBasemapStyle } from '../use-basemap-style';
import { raiseBasemapLabels } from '../basemap-labels';
import { fillLayerId } from '../layers/choropleth-layer';
import { BoundaryLayers } from '../BoundaryLayers';
import { useViewDeckLayers } from '../use-view-deck-layers';

export interface OffscreenViewState {
  longitude?: number;
  latitude?: number;
  zoom?: number;
  bounds?: [[number, number], [number, number]];
}

interface Props {
  initialViewState: OffscreenViewState;
  pixelRatio: number;
  maxSidePx: number;
  /** Called once, when every boundary layer of the view is on the map and the map is idle. */
  onReady: (drawn: { map: MaplibreMap; deckLayers: DeckLayer[] }) => void;
  onError: (error: Error) => void;
}

const ignoreHover = () => {};

/**
 * The map of the view in scope (see state/view-scope), drawn offscreen for an export: the same boundary
 * layers and deck.gl layers as the live map, built by the same builders, at the page's pixel ratio. Nothing on
 * screen is copied and no store is changed.
 */
export function OffscreenViewMap({ initialViewState, pixelRatio, maxSidePx, onReady, onError }: Props) {
  const datasets = useDataStore((s) => s.datasets);
  const order = useDataStore((s) => s.order);
  const { layers, activeLayerId } = useScopedLayers();
  const shown = useMemo(() => order.filter((id) => layers[id]?.visible && datasets[id]).map((id) => datasets[id]), [order, layers, datasets]);
  const { mapStyle, labelIds } = useBasemapStyle();
  const [zoom, setZoom] = useState(initialViewState.zoom ?? 0);
  const deckLayers = useViewDeckLayers({ shown, labelled: activeLayerId ? datasets[activeLayerId] : undefined, zoom, onHoverPoint: ignoreHover });
  const latest = useRef(deckLayers);
  latest.current = deckLayers;
  const ready = useRef(false);

  const onIdle = (event: MapEvent) => {
    if (ready.current) return;
    const map = event.target;
    // react-map-gl adds the sources and layers after the style loads: an idle before that is not the view.
    if (!shown.every((dataset) => map.getLayer(fillLayerId(dataset.id)))) {
      map.triggerRepaint();
      return;
    }
    ready.current = true;
    onReady({ map, deckLayers: latest.current });
  };

  return (
    <MapGL
      initialViewState={initialViewState.bounds ? { bounds: initialViewState.bounds, fitBoundsOptions: { padding: 16 } } : initialViewState}
      mapStyle={mapStyle}
      workerUrl={maplibreWorkerUrl}
      pixelRatio={pixelRatio}
      maxCanvasSize={[maxSidePx, maxSidePx]}
      canvasContextAttributes={{ preserveDrawingBuffer: true, antialias: true }}
      interactive={false}
      attributionControl={false}
      fadeDuration={0}
      onLoad={(event) => setZoom(event.target.getZoom())}
      onStyleData={(e) => raiseBasemapLabels(e.target, labelIds)}
      onIdle={onIdle}
      onError={(event) => onError(event.error instanceof Error ? event.error : new Error(String(event.error)))}
      style={{ position: 'absolute', inset: 0 }}
    >
      {shown.map((dataset) => (
        <BoundaryLayers key={dataset.id} dataset={dataset} opacity={layers[dataset.id]?.opacity ?? DEFAULT_OPACITY} selectedIndex={null} />
      ))}
    </MapGL>
  );
}
