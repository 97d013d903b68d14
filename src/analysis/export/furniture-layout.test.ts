import { describe, expect, it } from 'vitest';
import { layoutFurniture, layoutLegend, type Box, type FurnitureTexts, type LegendRowInput } from './furniture-layout';
import { pagePixelSize, ptToPx } from './page-size';
import type { MeasureText } from './text-wrap';

// Monospace stand-in for the browser's measureText: every character is 0.5 em wide (bold 0.55 em).
const measure: MeasureText = (text, font) => text.length * font.sizePx * (font.bold ? 0.55 : 0.5);

const rows = (n: number): LegendRowInput[] => [
  ...Array.from({ length: n }, (_, i) => ({ color: `#0000${(i * 20).toString(16).padStart(2, '0')}`, label: `${i * 10} – ${(i + 1) * 10}` })),
  { color: '#aaaaaa', label: 'No data' },
];

const texts: FurnitureTexts = {
  title: 'Crime rate per 1,000 residents',
  subtitle: 'Caerphilly LSOAs',
  period: 'May 2020',
  legendHeading: 'Rate per 1,000',
  sources: 'Contains OS data © Crown copyright and database right. Source: Office for National Statistics licensed under the Open Government Licence v3.0.',
  produced: 'Produced 21 November 2026',
  marking: 'OFFICIAL-SENSITIVE',
};

const a4Portrait = pagePixelSize({ paper: 'a4', orientation: 'portrait', dpi: 300 }, { widthPx: 1, heightPx: 1 });
const a4Landscape = pagePixelSize({ paper: 'a4', orientation: 'landscape', dpi: 150 }, { widthPx: 1, heightPx: 1 });

const inside = (box: Box, page: { widthPx: number; heightPx: number }) => box.x >= 0 && box.y >= 0 && box.x + box.width <= page.widthPx + 1e-6 && box.y + box.height <= page.heightPx + 1e-6;
const overlaps = (a: Box, b: Box) => a.x < b.x + b.width && b.x < a.x + a.width && a.y < b.y + b.height && b.y < a.y + a.height;

describe('layoutLegend', () => {
  it('sizes a 3-class and a 9-class legend: one row per class plus no data, same width for same labels', () => {
    const three = layoutLegend('Rate', rows(3), 0, 0, 2000, 300, measure);
    const nine = layoutLegend('Rate', rows(9), 0, 0, 2000, 300, measure);
    const rowHeight = ptToPx(9, 300) * 1.6;
    expect(three.swatches).toHaveLength(4);
    expect(nine.swatches).toHaveLength(10);
    expect(nine.box.height - three.box.height).toBeCloseTo(6 * rowHeight, 6);
    // The widest label has 7 characters in both ("20 – 30", "80 – 90"), so the width is the same.
    expect(nine.box.width).toBeCloseTo(three.box.width, 6);
    // Swatches keep the legend order and colours, stacked without overlapping.
    expect(nine.swatches.map((s) => s.color)).toEqual(rows(9).map((r) => r.color));
    for (let i = 1; i < nine.swatches.length; i++) expect(nine.swatches[i].box.y).toBeGreaterThanOrEqual(nine.swatches[i - 1].box.y + nine.swatches[i - 1].box.height);
  });

  it('grows with the widest label and caps at the width given, wrapping a long heading', () => {
    const short = layoutLegend('Rate', [{ color: '#fff', label: '1 – 2' }], 0, 0, 2000, 300, measure);
    const long = layoutLegend('Rate', [{ color: '#fff', label: '1 000 000 – 2 000 000' }], 0, 0, 2000, 300, measure);
    expect(long.box.width - short.box.width).toBeCloseTo(measure('1 000 000 – 2 000 000', { sizePx: ptToPx(9, 300), bold: false }) - measure('1 – 2', { sizePx: ptToPx(9, 300), bold: false }), 6);
    const narrow = layoutLegend('A very long legend heading that cannot fit on one line of the box', rows(3), 10, 20, 600, 300, measure);
    expect(narrow.box.width).toBeLessThanOrEqual(600);
    expect(narrow.texts.filter((t) => t.role === 'legend-heading').length).toBeGreaterThan(1);
    expect(narrow.box.x).toBe(10);
    expect(narrow.box.y).toBe(20);
  });
});

describe('layoutFurniture', () => {
  it('A4 portrait: everything on the page, nothing overlapping, the map frame the largest part', () => {
    const layout = layoutFurniture(a4Portrait, texts, rows(5), measure);
    const { frame, legend, scaleBar, northArrow } = layout;
    for (const box of [frame, legend!.box, scaleBar, northArrow]) expect(inside(box, a4Portrait)).toBe(true);
    expect(overlaps(frame, legend!.box)).toBe(false);
    expect(overlaps(frame, scaleBar)).toBe(false);
    expect(overlaps(legend!.box, scaleBar)).toBe(false);
    expect(overlaps(northArrow, scaleBar)).toBe(false);
    expect(frame.width * frame.height).toBeGreaterThan(0.5 * a4Portrait.widthPx * a4Portrait.heightPx);
    // Legend under the map, on the left; scale bar on the right.
    expect(legend!.box.y).toBeGreaterThan(frame.y + frame.height);
    expect(scaleBar.x).toBeGreaterThan(legend!.box.x + legend!.box.width);
    // Header above the map, footer below everything.
    const title = layout.texts.find((t) => t.role === 'title')!;
    expect(title.y + title.font.sizePx).toBeLessThan(frame.y);
    expect(title.font.sizePx).toBeCloseTo(75, 6); // 18 pt at 300 dpi
    for (const t of layout.texts.filter((t) => t.role === 'sources' || t.role === 'produced')) expect(t.y).toBeGreaterThan(legend!.box.y + legend!.box.height);
  });

  it('marks the page top and bottom with the sensitivity marking, and leaves it off when empty', () => {
    const marked = layoutFurniture(a4Portrait, texts, rows(5), measure).texts;
    const top = marked.find((t) => t.role === 'marking-top')!;
    const bottom = marked.find((t) => t.role === 'marking-bottom')!;
    expect(top.text).toBe('OFFICIAL-SENSITIVE');
    expect(bottom.text).toBe('OFFICIAL-SENSITIVE');
    expect(top.align).toBe('center');
    expect(Math.min(...marked.map((t) => t.y))).toBe(top.y);
    expect(Math.max(...marked.map((t) => t.y))).toBe(bottom.y);
    const unmarked = layoutFurniture(a4Portrait, { ...texts, marking: '' }, rows(5), measure);
    expect(unmarked.texts.some((t) => t.role.startsWith('marking'))).toBe(false);
    expect(unmarked.frame.height).toBeGreaterThan(layoutFurniture(a4Portrait, texts, rows(5), measure).frame.height);
  });

  it('wraps long sources within the page width', () => {
    const narrowPage = pagePixelSize({ paper: 'screen', orientation: 'portrait', dpi: 150 }, { widthPx: 500, heightPx: 700 });
    const layout = layoutFurniture(narrowPage, texts, rows(3), measure);
    const sources = layout.texts.filter((t) => t.role === 'sources');
    expect(sources.length).toBeGreaterThan(1);
    for (const line of sources) expect(line.x + measure(line.text, line.font)).toBeLessThanOrEqual(narrowPage.widthPx);
    expect(sources.map((l) => l.text).join(' ')).toBe(texts.sources);
  });

  it('landscape: the legend sits in a column right of the map, with north arrow and scale bar below it', () => {
    const layout = layoutFurniture(a4Landscape, texts, rows(9), measure);
    const { frame, legend, scaleBar, northArrow } = layout;
    expect(legend!.box.x).toBeGreaterThan(frame.x + frame.width);
    expect(legend!.box.y).toBe(frame.y);
    expect(northArrow.y).toBeGreaterThan(legend!.box.y + legend!.box.height);
    expect(scaleBar.y + scaleBar.height).toBeCloseTo(frame.y + frame.height, 6);
    for (const box of [frame, legend!.box, scaleBar, northArrow]) expect(inside(box, a4Landscape)).toBe(true);
  });

  it('draws no legend when there is none (e.g. only points on the map)', () => {
    const layout = layoutFurniture(a4Portrait, texts, null, measure);
    expect(layout.legend).toBeNull();
    expect(layout.texts.some((t) => t.role === 'legend-heading')).toBe(false);
  });
});
