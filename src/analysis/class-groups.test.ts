import { describe, expect, it } from 'vitest';
import { groupCodesByClass } from './class-groups';

describe('groupCodesByClass', () => {
  it('groups codes by class and leaves no-data and out-of-range classes out', () => {
    expect(groupCodesByClass(['A', 'B', 'C', 'D', 'E'], Int8Array.from([1, 0, -1, 1, 7]), 3)).toEqual([['B'], ['A', 'D'], []]);
  });
});
