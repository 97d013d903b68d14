/**
 * Draws a view's map at print size: the view (see state/view-scope) rendered offscreen by the same map
 * components and layer builders as the live map — a MapLibre map of its boundary layers and a deck.gl canvas
 * of its overlay layers, both at the page's pixel ratio — composited onto one 2D canvas. Nothing on screen is
 * copied and no store is changed. The frame shows at least the area the view's camera shows on screen.
 */
import { createRoot } from 'react-dom/client';
import type { Map as MaplibreMap } from 'maplibre-gl';
import { Deck, MapView as DeckMapView, type Layer } from '@deck.gl/core';
import { metresPerCssPixel } from '../../analysis/export/scale-bar';
import { liveMapSize } from './live-map';
import { ExportCancelled, throwIfCancelled } from '../../state/export-store';
import { useDataStore } from '../../state/data-store';
import { ViewScopeContext, type ViewScope } from '../../state/view-scope';
import { OffscreenViewMap, type OffscreenViewState } from './OffscreenViewMap';
import type { BBox } from '../../types';
import { unionBBox } from '../../geo/bbox';

export interface MapFrameRequest {
  widthPx: number;
  heightPx: number;
  /** Device pixels per CSS pixel: lines, labels and symbols keep their physical size in print. */
  pxPerCssPx: number;
}

export interface MapFrame {
  canvas: HTMLCanvasElement;
  /** Ground metres per device pixel at the frame's centre. */
  metresPerPx: number;
}

const nextFrame = () => new Promise<void>((resolve) => requestAnimationFrame(() => resolve()));

let maxSizeCache: number | null = null;

/** The largest canvas side WebGL can draw here (texture and viewport limits; SwiftShader: 8192). */
export function maxCanvasSidePx(): number {
  if (maxSizeCache !== null) return maxSizeCache;
  const gl = document.createElement('canvas').getContext('webgl2');
  if (!gl) return (maxSizeCache = 4096);
  const dims = gl.getParameter(gl.MAX_VIEWPORT_DIMS) as Int32Array;
  maxSizeCache = Math.min(gl.getParameter(gl.MAX_TEXTURE_SIZE) as number, gl.getParameter(gl.MAX_RENDERBUFFER_SIZE) as number, dims[0], dims[1]);
  gl.getExtension('WEBGL_lose_context')?.loseContext();
  return maxSizeCache;
}

function offscreenContainer(cssWidth: number, cssHeight: number): HTMLDivElement {
  const container = document.createElement('div');
  // Off the page but laid out (MapLibre and deck.gl read its size); hidden from assistive technology.
  Object.assign(container.style, { position: 'fixed', left: '-20000px', top: '0', width: `${cssWidth}px`, height: `${cssHeight}px`, pointerEvents: 'none' });
  container.setAttribute('aria-hidden', 'true');
  document.body.appendChild(container);
  return container;
}

/** Mounts the view's map offscreen and resolves when it is drawn (or rejects on failure or cancel). */
function drawViewMap(container: HTMLDivElement, view: ViewScope, initialViewState: OffscreenViewState, pixelRatio: number, maxSidePx: number, signal?: AbortSignal) {
  const root = createRoot(container);
  const drawn = new Promise<{ map: MaplibreMap; deckLayers: Layer[] }>((resolve, reject) => {
    const onAbort = () => reject(new ExportCancelled());
    signal?.addEventListener('abort', onAbort, { once: true });
    const settle = <T,>(done: (value: T) => void) => (value: T) => {
      signal?.removeEventListener('abort', onAbort);
      done(value);
    };
    root.render(
      <ViewScopeContext.Provider value={view}>
        <OffscreenViewMap initialViewState={initialViewState} pixelRatio={pixelRatio} maxSidePx={maxSidePx} onReady={settle(resolve)} onError={settle(reject)} />
      </ViewScopeContext.Provider>,
    );
  });
  return { drawn, unmount: () => root.unmount() };
}

/** The union of the view's visible layers' boxes, to fit when the view has no camera yet. */
function visibleBounds(view: ViewScope): [[number, number], [number, number]] | null {
  const datasets = useDataStore.getState().datasets;
  const boxes: BBox[] = Object.values(view.layers).filter((layer) => layer.visible && datasets[layer.id]).map((layer) => datasets[layer.id].bbox);
  if (!boxes.length) return null;
  const [w, s, e, n] = unionBBox(boxes);
  return [[w, s], [e, n]];
}

async function renderDeck(container: HTMLDivElement, layers: Layer[], map: MaplibreMap, cssSize: [number, number], pixelRatio: number, signal?: AbortSignal): Promise<Deck<DeckMapView> | null> {
  if (!layers.length) return null;
  let renders = 0;
  const { lng, lat } = map.getCenter();
  // Copies: a layer instance belongs to one Deck, and the view's hook keeps its own.
  const copies = layers.map((layer) => layer.clone({}));
  const deck = new Deck<DeckMapView>({
    parent: container,
    width: cssSize[0],
    height: cssSize[1],
    style: { position: 'absolute', left: '0', top: '0' },
    useDevicePixels: pixelRatio,
    views: new DeckMapView({ repeat: true }),
    viewState: { longitude: lng, latitude: lat, zoom: map.getZoom(), bearing: 0, pitch: 0 },
    controller: false,
    layers: copies,
    onAfterRender: () => { renders += 1; },
  });
  const expectedWidth = Math.floor(cssSize[0] * pixelRatio);
  let state = '';
  // Up to about 20 s at 60 frames a second: software WebGL is slow with big canvases.
  for (let i = 0; i < 1200; i++) {
    await nextFrame();
    if (signal?.aborted) {
      deck.finalize();
      throw new ExportCancelled();
    }
    const canvas = deck.getCanvas();
    const loaded = deck.isInitialized && copies.every((layer) => layer.isLoaded);
    state = `initialised ${deck.isInitialized}, loaded ${loaded}, frames ${renders}, width ${canvas?.width} of ${expectedWidth}`;
    if (loaded && renders > 0 && canvas && Math.abs(canvas.width - expectedWidth) <= 1) {
      // One more frame, drawn now that everything is loaded and sized.
      const before = renders;
      deck.redraw('export');
      for (let j = 0; j < 120 && renders === before; j++) await nextFrame();
      if (renders > before) return deck;
    }
  }
  deck.finalize();
  throw new Error(`deck.gl layers did not finish drawing for the export (${state})`);
}

/** Renders the map of `view` into a canvas of the requested size. */
export async function renderMapFrame(request: MapFrameRequest, view: ViewScope, signal?: AbortSignal): Promise<MapFrame> {
  throwIfCancelled(signal);
  const maxSide = maxCanvasSidePx();
  // Draw at the page's ratio unless the frame would pass the WebGL limit; then draw smaller and scale up.
  const pixelRatio = Math.min(request.pxPerCssPx, (maxSide / Math.max(request.widthPx, request.heightPx)) * request.pxPerCssPx);
  const cssWidth = request.widthPx / request.pxPerCssPx;
  const cssHeight = request.heightPx / request.pxPerCssPx;
  const screen = liveMapSize();
  // Fit the area the camera shows on screen into the frame: the zoom moves by the ratio of sizes in CSS pixels.
  const fit = Math.min(cssWidth / Math.max(1, screen.widthPx), cssHeight / Math.max(1, screen.heightPx));
  const bounds = view.camera ? null : visibleBounds(view);
  const initialViewState: OffscreenViewState = view.camera
    ? { longitude: view.camera.center[0], latitude: view.camera.center[1], zoom: view.camera.zoom + Math.log2(fit) }
    : bounds ? { bounds } : { longitude: -2.5, latitude: 53.5, zoom: 5 };
  const container = offscreenContainer(cssWidth, cssHeight);
  const offscreen = drawViewMap(container, view, initialViewState, pixelRatio, maxSide, signal);
  let deck: Deck<DeckMapView> | null = null;
  try {
    const { map, deckLayers } = await offscreen.drawn;
    deck = await renderDeck(container, deckLayers, map, [cssWidth, cssHeight], pixelRatio, signal);
    throwIfCancelled(signal);
    const canvas = document.createElement('canvas');
    canvas.width = request.widthPx;
    canvas.height = request.heightPx;
    const context = canvas.getContext('2d');
    if (!context) throw new Error('No 2D canvas for the export');
    context.imageSmoothingQuality = 'high';
    context.drawImage(map.getCanvas(), 0, 0, request.widthPx, request.heightPx);
    const deckCanvas = deck?.getCanvas();
    if (deckCanvas) context.drawImage(deckCanvas, 0, 0, request.widthPx, request.heightPx);
    return { canvas, metresPerPx: metresPerCssPixel(map.getCenter().lat, map.getZoom()) / request.pxPerCssPx };
  } finally {
    deck?.finalize();
    offscreen.unmount();
    container.remove();
  }
}
