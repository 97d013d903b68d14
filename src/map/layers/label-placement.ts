/**
 * Which area labels to draw at a zoom so that none overlaps another: larger areas are named first, and a
 * label whose box (estimated from its length and the font size) would cover one already placed is left
 * out until the map is zoomed in far enough for it to fit. deck.gl's TextLayer has no collision of its own
 * (that is @deck.gl/extensions' CollisionFilterExtension, which the app does not carry).
 */
import type { LngLat } from '../../types';

export interface PlacedLabelInput {
  position: LngLat;
  text: string;
}

/** World size in pixels at zoom 0 (deck.gl and MapLibre both use 512-pixel tiles). */
const WORLD_PX = 512;
/** Average glyph advance of a sans-serif semibold face, in font sizes: enough to keep words apart. */
const CHAR_WIDTH_EM = 0.6;
/** Space kept clear around a label, in pixels (its halo and a little air). */
const PADDING_PX = 4;

/** Web Mercator pixel coordinates of a position at a zoom. */
function project([lng, lat]: LngLat, zoom: number): [number, number] {
  const scale = WORLD_PX * 2 ** zoom;
  const sin = Math.sin((Math.max(-85, Math.min(85, lat)) * Math.PI) / 180);
  return [((lng + 180) / 360) * scale, (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale];
}

/**
 * For each label, whether it is drawn at `zoom` with text `sizePx` high. Labels are considered in order of
 * `priority` (highest first, ties by index) and placed greedily. Boxes at a lower zoom are closer together
 * than at any higher one, so a placement made for a zoom holds for every zoom above it.
 */
export function placeLabels(labels: readonly PlacedLabelInput[], priority: readonly number[], zoom: number, sizePx: number): boolean[] {
  const cellPx = 128;
  const grid = new Map<string, [number, number, number, number][]>();
  const shown = labels.map(() => false);
  const order = labels.map((_, i) => i).sort((a, b) => priority[b] - priority[a] || a - b);
  for (const i of order) {
    const { position, text } = labels[i];
    if (!text) continue;
    const [x, y] = project(position, zoom);
    const halfWidth = (text.length * sizePx * CHAR_WIDTH_EM) / 2 + PADDING_PX;
    const halfHeight = (sizePx * 1.2) / 2 + PADDING_PX;
    const box: [number, number, number, number] = [x - halfWidth, y - halfHeight, x + halfWidth, y + halfHeight];
    const cells: string[] = [];
    for (let cx = Math.floor(box[0] / cellPx); cx <= Math.floor(box[2] / cellPx); cx++) {
      for (let cy = Math.floor(box[1] / cellPx); cy <= Math.floor(box[3] / cellPx); cy++) cells.push(`${cx},${cy}`);
    }
    const collides = cells.some((cell) => grid.get(cell)?.some((other) => box[0] < other[2] && other[0] < box[2] && box[1] < other[3] && other[1] < box[3]));
    if (collides) continue;
    shown[i] = true;
    for (const cell of cells) {
      const list = grid.get(cell);
      if (list) list.push(box);
      else grid.set(cell, [box]);
    }
  }
  return shown;
}
