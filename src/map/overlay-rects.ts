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
