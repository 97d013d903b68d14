import { describe, expect, it } from 'vitest';
import { wrapText, type MeasureText } from './text-wrap';

const measure: MeasureText = (text) => text.length * 10;
const font = { sizePx: 20, bold: false };

describe('wrapText', () => {
  it('breaks at spaces to fit the width and keeps explicit line breaks', () => {
    expect(wrapText('one two three four', font, 90, measure)).toEqual(['one two', 'three', 'four']);
    expect(wrapText('first line\nsecond', font, 1000, measure)).toEqual(['first line', 'second']);
  });

  it('keeps an over-long word whole, gives nothing for empty text, and ends a cut text with an ellipsis', () => {
    expect(wrapText('supercalifragilistic ok', font, 50, measure)).toEqual(['supercalifragilistic', 'ok']);
    expect(wrapText('  ', font, 50, measure)).toEqual([]);
    expect(wrapText('aa bb cc dd ee ff', font, 50, measure, 2)).toEqual(['aa bb', 'cc…']);
  });
});
