import { describe, expect, it } from 'vitest';
import { bandSideSummary } from './band-summary';

describe('bandSideSummary', () => {
  it('averages the side\'s areas that have a value, counting the rest as no data', () => {
    const values = [10, null, 20, 99, Number.NaN, 30];
    expect(bandSideSummary([{ index: 0 }, { index: 1 }, { index: 2 }, { index: 4 }, { index: 5 }], values)).toEqual({ areas: 5, withData: 3, mean: 20 });
  });

  it('has no mean when no area has a value', () => {
    expect(bandSideSummary([{ index: 1 }], [1, null])).toEqual({ areas: 1, withData: 0, mean: null });
    expect(bandSideSummary([], [])).toEqual({ areas: 0, withData: 0, mean: null });
  });
});
