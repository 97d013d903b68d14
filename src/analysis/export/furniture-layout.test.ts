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

describe('layoutLegend: per-authority sections, map keys and columns', () => {
  const rowHeight = ptToPx(9, 300) * 1.6;
  const perAuthority: LegendRowInput[] = [
    ...['Cardiff', 'Rhondda Cynon Taf', 'Caerphilly', 'Merthyr Tydfil'].flatMap((name): LegendRowInput[] => [
      { color: '', label: name, swatch: 'heading' },
      ...rows(5).filter((row) => row.label !== 'No data'),
    ]),
    { color: '#aaaaaa', label: 'No data' },
    { color: '#6a00a8', label: 'Rapid change between periods (3 areas)', swatch: 'dashed-outline' },
    { color: '', label: 'Heatmap of incidents', swatch: 'heatmap' },
  ];

  it('draws sub-headings bold and without a swatch, and keeps each key’s swatch style and colour', () => {
    const legend = layoutLegend('Rate', perAuthority, 0, 0, 5000, 300, measure);
    expect(legend.swatches).toHaveLength(perAuthority.length - 4);
    const bold = legend.texts.filter((t) => t.role === 'legend-label' && t.font.bold).map((t) => t.text);
    expect(bold).toEqual(['Cardiff', 'Rhondda Cynon Taf', 'Caerphilly', 'Merthyr Tydfil']);
    expect(legend.swatches.slice(-3).map((s) => [s.style, s.color])).toEqual([['fill', '#aaaaaa'], ['dashed-outline', '#6a00a8'], ['heatmap', '']]);
    const oneHeading = layoutLegend('Rate', [], 0, 0, 5000, 300, measure).box.height;
    expect(legend.box.height - oneHeading).toBeCloseTo(perAuthority.length * rowHeight, 6);
  });

  it('flows into columns when the rows are taller than the height given, without overlaps or a heading ending a column', () => {
    const maxHeight = 12 * rowHeight;
    const legend = layoutLegend('Rate', perAuthority, 100, 200, 5000, 300, measure, maxHeight);
    expect(legend.box.height).toBeLessThanOrEqual(maxHeight);
    const lefts = [...new Set(legend.texts.filter((t) => t.role === 'legend-label' && t.font.bold).map((t) => t.x))];
    expect(lefts.length).toBeGreaterThan(1);
    const labels = legend.texts.filter((t) => t.role === 'legend-label');
    // Every row is still there, in order within each column.
    expect(labels.map((t) => t.text).sort()).toEqual(perAuthority.map((r) => r.label).sort());
    for (let i = 0; i < legend.swatches.length; i++) {
      for (let j = i + 1; j < legend.swatches.length; j++) expect(overlaps(legend.swatches[i].box, legend.swatches[j].box)).toBe(false);
      expect(inside({ ...legend.swatches[i].box, x: legend.swatches[i].box.x - 100, y: legend.swatches[i].box.y - 200 }, { widthPx: legend.box.width, heightPx: legend.box.height })).toBe(true);
    }
    // A sub-heading is never the bottom row of a column: a class row sits right under it, in its column.
    const indent = ptToPx(9, 300) * 2.6;
    for (const heading of labels.filter((t) => t.font.bold)) {
      expect(labels.some((t) => !t.font.bold && Math.abs(t.x - heading.x - indent) < 1e-6 && Math.abs(t.y - heading.y - rowHeight) < 1e-6)).toBe(true);
    }
  });

  it('starts a column at an authority’s name when one is near the even split, so its classes stay together', () => {
    const legend = layoutLegend('Rate', perAuthority, 0, 0, 5000, 300, measure, 18 * rowHeight);
    const headings = legend.texts.filter((t) => t.role === 'legend-label' && t.font.bold);
    const rowsTop = Math.min(...legend.texts.filter((t) => t.role === 'legend-label').map((t) => t.y));
    // 27 rows in two columns of up to 16: the even split (row 14) moves back to the third authority's name
    // (row 12), which tops column two.
    const secondColumn = headings.filter((t) => t.x > headings[0].x);
    expect(secondColumn[0].text).toBe('Caerphilly');
    expect(secondColumn[0].y).toBeCloseTo(rowsTop, 6);
  });

  it('stays in one column, taller than asked, when the width allows no second column', () => {
    const legend = layoutLegend('Rate', perAuthority, 0, 0, 400, 300, measure, 12 * rowHeight);
    expect(new Set(legend.swatches.map((s) => s.box.x)).size).toBe(1);
    expect(legend.box.height).toBeGreaterThan(perAuthority.length * rowHeight);
  });

  it('all 22 Welsh councils with 7 classes each: smaller legend text, everything on the page, the map keeps its space', () => {
    const councils: LegendRowInput[] = [
      ...Array.from({ length: 22 }, (_, a) => [{ color: '', label: `Council number ${a + 1}`, swatch: 'heading' as const }, ...rows(7).filter((row) => row.label !== 'No data')]).flat(),
      { color: '#aaaaaa', label: 'No data' },
    ];
    for (const spec of [{ orientation: 'portrait', dpi: 150 }, { orientation: 'landscape', dpi: 150 }, { orientation: 'portrait', dpi: 300 }] as const) {
      const page = pagePixelSize({ paper: 'a4', ...spec }, { widthPx: 1, heightPx: 1 });
      const layout = layoutFurniture(page, texts, councils, measure);
      const legend = layout.legend!;
      expect(inside(legend.box, page), JSON.stringify(spec)).toBe(true);
      for (const box of [layout.frame, layout.scaleBar, layout.northArrow]) expect(overlaps(legend.box, box), JSON.stringify(spec)).toBe(false);
      expect(layout.frame.height * layout.frame.width, JSON.stringify(spec)).toBeGreaterThan(page.widthPx * page.heightPx * 0.35);
      // The text shrank (below 9 pt) but no further than 60 % of it.
      const rowSize = legend.texts.find((t) => t.role === 'legend-label' && !t.font.bold)!.font.sizePx;
      expect(rowSize).toBeLessThan(ptToPx(9, spec.dpi));
      expect(rowSize).toBeGreaterThanOrEqual(ptToPx(9 * 0.6, spec.dpi) - 1e-9);
    }
  });

  it('a long per-authority legend on A4 portrait leaves the map at least half the page', () => {
    const page = layoutFurniture(a4Portrait, texts, perAuthority, measure);
    expect(page.frame.height).toBeGreaterThan(a4Portrait.heightPx / 2);
    expect(overlaps(page.legend!.box, page.scaleBar)).toBe(false);
    expect(overlaps(page.legend!.box, page.northArrow)).toBe(false);
    expect(inside(page.legend!.box, a4Portrait)).toBe(true);
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
