/** Reading what the map shows: decode PNG screenshots and count pixels of given colours. */
import { PNG } from 'pngjs';

export type Rgb = [number, number, number];

export function hexToRgb(hex: string): Rgb {
  const h = hex.replace('#', '');
  const full = h.length === 3 ? h.split('').map((c) => c + c).join('') : h;
  return [0, 2, 4].map((i) => parseInt(full.slice(i, i + 2), 16)) as Rgb;
}

/** Colour of a fill `color` drawn at `opacity` over `background` (what the canvas shows). */
export function blend(color: Rgb, background: Rgb, opacity: number): Rgb {
  return color.map((c, i) => Math.round(opacity * c + (1 - opacity) * background[i])) as Rgb;
}

/** Number of pixels within ±tolerance per channel of each target colour. */
export function countColors(png: Buffer, targets: Rgb[], tolerance = 3): number[] {
  const image = PNG.sync.read(png);
  const counts = targets.map(() => 0);
  const { data } = image;
  for (let i = 0; i < data.length; i += 4) {
    for (let t = 0; t < targets.length; t++) {
      const [r, g, b] = targets[t];
      if (Math.abs(data[i] - r) <= tolerance && Math.abs(data[i + 1] - g) <= tolerance && Math.abs(data[i + 2] - b) <= tolerance) {
        counts[t]++;
        break;
      }
    }
  }
  return counts;
}

/** Width and height of a PNG. */
export function pngSize(png: Buffer): { width: number; height: number } {
  const image = PNG.sync.read(png);
  return { width: image.width, height: image.height };
}
