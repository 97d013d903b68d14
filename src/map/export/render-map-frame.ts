/**
 * Draws the current map at print size: an offscreen MapLibre map with a copy of the on-screen style,
 * and an offscreen deck.gl canvas with copies of the on-screen deck layers, both at the page's pixel
 * ratio, composited onto one 2D canvas. The frame shows at least the area visible on screen.
 */
import { Map as MaplibreMap, type LngLat, type StyleSpecification } from 'maplibre-gl';
import { Deck, MapView as DeckMapView, type Layer } from '@deck.gl/core';
import { metresPerCssPixel } from '../../analysis/export/scale-bar';
import { liveMap } from './live-map';
import { ExportCancelled, throwIfCancelled } from '../../state/export-store';

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

async function renderBaseMap(container: HTMLDivElement, style: StyleSpecification, view: { center: LngLat; zoom: number }, pixelRatio: number, maxSide: number, signal?: AbortSignal): Promise<MaplibreMap> {
  const map = new MaplibreMap({
    container,
    style,
    center: view.center,
    zoom: view.zoom,
    bearing: 0,
    pitch: 0,
    pixelRatio,
    maxCanvasSize: [maxSide, maxSide],
    canvasContextAttributes: { preserveDrawingBuffer: true, antialias: true },
    interactive: false,
    attributionControl: false,
    fadeDuration: 0,
  });
  // Cancelling stops waiting at once; a map that failed or was cancelled is removed here.
  let onAbort = () => {};
  try {
    await new Promise<void>((resolve, reject) => {
      map.once('idle', () => resolve());
      map.once('error', (event: { error?: unknown }) => reject(event.error instanceof Error ? event.error : new Error(String(event.error))));
      onAbort = () => reject(new ExportCancelled());
      signal?.addEventListener('abort', onAbort, { once: true });
    });
  } catch (error) {
    map.remove();
    throw error;
  } finally {
    signal?.removeEventListener('abort', onAbort);
  }
  return map;
}

async function renderDeck(container: HTMLDivElement, layers: Layer[], map: MaplibreMap, cssSize: [number, number], pixelRatio: number, signal?: AbortSignal): Promise<Deck<DeckMapView> | null> {
  if (!layers.length) return null;
  let renders = 0;
  const { lng, lat } = map.getCenter();
  // Copies of the on-screen layers: a layer instance belongs to one Deck.
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

/** Renders the map as it is on screen into a canvas of the requested size. */
export async function renderMapFrame(request: MapFrameRequest, signal?: AbortSignal): Promise<MapFrame> {
  throwIfCancelled(signal);
  const live = liveMap().map;
  if (!live) throw new Error('The map is not ready yet');
  const maxSide = maxCanvasSidePx();
  // Draw at the page's ratio unless the frame would pass the WebGL limit; then draw smaller and scale up.
  const pixelRatio = Math.min(request.pxPerCssPx, (maxSide / Math.max(request.widthPx, request.heightPx)) * request.pxPerCssPx);
  const cssWidth = request.widthPx / request.pxPerCssPx;
  const cssHeight = request.heightPx / request.pxPerCssPx;
  const screen = live.getContainer();
  // Fit the area visible on screen into the frame: the zoom moves by the ratio of sizes in CSS pixels.
  const fit = Math.min(cssWidth / Math.max(1, screen.clientWidth), cssHeight / Math.max(1, screen.clientHeight));
  const view = { center: live.getCenter(), zoom: live.getZoom() + Math.log2(fit) };
  const container = offscreenContainer(cssWidth, cssHeight);
  let map: MaplibreMap | null = null;
  let deck: Deck<DeckMapView> | null = null;
  try {
    map = await renderBaseMap(container, live.getStyle(), view, pixelRatio, maxSide, signal);
    deck = await renderDeck(container, liveMap().deckLayers.filter((l): l is Layer => !!l && typeof l === 'object' && 'clone' in l), map, [cssWidth, cssHeight], pixelRatio, signal);
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
    map?.remove();
    container.remove();
  }
}
