import { describe, expect, it } from 'vitest';
import { buildTensionTimeline, fortnightlyMondays } from './example-tension-timeline';
import { createRandom } from './random';

describe('fortnightlyMondays', () => {
  it('lists every other Monday of the year from the first Monday', () => {
    const dates = fortnightlyMondays(2023);
    expect(dates.length).toBe(26);
    expect(dates.slice(0, 3)).toEqual(['2023-01-02', '2023-01-16', '2023-01-30']);
    expect(dates.at(-1)).toBe('2023-12-18');
    expect(fortnightlyMondays(2024).slice(0, 2)).toEqual(['2024-01-01', '2024-01-15']);
    expect(fortnightlyMondays(2024).at(-1)).toBe('2024-12-30');
  });
});

describe('buildTensionTimeline', () => {
  it('plays an episode over the background, anticipates a rise by one step and notes the return to normal', () => {
    // LGBT pairs have few background spells; this seed draws none, so only the episode shows.
    const timeline = buildTensionTimeline(8, 'LGBT', [{ start: 2, ratings: [4, 2, 3, 5], notes: ['rising', 'peak', 'easing', ''] }], createRandom(3));
    expect(timeline).toEqual([
      { current: 6, potential: 6, notes: '' },
      { current: 6, potential: 5, notes: '' },
      { current: 4, potential: 3, notes: 'rising' },
      { current: 2, potential: 2, notes: 'peak' },
      { current: 3, potential: 3, notes: 'easing' },
      { current: 5, potential: 5, notes: '' },
      { current: 6, potential: 6, notes: 'Back to normal; routine monitoring' },
      { current: 6, potential: 6, notes: '' },
    ]);
  });

  it('keeps background spells at Raised, the potential rating never better than the current one', () => {
    const timelines = Array.from({ length: 50 }, (_, seed) => buildTensionTimeline(26, 'Ethnic', [], createRandom(seed)));
    const assessments = timelines.flat();
    expect(new Set(assessments.map((assessment) => assessment.current))).toEqual(new Set([5, 6]));
    expect(assessments.filter((assessment) => assessment.potential > assessment.current || assessment.potential < assessment.current - 1)).toEqual([]);
    expect(assessments.filter((assessment, at) => assessment.current === 5 && (at % 26 === 0 || assessments[at - 1].current === 6) && assessment.notes === '')).toEqual([]);
  });

  it('refuses an episode that runs past the last assessment', () => {
    expect(() => buildTensionTimeline(4, 'Ethnic', [{ start: 3, ratings: [5, 5], notes: ['', ''] }], createRandom(1))).toThrow('episode runs past the last assessment (4 of 4)');
  });
});
