import { describe, expect, it } from 'vitest';
import { isSmallCount, suppressCell, SUPPRESSED_COUNT, SUPPRESSED_DERIVED } from './small-number-suppression';
import { toCsv } from './csv-export';

describe('small-number suppression', () => {
  it('treats 1 to 4 as small, and 0, 5 and no data as not', () => {
    expect([0, 1, 2, 3, 4, 5, 12, null, undefined].map(isSmallCount)).toEqual([false, true, true, true, true, false, false, false, false]);
  });
  it('writes counts of 1–4 as <5 and leaves 0, 5+ and no data alone', () => {
    expect([0, 1, 4, 5, 120, null].map((v) => suppressCell(v, 'count'))).toEqual([0, SUPPRESSED_COUNT, SUPPRESSED_COUNT, 5, 120, null]);
  });
  it('withholds a rate whose count was suppressed, so the count cannot be recovered', () => {
    expect(suppressCell(2.35, 'derived', [3])).toBe(SUPPRESSED_DERIVED);
    expect(suppressCell(9.4, 'derived', [12])).toBe(9.4);
    expect(suppressCell(0, 'derived', [0])).toBe(0);
    // A change between two periods is withheld when either period's count is small.
    expect(suppressCell(-6, 'derived', [10, 4])).toBe(SUPPRESSED_DERIVED);
    expect(suppressCell(null, 'derived', [2])).toBeNull();
  });
  it('never suppresses values that are not counts', () => {
    expect(suppressCell(3, 'none')).toBe(3);
  });
  it('writes the marks as plain text cells a spreadsheet does not execute', () => {
    expect(toCsv(['count', 'rate'], [[suppressCell(3, 'count'), suppressCell(1.2, 'derived', [3])]])).toBe('\uFEFFcount,rate\r\n<5,[c]\r\n');
  });
});
