import { describe, expect, it } from 'vitest';
import { mmToPx, pagePixelSize, pageSlug, ptToPx } from './page-size';

const screen = { widthPx: 1012.4, heightPx: 799.6 };

describe('pagePixelSize', () => {
  it('gives ISO paper in device pixels at 150 and 300 dpi, both orientations', () => {
    expect(pagePixelSize({ paper: 'a4', orientation: 'portrait', dpi: 300 }, screen)).toEqual({ widthPx: 2480, heightPx: 3508, dpi: 300, pxPerCssPx: 3.125 });
    expect(pagePixelSize({ paper: 'a4', orientation: 'landscape', dpi: 300 }, screen)).toEqual({ widthPx: 3508, heightPx: 2480, dpi: 300, pxPerCssPx: 3.125 });
    expect(pagePixelSize({ paper: 'a4', orientation: 'portrait', dpi: 150 }, screen)).toEqual({ widthPx: 1240, heightPx: 1754, dpi: 150, pxPerCssPx: 1.5625 });
    expect(pagePixelSize({ paper: 'a3', orientation: 'landscape', dpi: 300 }, screen)).toEqual({ widthPx: 4961, heightPx: 3508, dpi: 300, pxPerCssPx: 3.125 });
    expect(pagePixelSize({ paper: 'a3', orientation: 'portrait', dpi: 150 }, screen)).toEqual({ widthPx: 1754, heightPx: 2480, dpi: 150, pxPerCssPx: 1.5625 });
  });

  it('uses the on-screen map size, rounded, at 96 dpi for a screen export, whatever the orientation', () => {
    expect(pagePixelSize({ paper: 'screen', orientation: 'portrait', dpi: 300 }, screen)).toEqual({ widthPx: 1012, heightPx: 800, dpi: 96, pxPerCssPx: 1 });
  });
});

describe('unit conversions', () => {
  it('converts millimetres and points to device pixels', () => {
    expect(mmToPx(25.4, 300)).toBe(300);
    expect(mmToPx(10, 150)).toBe(59);
    expect(ptToPx(18, 300)).toBe(75);
    expect(ptToPx(9, 96)).toBe(12);
  });

  it('names pages for files', () => {
    expect(pageSlug({ paper: 'a3', orientation: 'landscape', dpi: 150 })).toBe('a3-landscape-150dpi');
    expect(pageSlug({ paper: 'screen', orientation: 'portrait', dpi: 300 })).toBe('screen');
  });
});
