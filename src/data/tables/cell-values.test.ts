import { describe, expect, it } from 'vitest';
import { cellText, readCell } from './cell-values';

describe('readCell', () => {
  it('reads plain, grouped, negative, signed, exponent and Unicode-minus numbers', () => {
    expect(['12', '1,234', '1,234,567.5', '-3.5', '+4', '.5', '1e3', '\u22121', ' 7 '].map(readCell)).toEqual([
      { kind: 'number', value: 12, percent: false },
      { kind: 'number', value: 1234, percent: false },
      { kind: 'number', value: 1234567.5, percent: false },
      { kind: 'number', value: -3.5, percent: false },
      { kind: 'number', value: 4, percent: false },
      { kind: 'number', value: 0.5, percent: false },
      { kind: 'number', value: 1000, percent: false },
      { kind: 'number', value: -1, percent: false },
      { kind: 'number', value: 7, percent: false },
    ]);
  });

  it('reads "45.2%" as 45.2 marked as a percentage, and spreadsheet numbers as they are', () => {
    expect([readCell('45.2%'), readCell('-0.5%'), readCell(0.25), readCell(1234)]).toEqual([
      { kind: 'number', value: 45.2, percent: true },
      { kind: 'number', value: -0.5, percent: true },
      { kind: 'number', value: 0.25, percent: false },
      { kind: 'number', value: 1234, percent: false },
    ]);
  });

  it('reads every suppression marker, blanks and empty cells as no data, never as zero', () => {
    const markers = ['*', '..', '.', '-', 'c', 'x', ':', '', '   ', 'n/a', 'N/A', 'C', 'X', '[c]', '[x]', 'z', '#N/A', null, undefined, Number.NaN];
    expect(markers.map(readCell)).toEqual(markers.map(() => ({ kind: 'no-data' })));
  });

  it('reads malformed numbers and hidden values as text', () => {
    expect(['<5', '12,34', '1.2.3', 'abc', '£5', '5 %%'].map(readCell)).toEqual(Array.from({ length: 6 }, () => ({ kind: 'text' })));
  });
});

describe('cellText', () => {
  it('trims text, prints whole numbers without a decimal point and empty cells as ""', () => {
    expect([cellText('  W01000001 '), cellText(2019), cellText(2.5), cellText(null), cellText(undefined)]).toEqual(['W01000001', '2019', '2.5', '', '']);
  });
});
