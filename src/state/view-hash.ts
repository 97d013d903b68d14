/**
 * The view in the page's URL hash (issue 19), so a view can be bookmarked or sent and comes back on load:
 * camera, the layer mapped, which layers show, its field and the timeline period. No data goes in it, only
 * ids the workspace already has (a link works where the same workspace is open).
 *
 *   #map=12.50/51.58123/-3.21876/0/0&layer=boundaries-1a2b-1&show=boundaries-1a2b-1&field=count&period=4
 *
 * `map` is zoom/lat/lng[/bearing/pitch], as OpenStreetMap and geojson.io write it.
 */
import type { Camera } from '../types/camera';
import { checkCamera } from './camera-store';

/** What a hash holds; null for each part it does not give. */
export interface HashView {
  camera: Camera | null;
  layer: string | null;
  /** Ids of the visible layers (others are hidden), or null to leave visibility as it is. */
  show: string[] | null;
  field: string | null;
  /** Timeline step; null leaves the timeline as it is. */
  period: number | null;
}

const round = (value: number, digits: number) => String(Number(value.toFixed(digits)));

/** The hash (with its "#") for a view; parts that are null are left out. */
export function formatViewHash(view: HashView): string {
  const parts: string[] = [];
  const { camera } = view;
  if (camera) {
    const turned = camera.bearing !== 0 || camera.pitch !== 0 ? `/${round(camera.bearing, 1)}/${round(camera.pitch, 1)}` : '';
    parts.push(`map=${round(camera.zoom, 2)}/${round(camera.center[1], 5)}/${round(camera.center[0], 5)}${turned}`);
  }
  if (view.layer !== null) parts.push(`layer=${encodeURIComponent(view.layer)}`);
  if (view.show !== null) parts.push(`show=${view.show.map(encodeURIComponent).join(',')}`);
  if (view.field !== null) parts.push(`field=${encodeURIComponent(view.field)}`);
  if (view.period !== null) parts.push(`period=${view.period}`);
  return parts.length ? `#${parts.join('&')}` : '';
}

function parseCamera(text: string | undefined): Camera | null {
  if (!text) return null;
  const numbers = text.split('/').map(Number);
  if (numbers.length !== 3 && numbers.length !== 5) return null;
  const [zoom, lat, lng, bearing = 0, pitch = 0] = numbers;
  return checkCamera({ center: [lng, lat], zoom, bearing, pitch });
}

/** Reads a hash ("#map=…&layer=…", with or without its "#"); anything malformed is ignored part by part. */
export function parseViewHash(hash: string): HashView {
  const values = new Map<string, string>();
  for (const part of hash.replace(/^#/, '').split('&')) {
    const at = part.indexOf('=');
    if (at > 0) values.set(part.slice(0, at), part.slice(at + 1));
  }
  const decode = (text: string | undefined) => {
    if (text === undefined || text === '') return null;
    try {
      return decodeURIComponent(text);
    } catch {
      return null;
    }
  };
  const period = values.get('period');
  const show = values.get('show');
  return {
    camera: parseCamera(values.get('map')),
    layer: decode(values.get('layer')),
    show: show === undefined ? null : show.split(',').map(decode).filter((id): id is string => id !== null),
    field: decode(values.get('field')),
    period: period !== undefined && /^\d+$/.test(period) ? Number(period) : null,
  };
}
