/**
 * A PDF of the page: exactly A4/A3 (or the screen size at 96 dpi) with the painted page as one lossless
 * image. Text is part of the image rather than PDF text: the standard PDF fonts cannot show Welsh ŵ and ŷ,
 * and at 300 dpi rasterised text prints cleanly.
 */
import { zlib } from 'fflate';
import { buildImagePdf } from '../../analysis/export/pdf-writer';
import type { PageSize } from '../../analysis/export/page-size';

function compress(data: Uint8Array): Promise<Uint8Array> {
  // fflate's async API compresses in a worker, so the page stays responsive.
  return new Promise((resolve, reject) => zlib(data, { level: 6 }, (error, result) => (error ? reject(error) : resolve(result))));
}

/** The page on `context` as PDF bytes. */
export async function encodePdfPage(context: CanvasRenderingContext2D, page: PageSize, title: string): Promise<Uint8Array> {
  const { data } = context.getImageData(0, 0, page.widthPx, page.heightPx);
  const rgb = new Uint8Array(page.widthPx * page.heightPx * 3);
  for (let i = 0, j = 0; i < data.length; i += 4, j += 3) {
    rgb[j] = data[i];
    rgb[j + 1] = data[i + 1];
    rgb[j + 2] = data[i + 2];
  }
  const points = (px: number) => (px / page.dpi) * 72;
  return buildImagePdf(points(page.widthPx), points(page.heightPx), { widthPx: page.widthPx, heightPx: page.heightPx, zlibRgb: await compress(rgb) }, { title, created: new Date() });
}
