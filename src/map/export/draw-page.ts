/**
 * Draws an export page on a 2D canvas: white paper, the rendered map in its frame, then the furniture
 * laid out by analysis/export/furniture-layout (texts, legend, scale bar, north arrow).
 */
import type { FurnitureLayout, LegendLayout, PlacedText } from '../../analysis/export/furniture-layout';
import { HEATMAP_RAMP } from '../../analysis/overlay-styles';
import type { FontSpec } from '../../analysis/export/text-wrap';
import { niceScaleBar } from '../../analysis/export/scale-bar';

const FONT_FAMILY = '"Liberation Sans", Arial, Helvetica, sans-serif';
const INK = '#1f2933';

/** The CSS font shorthand for a font spec, shared by measuring and drawing. */
export function cssFont(font: FontSpec): string {
  return `${font.bold ? 'bold ' : ''}${font.sizePx}px ${FONT_FAMILY}`;
}

/** A measure function over a 2D context, for the layout. */
export function canvasMeasure(context: CanvasRenderingContext2D): (text: string, font: FontSpec) => number {
  return (text, font) => {
    context.font = cssFont(font);
    return context.measureText(text).width;
  };
}

function drawText(context: CanvasRenderingContext2D, text: PlacedText): void {
  context.font = cssFont(text.font);
  context.textAlign = text.align;
  context.textBaseline = 'middle';
  context.fillStyle = INK;
  // Middle of the line box (1.25 × size) so glyphs sit centred whatever the font's ascent.
  context.fillText(text.text, text.x, text.y + text.font.sizePx * 0.625);
}

interface ScaleTexts {
  metres: string;
  kilometres: string;
  north: string;
  localeTag: string;
}

function drawScaleBar(context: CanvasRenderingContext2D, layout: FurnitureLayout, metresPerPx: number, texts: ScaleTexts): void {
  const box = layout.scaleBar;
  const bar = niceScaleBar(metresPerPx, box.width);
  if (!bar) return;
  const thickness = Math.max(2, box.height * 0.12);
  const half = bar.lengthPx / 2;
  // Alternating black and white halves, outlined: the usual printed scale bar.
  context.fillStyle = INK;
  context.fillRect(box.x, box.y, half, thickness);
  context.fillStyle = '#ffffff';
  context.fillRect(box.x + half, box.y, half, thickness);
  context.strokeStyle = INK;
  context.lineWidth = layout.lineWidthPx;
  context.strokeRect(box.x, box.y, bar.lengthPx, thickness);
  const font: FontSpec = { sizePx: (box.height - thickness) * 0.6, bold: false };
  const unit = bar.unit === 'km' ? texts.kilometres : texts.metres;
  const y = box.y + thickness + font.sizePx * 0.2;
  drawText(context, { role: 'legend-label', text: '0', x: box.x, y, font, align: 'left' });
  drawText(context, { role: 'legend-label', text: `${bar.value.toLocaleString(texts.localeTag)} ${unit}`, x: box.x + bar.lengthPx, y, font, align: 'right' });
}

function drawNorthArrow(context: CanvasRenderingContext2D, layout: FurnitureLayout, north: string): void {
  const box = layout.northArrow;
  const letterSize = box.height * 0.32;
  const tipY = box.y + letterSize * 1.25;
  const baseY = box.y + box.height;
  const cx = box.x + box.width / 2;
  drawText(context, { role: 'legend-label', text: north, x: cx, y: box.y, font: { sizePx: letterSize, bold: true }, align: 'center' });
  // A split arrowhead: dark left half, outlined right half.
  context.lineWidth = layout.lineWidthPx;
  context.strokeStyle = INK;
  context.fillStyle = INK;
  context.beginPath();
  context.moveTo(cx, tipY);
  context.lineTo(box.x, baseY);
  context.lineTo(cx, baseY - box.height * 0.18);
  context.closePath();
  context.fill();
  context.beginPath();
  context.moveTo(cx, tipY);
  context.lineTo(box.x + box.width, baseY);
  context.lineTo(cx, baseY - box.height * 0.18);
  context.closePath();
  context.stroke();
}

/**
 * One legend swatch: a class fill with a thin grey edge; an outline key as a white box ringed in its colour
 * (dashed like the map's rapid-change outline); the heatmap key as its colour ramp.
 */
function drawSwatch(context: CanvasRenderingContext2D, swatch: LegendLayout['swatches'][number], lineWidthPx: number): void {
  const { x, y, width, height } = swatch.box;
  if (swatch.style === 'outline' || swatch.style === 'dashed-outline') {
    const stroke = Math.max(2, height * 0.16);
    context.fillStyle = '#ffffff';
    context.fillRect(x, y, width, height);
    context.strokeStyle = swatch.color;
    context.lineWidth = stroke;
    context.setLineDash(swatch.style === 'dashed-outline' ? [stroke * 2, stroke] : []);
    context.strokeRect(x + stroke / 2, y + stroke / 2, width - stroke, height - stroke);
    context.setLineDash([]);
    return;
  }
  if (swatch.style === 'heatmap') {
    const ramp = context.createLinearGradient(x, 0, x + width, 0);
    HEATMAP_RAMP.forEach((color, i) => ramp.addColorStop(i / (HEATMAP_RAMP.length - 1), color));
    context.fillStyle = ramp;
  } else {
    context.fillStyle = swatch.color;
  }
  context.fillRect(x, y, width, height);
  context.strokeStyle = '#52606d';
  context.lineWidth = Math.max(1, lineWidthPx / 2);
  context.strokeRect(x, y, width, height);
}

/** Paints the whole page onto `context` (sized to the page). */
export function drawPage(context: CanvasRenderingContext2D, layout: FurnitureLayout, map: { canvas: HTMLCanvasElement; metresPerPx: number }, texts: ScaleTexts): void {
  const { frame, legend } = layout;
  context.fillStyle = '#ffffff';
  context.fillRect(0, 0, layout.page.widthPx, layout.page.heightPx);
  context.drawImage(map.canvas, frame.x, frame.y, frame.width, frame.height);
  context.strokeStyle = INK;
  context.lineWidth = layout.lineWidthPx;
  context.strokeRect(frame.x, frame.y, frame.width, frame.height);
  if (legend) {
    for (const swatch of legend.swatches) drawSwatch(context, swatch, layout.lineWidthPx);
    legend.texts.forEach((text) => drawText(context, text));
  }
  layout.texts.forEach((text) => drawText(context, text));
  drawScaleBar(context, layout, map.metresPerPx, texts);
  drawNorthArrow(context, layout, texts.north);
}
