import { describe, expect, it } from 'vitest';
import { chooseTensionScale, ratingOnScale, readTensionRating } from './tension-ratings';

describe('readTensionRating', () => {
  it('reads EEP numbers, words and number-with-word, in any case', () => {
    const cells = [1, '6', ' 3 ', 'Imminent', 'Moderate (High)', 'moderate low', 'MODERATE-HIGH', 'raised', 'Normal', '4 - Moderate (low)', '5: Raised'];
    expect(cells.map((cell) => readTensionRating(cell))).toEqual(
      [1, 6, 3, 1, 3, 4, 3, 5, 6, 4, 5].map((level) => ({ kind: 'rating', rating: { scale: 'eep', level } })),
    );
  });

  it('reads four-level words, keeps "High" ambiguous and refuses the rest', () => {
    expect(['Medium', 'low', 'No tensions', 'High', '2 High', 'Moderate', '7', 0, 2.5, '3 - Raised', '', null].map((cell) => readTensionRating(cell))).toEqual([
      { kind: 'rating', rating: { scale: 'four-level', level: 2 } },
      { kind: 'rating', rating: { scale: 'four-level', level: 3 } },
      { kind: 'rating', rating: { scale: 'four-level', level: 4 } },
      { kind: 'high' },
      { kind: 'rating', rating: { scale: 'eep', level: 2 } },
      ...Array.from({ length: 7 }, () => ({ kind: 'unreadable' })),
    ]);
  });

  it('chooses the scale most cells show, EEP on a tie, and resolves "High" on it', () => {
    const high = readTensionRating('High');
    const medium = readTensionRating('Medium');
    const five = readTensionRating(5);
    expect([chooseTensionScale([high, high]), chooseTensionScale([medium, five]), chooseTensionScale([medium, medium, five])]).toEqual(['eep', 'eep', 'four-level']);
    expect([ratingOnScale(high, 'eep'), ratingOnScale(high, 'four-level'), ratingOnScale(five, 'four-level')]).toEqual([{ scale: 'eep', level: 2 }, { scale: 'four-level', level: 1 }, null]);
  });

  it('reads cells as the guide\'s summary form writes them, past the trend arrow', () => {
    expect(['5►', '6▲', '2 ▼', 'High▲', 'Medium ►', 'Normal↑', '4 - Moderate (low) ▲'].map((cell) => readTensionRating(cell))).toEqual([
      { kind: 'rating', rating: { scale: 'eep', level: 5 } },
      { kind: 'rating', rating: { scale: 'eep', level: 6 } },
      { kind: 'rating', rating: { scale: 'eep', level: 2 } },
      { kind: 'high' },
      { kind: 'rating', rating: { scale: 'four-level', level: 2 } },
      { kind: 'rating', rating: { scale: 'eep', level: 6 } },
      { kind: 'rating', rating: { scale: 'eep', level: 4 } },
    ]);
  });
});
