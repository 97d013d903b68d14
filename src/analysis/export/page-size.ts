/**
 * Pixel sizes of exported map pages: the on-screen map as it is, or ISO A4/A3 paper at 150 or 300 dpi.
 * Everything drawn on a page (lines, fonts, the map's own pixel ratio) scales with `pxPerCssPx`, so a
 * print shows things at the physical size they have on a 96 dpi screen.
 */

export type PaperSize = 'screen' | 'a4' | 'a3';
export type Orientation = 'portrait' | 'landscape';
export type PrintDpi = 150 | 300;

/** What the user chose: paper, orientation and resolution (the last two ignored for 'screen'). */
export interface PageSpec {
  paper: PaperSize;
  orientation: Orientation;
  dpi: PrintDpi;
}

/** A page in device pixels, its resolution, and device pixels per CSS pixel (dpi / 96). */
export interface PageSize {
  widthPx: number;
  heightPx: number;
  dpi: number;
  pxPerCssPx: number;
}

/** ISO 216 paper in millimetres, portrait (width, height). */
export const PAPER_MM: Record<Exclude<PaperSize, 'screen'>, [number, number]> = {
  a4: [210, 297],
  a3: [297, 420],
};

/** CSS's reference resolution: 96 CSS pixels to the inch. */
export const CSS_DPI = 96;

/** Millimetres at `dpi` as whole device pixels (A4 at 300 dpi: 210 mm → 2480 px). */
export function mmToPx(mm: number, dpi: number): number {
  return Math.round((mm / 25.4) * dpi);
}

/** Typographic points at `dpi` as device pixels (not rounded: fonts may be fractional). */
export function ptToPx(pt: number, dpi: number): number {
  return (pt / 72) * dpi;
}

/**
 * The page size for a spec. 'screen' is the on-screen map's CSS size at 96 dpi (one device pixel per
 * CSS pixel, whatever the display's own pixel ratio), so it matches what the user sees.
 */
export function pagePixelSize(spec: PageSpec, screen: { widthPx: number; heightPx: number }): PageSize {
  if (spec.paper === 'screen') {
    return { widthPx: Math.max(1, Math.round(screen.widthPx)), heightPx: Math.max(1, Math.round(screen.heightPx)), dpi: CSS_DPI, pxPerCssPx: 1 };
  }
  const [shortMm, longMm] = PAPER_MM[spec.paper];
  const [widthMm, heightMm] = spec.orientation === 'portrait' ? [shortMm, longMm] : [longMm, shortMm];
  return { widthPx: mmToPx(widthMm, spec.dpi), heightPx: mmToPx(heightMm, spec.dpi), dpi: spec.dpi, pxPerCssPx: spec.dpi / CSS_DPI };
}

/** A file-name-friendly description of a page ("a4-portrait-300dpi", "screen"). */
export function pageSlug(spec: PageSpec): string {
  return spec.paper === 'screen' ? 'screen' : `${spec.paper}-${spec.orientation}-${spec.dpi}dpi`;
}
