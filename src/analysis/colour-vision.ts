/**
 * Colour-vision checks for palettes: simulated protanopia, deuteranopia and tritanopia (Machado, Oliveira
 * & Fernandes 2009, severity 1.0, applied in linear RGB) and CIELAB ΔE (1976) between colours, so tests can
 * show that class colours stay apart for people with colour-vision deficiency.
 */

export type ColourVision = 'normal' | 'protanopia' | 'deuteranopia' | 'tritanopia';
type Lab = [number, number, number];

const MACHADO: Record<ColourVision, number[][]> = {
  normal: [[1, 0, 0], [0, 1, 0], [0, 0, 1]],
  protanopia: [[0.152286, 1.052583, -0.204868], [0.114503, 0.786281, 0.099216], [-0.003882, -0.048116, 1.051998]],
  deuteranopia: [[0.367322, 0.860646, -0.227968], [0.280085, 0.672501, 0.047413], [-0.01182, 0.04294, 0.968881]],
  tritanopia: [[1.255528, -0.076749, -0.178779], [-0.078411, 0.930809, 0.147602], [0.004733, 0.691367, 0.3039]],
};

const toLinear = (c: number) => (c <= 0.04045 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4);

function linearRgb(hex: string): [number, number, number] {
  const h = hex.replace('#', '');
  return [0, 2, 4].map((i) => toLinear(parseInt(h.slice(i, i + 2), 16) / 255)) as [number, number, number];
}

/** CIELAB (D65) of a `#rrggbb` colour as seen with the given colour vision. */
export function labAsSeen(hex: string, vision: ColourVision = 'normal'): Lab {
  const rgb = linearRgb(hex);
  const [r, g, b] = MACHADO[vision].map((row) => Math.min(1, Math.max(0, row[0] * rgb[0] + row[1] * rgb[1] + row[2] * rgb[2])));
  const x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.95047;
  const y = 0.2126 * r + 0.7152 * g + 0.0722 * b;
  const z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.08883;
  const f = (t: number) => (t > 0.008856 ? Math.cbrt(t) : 7.787 * t + 16 / 116);
  return [116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))];
}

/** CIELAB ΔE (1976) between two colours as seen with the given colour vision. */
export function deltaE(a: string, b: string, vision: ColourVision = 'normal'): number {
  const p = labAsSeen(a, vision);
  const q = labAsSeen(b, vision);
  return Math.hypot(p[0] - q[0], p[1] - q[1], p[2] - q[2]);
}

/** The smallest ΔE between any two of `colours` as seen with the given colour vision. */
export function closestPair(colours: readonly string[], vision: ColourVision): number {
  let least = Infinity;
  for (let i = 0; i < colours.length; i++) {
    for (let j = i + 1; j < colours.length; j++) least = Math.min(least, deltaE(colours[i], colours[j], vision));
  }
  return least;
}
