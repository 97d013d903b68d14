import { describe, expect, it } from 'vitest';
import { fitPadding } from './fit-padding';

const MAP = { width: 830, height: 670 };

describe('fitPadding', () => {
  it('keeps only the margin when nothing floats over the map', () => {
    expect(fitPadding(MAP, [], 1)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });

  it('keeps a tall district below the timeline and beside the legend', () => {
    const timeline = { left: 165, top: 10, right: 665, bottom: 100 };
    const legend = { left: 12, top: 400, right: 252, bottom: 642 };
    // A district taller than wide: giving up the left strip costs nothing, giving up the bottom would.
    expect(fitPadding(MAP, [timeline, legend], 0.6)).toEqual({ top: 124, right: 24, bottom: 24, left: 276 });
  });

  it('keeps a wide district above a legend rather than beside it', () => {
    const legend = { left: 12, top: 520, right: 252, bottom: 642 };
    expect(fitPadding(MAP, [legend], 3)).toEqual({ top: 24, right: 24, bottom: 174, left: 24 });
  });

  it('ignores overlays that are hidden (empty) or off the map', () => {
    expect(fitPadding(MAP, [{ left: 0, top: 0, right: 0, bottom: 0 }, { left: 900, top: 10, right: 1000, bottom: 50 }], 1)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });

  it('falls back to the margin when the panels leave no room', () => {
    const cover = { left: 5, top: 5, right: 825, bottom: 665 };
    expect(fitPadding(MAP, [cover], 1)).toEqual({ top: 24, right: 24, bottom: 24, left: 24 });
  });
});
