import { describe, expect, it } from 'vitest';
import { countedWord } from './counted-words';

describe('countedWord', () => {
  it('takes the singular for 1 only, with digits grouped', () => {
    expect([0, 1, 2, 2696].map((count) => countedWord(count, 'row', 'rows'))).toEqual(['0 rows', '1 row', '2 rows', '2,696 rows']);
  });
});
