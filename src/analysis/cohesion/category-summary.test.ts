import { describe, expect, it } from 'vitest';
import { summariseByCategory } from './category-summary';

describe('summariseByCategory', () => {
  it('averages the values of each category\'s areas, counting areas without a value and leaving out areas without a category', () => {
    expect(summariseByCategory(['Urban', 'Rural', 'Urban', null, 'Rural', ''], [1, 4, 3, 100, NaN, 7])).toEqual([
      { category: 'Urban', areaCount: 2, valueCount: 2, mean: 2 },
      { category: 'Rural', areaCount: 2, valueCount: 1, mean: 4 },
    ]);
  });
});
