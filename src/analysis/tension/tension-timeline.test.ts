import { describe, expect, it } from 'vitest';
import { DAYS, handAssessments } from '../../../test/fixtures/tensions/tensions';
import { loadExampleTensions } from '../../../test/fixtures/tensions/example-tensions';
import { tensionTimeline } from './tension-timeline';

describe('tensionTimeline', () => {
  it('lists each assessment day once, in order', () => {
    expect(tensionTimeline([...handAssessments].reverse())).toEqual([DAYS.first, DAYS.second, DAYS.third, DAYS.afterGap]);
  });

  it('gives the example borough’s 26 fortnightly Mondays of 2023', async () => {
    const dataset = await loadExampleTensions();
    expect(tensionTimeline(dataset.rows)).toEqual(Array.from({ length: 26 }, (_, index) => Date.UTC(2023, 0, 2 + 14 * index)));
  });
});
