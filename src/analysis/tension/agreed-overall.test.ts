import { describe, expect, it } from 'vitest';
import { DAYS, handAssessments } from '../../../test/fixtures/tensions/tensions';
import type { TensionJudgement } from '../../types';
import { agreedJudgement, defaultJudgement } from './agreed-overall';

const eep = (level: number) => ({ scale: 'eep' as const, level });
const judged = (timeMs: number, current: number, potential: number): TensionJudgement => ({ areaCode: 'X05000001', timeMs, current: eep(current), potential: eep(potential), source: 'entered:1', agency: 'Silver group' });

describe('the group’s agreed overall rating', () => {
  it('offers the most alarming community as the default, without recording it', () => {
    // On 16 Jan X05000001 has Ethnic 5/4 and Faith 6/5.
    expect([defaultJudgement(handAssessments, 'X05000001', DAYS.second), defaultJudgement(handAssessments, 'X05000001', DAYS.first - 1)]).toEqual([{ current: eep(5), potential: eep(4) }, null]);
  });

  it('keeps a judgement that differs from the most alarming community, until the area is rated again', () => {
    const judgements = [judged(DAYS.second, 5, 6), judged(DAYS.first, 6, 6)];
    expect([
      agreedJudgement(judgements, handAssessments, 'X05000001', DAYS.second),
      agreedJudgement(judgements, handAssessments, 'X05000001', DAYS.third),
      // Ethnic was rated again on 27 Feb: the 16 Jan judgement is out of date.
      agreedJudgement(judgements, handAssessments, 'X05000001', DAYS.afterGap),
      agreedJudgement(judgements, handAssessments, 'X05000002', DAYS.second),
    ]).toEqual([judgements[0], judgements[0], null, null]);
  });
});
