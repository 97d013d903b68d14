import { describe, expect, it } from 'vitest';
import { countByCategory, countPerArea, filterMask, maskedIndexes, monthStarts, nextMonthStart, NO_FILTER, ratePer1000 } from './incident-filter';
import { deepFreeze } from '../../test/helpers/freeze';

const may = Date.UTC(2022, 4, 1);
const june = Date.UTC(2022, 5, 1);
const july = Date.UTC(2022, 6, 1);
const incidents = deepFreeze({
  count: 5,
  timeMs: new Float64Array([may, may + 86_400_000, june, july, july]),
  categoryIndex: new Uint16Array([0, 1, 0, 2, 1]),
  categories: ['Violence', 'Anti-social behaviour', 'Criminal damage'],
});

describe('incident filters', () => {
  it('keeps everything with no filter', () => {
    expect([...maskedIndexes(filterMask(incidents, NO_FILTER))]).toEqual([0, 1, 2, 3, 4]);
  });
  it('combines categories and a half-open date range', () => {
    const mask = filterMask(incidents, { categories: [0, 1], fromMs: may, toMs: july });
    expect([...mask]).toEqual([1, 1, 1, 0, 0]);
    expect([...maskedIndexes(filterMask(incidents, { categories: [1], fromMs: june, toMs: null }))]).toEqual([4]);
  });
  it('keeps nothing when no category is selected', () => {
    expect([...maskedIndexes(filterMask(incidents, { categories: [], fromMs: null, toMs: null }))]).toEqual([]);
  });
  it('counts categories within the date range regardless of the category selection', () => {
    expect(countByCategory(incidents, { categories: [0], fromMs: june, toMs: null })).toEqual([1, 1, 1]);
  });
  it('lists the months present and steps to the next month across a year end', () => {
    expect(monthStarts(incidents)).toEqual([may, june, july]);
    expect(nextMonthStart(Date.UTC(2021, 11, 1))).toBe(Date.UTC(2022, 0, 1));
  });
});

describe('counts per area', () => {
  it('counts kept incidents per area and those outside every area', () => {
    const areaIndex = new Int32Array([0, 1, -1, 1, 0]);
    const mask = new Uint8Array([1, 1, 1, 0, 1]);
    const { counts, matched, outside } = countPerArea(areaIndex, mask, 3);
    expect([...counts]).toEqual([2, 1, 0]);
    expect({ matched, outside }).toEqual({ matched: 3, outside: 1 });
  });
  it('gives rates per 1,000 residents, null without a usable population', () => {
    expect(ratePer1000([2, 1, 5], [1000, null, 0])).toEqual([2, null, null]);
  });
});
