import { describe, expect, it } from 'vitest';
import { columnInWords, columnWordsKey } from './column-words';

describe('column names in words', () => {
  it('names the example borough’s columns in words in both languages', () => {
    expect([columnInWords('en', 'deprivation_score'), columnInWords('cy', 'deprivation_score')]).toEqual(['Deprivation score', 'Sgôr amddifadedd']);
    expect(columnInWords('en', 'pct_aged_65_plus')).toBe('Aged 65 and over (%)');
  });

  it('keeps a column the catalogue has no words for as it is', () => {
    expect(columnWordsKey('IMD_score')).toBeNull();
    expect(columnInWords('cy', 'IMD_score')).toBe('IMD_score');
  });
});
