import { describe, expect, it } from 'vitest';
import { createMemo } from './memo';

describe('createMemo', () => {
  it('computes once per owner and key (string or object) and returns the same value after', () => {
    const memo = createMemo<object, string | object, number[]>();
    const owner = {};
    const filter = {};
    let computed = 0;
    const compute = () => [++computed];
    const first = memo.get(owner, 'a', compute);
    expect(memo.get(owner, 'a', compute)).toBe(first);
    expect(memo.get(owner, 'b', compute)).toEqual([2]);
    const byObject = memo.get(owner, filter, compute);
    expect(memo.get(owner, filter, compute)).toBe(byObject);
    expect(memo.get({}, 'a', compute)).toEqual([4]);
    expect(computed).toBe(4);
  });
});
