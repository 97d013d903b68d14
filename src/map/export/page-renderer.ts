/**
 * The page renderer handed to the export dialog: lays out the furniture for the chosen page, draws the
 * map at the frame's size, paints the page and encodes it (PNG marked with its dpi, or a one-page PDF).
 */
import { layoutFurniture } from '../../analysis/export/furniture-layout';
import { pagePixelSize } from '../../analysis/export/page-size';
import { withPngDpi } from '../../analysis/export/png-dpi';
import { throwIfCancelled, type PageRenderer } from '../../state/export-store';
import { canvasMeasure, drawPage } from './draw-page';
import { liveMapSize } from './live-map';
import { renderMapFrame } from './render-map-frame';
import { encodePdfPage } from './encode-pdf';

async function canvasBytes(canvas: HTMLCanvasElement, type: string): Promise<Uint8Array> {
  const blob = await new Promise<Blob | null>((resolve) => canvas.toBlob(resolve, type));
  if (!blob) throw new Error('The browser could not encode the image');
  return new Uint8Array(await blob.arrayBuffer());
}

/** Renders the map of a view onto a page with its furniture, as PNG or PDF bytes. */
export const renderPage: PageRenderer = async (request, view, onProgress, signal) => {
  throwIfCancelled(signal);
  const page = pagePixelSize(request.page, liveMapSize());
  const pageCanvas = document.createElement('canvas');
  pageCanvas.width = page.widthPx;
  pageCanvas.height = page.heightPx;
  const context = pageCanvas.getContext('2d');
  if (!context) throw new Error('No 2D canvas for the export');
  const layout = layoutFurniture(page, request.texts, request.legendRows, canvasMeasure(context));
  onProgress?.(0.1);
  // Whole pixels for the frame, so the map is not resampled by a fraction of a pixel.
  const frame = { x: Math.round(layout.frame.x), y: Math.round(layout.frame.y), width: Math.round(layout.frame.width), height: Math.round(layout.frame.height) };
  const map = await renderMapFrame({ widthPx: frame.width, heightPx: frame.height, pxPerCssPx: page.pxPerCssPx }, view, signal);
  throwIfCancelled(signal);
  onProgress?.(0.7);
  drawPage(context, { ...layout, frame }, map, { ...request.texts, localeTag: request.localeTag });
  const bytes = request.format === 'pdf'
    ? await encodePdfPage(context, page, request.texts.title)
    : withPngDpi(await canvasBytes(pageCanvas, 'image/png'), page.dpi);
  throwIfCancelled(signal);
  onProgress?.(1);
  return bytes;
};
