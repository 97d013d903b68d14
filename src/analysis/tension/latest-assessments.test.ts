import { describe, expect, it } from 'vitest';
import { DAYS, handAssessments } from '../../../test/fixtures/tensions/tensions';
import { latestAssessments } from './latest-assessments';

const [ethnic1, faith1, lgbt1, ethnic2, faith2, , lgbtRedone, generational2, lgbt3, ethnicAfterGap] = handAssessments;

describe('latestAssessments', () => {
  it('gives first assessments no arrow', () => {
    expect(latestAssessments(handAssessments, DAYS.first)).toEqual([
      { assessment: ethnic1, previousTimeMs: null, currentTrend: null, potentialTrend: null },
      { assessment: faith1, previousTimeMs: null, currentTrend: null, potentialTrend: null },
      { assessment: lgbt1, previousTimeMs: null, currentTrend: null, potentialTrend: null },
    ]);
  });

  it('takes the last row of a same-day re-assessment, compared with the day before', () => {
    expect(latestAssessments(handAssessments, DAYS.second + 3_600_000)).toEqual([
      { assessment: ethnic2, previousTimeMs: DAYS.first, currentTrend: 'raised', potentialTrend: 'raised' },
      { assessment: faith2, previousTimeMs: DAYS.first, currentTrend: 'static', potentialTrend: 'raised' },
      { assessment: lgbtRedone, previousTimeMs: DAYS.first, currentTrend: 'raised', potentialTrend: 'raised' },
      { assessment: generational2, previousTimeMs: null, currentTrend: null, potentialTrend: null },
    ]);
  });

  it('compares after a gap with the last assessment before it, and keeps a community not reassessed', () => {
    expect(latestAssessments(handAssessments, DAYS.afterGap)).toEqual([
      { assessment: ethnicAfterGap, previousTimeMs: DAYS.second, currentTrend: 'raised', potentialTrend: 'raised' },
      { assessment: faith2, previousTimeMs: DAYS.first, currentTrend: 'static', potentialTrend: 'raised' },
      { assessment: lgbt3, previousTimeMs: DAYS.second, currentTrend: 'static', potentialTrend: 'falling' },
      { assessment: generational2, previousTimeMs: null, currentTrend: null, potentialTrend: null },
    ]);
  });

  it('is empty before the first assessment', () => {
    expect(latestAssessments(handAssessments, DAYS.first - 1)).toEqual([]);
  });
});
