/**
 * Where panels float over a map, read from the page: elements marked `data-map-overlay` (the legend, the
 * timeline, the presentation bar) in the map's area, and MapLibre's own buttons. Relative to the map.
 */
import type { Map as MaplibreMap } from 'maplibre-gl';
import { fitPadding, type Padding, type ScreenRect } from './fit-padding';

const OVERLAYS = '[data-map-overlay], .maplibregl-ctrl-top-right';

function overlayRects(map: MaplibreMap): ScreenRect[] {
  const container = map.getContainer();
  const box = container.getBoundingClientRect();
  const area = container.closest('.map-area') ?? container;
  return Array.from(area.querySelectorAll(OVERLAYS)).map((element) => {
    const r = element.getBoundingClientRect();
    return { left: r.left - box.left, top: r.top - box.top, right: r.right - box.left, bottom: r.bottom - box.top };
  });
}

/** Padding for fitting `bbox` on `map` clear of every panel over it. */
export function paddingClearOfPanels(map: MaplibreMap, bbox: [number, number, number, number]): Padding {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  const corner = map.project([minLng, maxLat]);
  const opposite = map.project([maxLng, minLat]);
  const aspect = Math.abs(opposite.x - corner.x) / Math.max(1e-6, Math.abs(opposite.y - corner.y));
  const container = map.getContainer();
  return fitPadding({ width: container.clientWidth, height: container.clientHeight }, overlayRects(map), aspect);
}

const samePadding = (a: Padding | null, b: Padding) => !!a && a.top === b.top && a.right === b.right && a.bottom === b.bottom && a.left === b.left;

/**
 * Fits `bbox` clear of the panels, and fits again whenever a panel appears or changes size (the timeline once
 * a dated file is loaded, a longer legend), until the person moves the map themselves. Returns the stop.
 */
export function fitClearOfPanels(map: MaplibreMap, bbox: [number, number, number, number]): () => void {
  const [minLng, minLat, maxLng, maxLat] = bbox;
  let last: Padding | null = null;
  const fit = () => {
    // The container may have just changed size (presenting hides the sidebar): measure it before fitting.
    map.resize();
    const padding = paddingClearOfPanels(map, bbox);
    if (samePadding(last, padding)) return;
    last = padding;
    // maxZoom: a single point (or one tiny area) would otherwise zoom to metres.
    map.fitBounds([[minLng, minLat], [maxLng, maxLat]], { padding, duration: 0, maxZoom: 15 });
  };
  fit();
  const area = map.getContainer().closest('.map-area') ?? map.getContainer();
  let timer: ReturnType<typeof setTimeout> | undefined;
  const later = () => {
    clearTimeout(timer);
    timer = setTimeout(fit, 120);
  };
  const sizes = new ResizeObserver(later);
  const watch = () => area.querySelectorAll(OVERLAYS).forEach((element) => sizes.observe(element));
  watch();
  const added = new MutationObserver(() => { watch(); later(); });
  added.observe(area, { childList: true, subtree: true });
  const stop = () => {
    clearTimeout(timer);
    sizes.disconnect();
    added.disconnect();
    map.off('movestart', onMoveStart);
  };
  // Only a person's own move (it carries the mouse, touch or key event) ends the refitting.
  const onMoveStart = (event: { originalEvent?: unknown }) => { if (event.originalEvent) stop(); };
  map.on('movestart', onMoveStart);
  return stop;
}
