import { describe, expect, it } from 'vitest';
import type { ClassificationOptions } from '../types';
import { classify } from './classify';
import { classifyByAuthority, flattenAuthorityClasses } from './classify-by-authority';

const options: ClassificationOptions = { method: 'quantile', classCount: 3, paletteId: 'Blues' };

describe('classifyByAuthority', () => {
  const a = [1, 2, 3, 4, 5, 6];
  const b = [100, 200, 300, 400, 500, 600];
  // Areas of the two authorities interleaved, plus one with no data.
  const values = [1, 100, 2, 200, 3, 300, 4, 400, 5, 500, 6, 600, null];
  const authorities = [0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0, 1, 0];

  it('gives each authority the breaks it would have alone', () => {
    const result = classifyByAuthority(values, authorities, options);
    expect(result.byAuthority.map((x) => x.authority)).toEqual([0, 1]);
    expect(result.byAuthority[0].classification).toEqual(classify([...a, null], options));
    expect(result.byAuthority[1].classification).toEqual(classify(b, options));
    // Lowest of each authority is class 0, highest class 2, whatever the other authority holds.
    expect(result.classIndexes).toEqual([0, 0, 0, 0, 1, 1, 1, 1, 2, 2, 2, 2, -1]);
  });

  it('treats areas of unknown authority as a group of their own', () => {
    const result = classifyByAuthority([1, 2, 3, 10, 20, 30], [0, 0, 0, -1, -1, -1], options);
    expect(result.byAuthority.map((x) => x.authority)).toEqual([0, -1]);
    expect(result.byAuthority[1].classification.min).toBe(10);
  });

  it('flattens the bins for the paint so each area keeps its own authority colour', () => {
    const result = classifyByAuthority(values, authorities, options);
    const flat = flattenAuthorityClasses(result, authorities, '#ccc');
    expect(flat.offsets).toEqual([0, 3]);
    expect(flat.classification.bins).toHaveLength(6);
    expect(flat.classIndexes.slice(0, 4)).toEqual([0, 3, 0, 3]);
    expect(flat.classIndexes[12]).toBe(-1);
    expect(flat.classification.noDataCount).toBe(1);
    expect([flat.classification.min, flat.classification.max]).toEqual([1, 600]);
    flat.classIndexes.forEach((c, i) => {
      if (c >= 0) expect(flat.classification.bins[c].color).toBe(result.byAuthority[authorities[i]].classification.bins[result.classIndexes[i]].color);
    });
  });
});
