import { describe, expect, it } from 'vitest';
import { parseManualBreaks } from './parse-breaks';

describe('parseManualBreaks', () => {
  it('reads commas, semicolons and spaces, with decimals and negatives', () => {
    expect(parseManualBreaks('-5, 0;2.5  10')).toEqual([-5, 0, 2.5, 10]);
  });
  it('rejects text, descending or repeated values, and empty input', () => {
    expect(parseManualBreaks('10, ten')).toBeNull();
    expect(parseManualBreaks('10, 5')).toBeNull();
    expect(parseManualBreaks('5, 5')).toBeNull();
    expect(parseManualBreaks('  ')).toBeNull();
  });
});
