/**
 * Layout of an exported map page: the map frame and its furniture (sensitivity marking top and bottom,
 * title, subtitle, period, legend, scale bar space, north arrow space, sources, date produced). Sizes are
 * set in points and millimetres and converted at the page's dpi, so a print reads at physical sizes
 * (title 18 pt, legend 9 pt, sources 7.5 pt). Text widths come from a measure function passed in.
 */
import { mmToPx, ptToPx, type PageSize } from './page-size';
import { wrapText, type FontSpec, type MeasureText } from './text-wrap';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export type TextRole = 'marking-top' | 'title' | 'subtitle' | 'period' | 'legend-heading' | 'legend-label' | 'sources' | 'produced' | 'marking-bottom';

/** One line of text; `y` is the top of its line box, `x` the anchor for `align`. */
export interface PlacedText {
  role: TextRole;
  text: string;
  x: number;
  y: number;
  font: FontSpec;
  align: 'left' | 'center' | 'right';
}

/**
 * How a legend row's swatch is drawn: a filled box (classes, the default), an outline in `color`
 * (solid or dashed: flagged areas, the boundary band), the heatmap's colour ramp, or none for a
 * sub-heading row (an authority's name in a per-authority legend), whose label is bold.
 */
export type LegendSwatchStyle = 'fill' | 'outline' | 'dashed-outline' | 'heatmap' | 'heading';

/** A legend row as drawn: its swatch colour and label (the no-data row included). */
export interface LegendRowInput {
  color: string;
  label: string;
  swatch?: LegendSwatchStyle;
}

export interface LegendLayout {
  box: Box;
  texts: PlacedText[];
  swatches: Array<{ box: Box; color: string; style: Exclude<LegendSwatchStyle, 'heading'> }>;
}

/** The texts on a page, already translated and formatted; empty strings are left out. */
export interface FurnitureTexts {
  title: string;
  subtitle: string;
  period: string;
  legendHeading: string;
  sources: string;
  produced: string;
  marking: string;
}

export interface FurnitureLayout {
  page: { widthPx: number; heightPx: number };
  frame: Box;
  texts: PlacedText[];
  legend: LegendLayout | null;
  /** Space for the scale bar: the bar may be up to `width` long, its label sits under it. */
  scaleBar: Box;
  northArrow: Box;
  /** Stroke width for frame and box outlines (0.25 mm). */
  lineWidthPx: number;
}

const SIZES_PT = { marking: 11, title: 18, subtitle: 12, period: 11, legendHeading: 10, legendRow: 9, sources: 7.5, produced: 7.5 };
const LINE_HEIGHT = 1.25;

function font(pt: number, dpi: number, bold = false): FontSpec {
  return { sizePx: ptToPx(pt, dpi), bold };
}

const lineHeight = (f: FontSpec) => f.sizePx * LINE_HEIGHT;

/**
 * Splits the rows into columns of about `target` rows and never more than `maxRows`, returning each
 * column's first row index. With `snapToHeadings` a column starts at a sub-heading when one is within a
 * few rows of the split (an authority's classes stay together); a sub-heading is never left as the last
 * row of a column.
 */
function columnStarts(rows: ReadonlyArray<LegendRowInput>, target: number, maxRows: number, snapToHeadings: boolean): number[] {
  const starts = [0];
  let start = 0;
  while (rows.length - start > maxRows || (starts.length === 1 && rows.length - start > target)) {
    let next = start + target;
    let nearestHeading = -1;
    for (let i = Math.max(start + 1, next - 3); snapToHeadings && i <= Math.min(rows.length - 1, start + maxRows, next + 3); i++) {
      if (rows[i].swatch === 'heading' && (nearestHeading < 0 || Math.abs(i - next) < Math.abs(nearestHeading - next))) nearestHeading = i;
    }
    if (nearestHeading > 0) next = nearestHeading;
    else if (rows[next - 1].swatch === 'heading' && next - 1 > start) next -= 1;
    starts.push(next);
    start = next;
  }
  return starts;
}

/**
 * The legend box at (x, y): heading (wrapped to `maxWidthPx`), then one row per item with a swatch
 * (sub-heading rows bold, without one). Its width follows the widest label. When the rows would be taller
 * than `maxHeightPx`, they flow into as many columns as that needs and `maxWidthPx` allows.
 */
export function layoutLegend(heading: string, rows: ReadonlyArray<LegendRowInput>, x: number, y: number, maxWidthPx: number, dpi: number, measure: MeasureText, maxHeightPx = Number.POSITIVE_INFINITY, scale = 1): LegendLayout {
  const pad = mmToPx(2, dpi);
  const headingFont = font(SIZES_PT.legendHeading * scale, dpi, true);
  const rowFont = font(SIZES_PT.legendRow * scale, dpi);
  const subheadingFont = font(SIZES_PT.legendRow * scale, dpi, true);
  const rowHeight = rowFont.sizePx * 1.6;
  const swatchWidth = rowFont.sizePx * 2;
  const swatchGap = rowFont.sizePx * 0.6;
  const columnGap = mmToPx(4, dpi);
  const isHeading = (row: LegendRowInput) => row.swatch === 'heading';
  const rowWidth = (row: LegendRowInput) => (isHeading(row) ? measure(row.label, subheadingFont) : swatchWidth + swatchGap + measure(row.label, rowFont));
  const widths = rows.map(rowWidth);
  const innerMax = maxWidthPx - 2 * pad;
  const headingLines = wrapText(heading, headingFont, innerMax, measure, 3);
  const headingWidth = Math.max(0, ...headingLines.map((l) => measure(l, headingFont)));
  const headingHeight = headingLines.length * lineHeight(headingFont) + (headingLines.length ? rowFont.sizePx * 0.4 : 0);

  // As few columns as keep the rows within the height, each as wide as its own widest row; fewer when
  // they would not fit the width (the legend then grows taller instead).
  const rowsThatFit = Math.max(1, Math.floor((maxHeightPx - 2 * pad - headingHeight) / rowHeight));
  const arrange = (columns: number) => {
    const [target, maxRows] = [Math.ceil(rows.length / columns), Math.max(rowsThatFit, Math.ceil(rows.length / columns))];
    // Starting columns at sub-headings is worth it only when it needs no extra column.
    const snapped = columns === 1 ? [0] : columnStarts(rows, target, maxRows, true);
    const starts = snapped.length <= columns ? snapped : columnStarts(rows, target, maxRows, false);
    const columnWidths = starts.map((start, c) => Math.max(0, ...widths.slice(start, starts[c + 1] ?? rows.length)));
    return { starts, columnWidths, width: columnWidths.reduce((sum, w) => sum + w, 0) + (starts.length - 1) * columnGap };
  };
  let arrangement = arrange(1);
  for (let columns = Math.min(Math.ceil(rows.length / rowsThatFit), rows.length); columns > 1; columns--) {
    const candidate = arrange(columns);
    if (candidate.width <= innerMax) {
      arrangement = candidate;
      break;
    }
  }
  const { starts, columnWidths } = arrangement;
  const width = Math.min(maxWidthPx, 2 * pad + Math.max(headingWidth, arrangement.width));

  const texts: PlacedText[] = [];
  let cursor = y + pad;
  for (const line of headingLines) {
    texts.push({ role: 'legend-heading', text: line, x: x + pad, y: cursor, font: headingFont, align: 'left' });
    cursor += lineHeight(headingFont);
  }
  const rowsTop = y + pad + headingHeight;
  const swatches: LegendLayout['swatches'] = [];
  let tallest = 0;
  starts.forEach((start, c) => {
    const end = starts[c + 1] ?? rows.length;
    const left = x + pad + columnWidths.slice(0, c).reduce((sum, w) => sum + w + columnGap, 0);
    tallest = Math.max(tallest, end - start);
    for (let i = start; i < end; i++) {
      const row = rows[i];
      const top = rowsTop + (i - start) * rowHeight;
      if (isHeading(row)) {
        texts.push({ role: 'legend-label', text: row.label, x: left, y: top + (rowHeight - lineHeight(subheadingFont)) / 2, font: subheadingFont, align: 'left' });
        continue;
      }
      texts.push({ role: 'legend-label', text: row.label, x: left + swatchWidth + swatchGap, y: top + (rowHeight - lineHeight(rowFont)) / 2, font: rowFont, align: 'left' });
      swatches.push({ box: { x: left, y: top + rowHeight * 0.1, width: swatchWidth, height: rowHeight * 0.8 }, color: row.color, style: row.swatch === 'outline' || row.swatch === 'dashed-outline' || row.swatch === 'heatmap' ? row.swatch : 'fill' });
    }
  });
  return { box: { x, y, width, height: rowsTop + tallest * rowHeight + pad - y }, texts, swatches };
}

/** Text sizes a legend may shrink to when it cannot fit at full size: 9 pt rows down to 5.4 pt. */
const LEGEND_SCALES = [1, 0.85, 0.72, 0.6];

/**
 * The legend at full size when it fits `maxHeightPx` (flowing into columns as `layoutLegend` does), else
 * at the largest smaller text size that fits (a per-authority legend of many councils), else the smallest.
 */
export function fitLegend(heading: string, rows: ReadonlyArray<LegendRowInput>, x: number, y: number, maxWidthPx: number, dpi: number, measure: MeasureText, maxHeightPx: number): LegendLayout {
  let legend = layoutLegend(heading, rows, x, y, maxWidthPx, dpi, measure, maxHeightPx);
  for (const scale of LEGEND_SCALES.slice(1)) {
    if (legend.box.height <= maxHeightPx) break;
    legend = layoutLegend(heading, rows, x, y, maxWidthPx, dpi, measure, maxHeightPx, scale);
  }
  return legend;
}

/** Lays out a whole page. Wide pages put the legend in a column right of the map, tall pages under it. */
export function layoutFurniture(page: PageSize, texts: FurnitureTexts, legendRows: ReadonlyArray<LegendRowInput> | null, measure: MeasureText): FurnitureLayout {
  const { widthPx, heightPx, dpi } = page;
  const margin = mmToPx(page.pxPerCssPx === 1 ? 5 : 10, dpi);
  const gap = mmToPx(3, dpi);
  const contentWidth = widthPx - 2 * margin;
  const centre = widthPx / 2;
  const placed: PlacedText[] = [];
  const markingFont = font(SIZES_PT.marking, dpi, true);

  // Header, top down.
  let top = margin;
  const addLines = (role: TextRole, text: string, f: FontSpec, maxLines: number, align: PlacedText['align'] = 'left') => {
    for (const line of wrapText(text, f, contentWidth, measure, maxLines)) {
      placed.push({ role, text: line, x: align === 'center' ? centre : margin, y: top, font: f, align });
      top += lineHeight(f);
    }
  };
  if (texts.marking) {
    addLines('marking-top', texts.marking, markingFont, 1, 'center');
    top += gap / 2;
  }
  addLines('title', texts.title, font(SIZES_PT.title, dpi, true), 2);
  addLines('subtitle', texts.subtitle, font(SIZES_PT.subtitle, dpi), 2);
  addLines('period', texts.period, font(SIZES_PT.period, dpi, true), 1);
  const frameTop = top + gap;

  // Footer, bottom up: marking, date produced, sources.
  let bottom = heightPx - margin;
  const footer: PlacedText[] = [];
  const addFooterLines = (role: TextRole, text: string, f: FontSpec, maxLines: number, align: PlacedText['align'] = 'left') => {
    const lines = wrapText(text, f, contentWidth, measure, maxLines);
    bottom -= lines.length * lineHeight(f);
    lines.forEach((line, i) => footer.push({ role, text: line, x: align === 'center' ? centre : margin, y: bottom + i * lineHeight(f), font: f, align }));
  };
  if (texts.marking) {
    addFooterLines('marking-bottom', texts.marking, markingFont, 1, 'center');
    bottom -= gap / 2;
  }
  addFooterLines('produced', texts.produced, font(SIZES_PT.produced, dpi), 1);
  addFooterLines('sources', texts.sources, font(SIZES_PT.sources, dpi), 4);
  const frameBottomLimit = bottom - gap;

  const arrowSize = { width: mmToPx(7, dpi), height: mmToPx(11, dpi) };
  const scaleSize = { width: mmToPx(40, dpi), height: mmToPx(1.5, dpi) + lineHeight(font(SIZES_PT.legendRow, dpi)) + mmToPx(1, dpi) };
  const wide = widthPx > heightPx;
  let frame: Box;
  let legend: LegendLayout | null = null;
  let scaleBar: Box;
  let northArrow: Box;
  if (wide) {
    // The legend column may widen into more columns when its rows are taller than the space above the scale bar.
    const columnMax = Math.max(mmToPx(45, dpi), contentWidth * (legendRows && legendRows.length > 12 ? 0.45 : 0.3));
    const legendMaxHeight = frameBottomLimit - frameTop - scaleSize.height - arrowSize.height - 2 * gap;
    const probe = legendRows ? fitLegend(texts.legendHeading, legendRows, 0, 0, columnMax, dpi, measure, legendMaxHeight) : null;
    const columnWidth = Math.max(probe?.box.width ?? 0, scaleSize.width);
    frame = { x: margin, y: frameTop, width: contentWidth - columnWidth - gap, height: frameBottomLimit - frameTop };
    const columnX = frame.x + frame.width + gap;
    if (legendRows) legend = fitLegend(texts.legendHeading, legendRows, columnX, frameTop, columnMax, dpi, measure, legendMaxHeight);
    scaleBar = { x: columnX, y: frameBottomLimit - scaleSize.height, width: Math.min(scaleSize.width, columnWidth), height: scaleSize.height };
    northArrow = { x: columnX, y: scaleBar.y - gap - arrowSize.height, ...arrowSize };
  } else {
    // Under the map, beside the scale bar and north arrow; long legends flow into columns rather than
    // taking more than a third of the height from the map.
    const legendMaxWidth = contentWidth - scaleSize.width - gap;
    const legendMaxHeight = (frameBottomLimit - frameTop) / 3;
    const probe = legendRows ? fitLegend(texts.legendHeading, legendRows, 0, 0, legendMaxWidth, dpi, measure, legendMaxHeight) : null;
    const bandHeight = Math.max(probe?.box.height ?? 0, arrowSize.height + gap + scaleSize.height);
    const bandTop = frameBottomLimit - bandHeight;
    frame = { x: margin, y: frameTop, width: contentWidth, height: bandTop - gap - frameTop };
    if (legendRows) legend = fitLegend(texts.legendHeading, legendRows, margin, bandTop, legendMaxWidth, dpi, measure, legendMaxHeight);
    scaleBar = { x: widthPx - margin - scaleSize.width, y: bandTop + bandHeight - scaleSize.height, ...scaleSize };
    northArrow = { x: widthPx - margin - arrowSize.width, y: scaleBar.y - gap - arrowSize.height, ...arrowSize };
  }
  return { page: { widthPx, heightPx }, frame, texts: [...placed, ...footer], legend, scaleBar, northArrow, lineWidthPx: Math.max(1, mmToPx(0.25, dpi)) };
}
