import { describe, expect, it } from 'vitest';
import type { TensionRating } from '../../types';
import { callsForImpactAssessment, impactAssessmentCause, moreAlarmingRating, tensionCellText, tensionTrend } from './tension-scale';

const eep = (level: number): TensionRating => ({ scale: 'eep', level });
const simple = (level: number): TensionRating => ({ scale: 'four-level', level });

describe('tension scales', () => {
  it('reads a lower level as raised tension', () => {
    expect([tensionTrend(eep(5), eep(4)), tensionTrend(eep(4), eep(6)), tensionTrend(simple(2), simple(2))]).toEqual(['raised', 'falling', 'static']);
  });

  it('picks the lower level as the more alarming rating', () => {
    expect([moreAlarmingRating(eep(5), eep(2)), moreAlarmingRating(simple(1), simple(3))]).toEqual([eep(2), simple(1)]);
  });

  it('calls for a CIA at EEP 1–4 and four-level High, naming the current rating first', () => {
    expect([1, 2, 3, 4, 5, 6].map((level) => callsForImpactAssessment(eep(level)))).toEqual([true, true, true, true, false, false]);
    expect([1, 2, 3, 4].map((level) => callsForImpactAssessment(simple(level)))).toEqual([true, false, false, false]);
    expect([impactAssessmentCause(eep(4), eep(3)), impactAssessmentCause(eep(5), eep(4)), impactAssessmentCause(eep(5), eep(5))]).toEqual(['current', 'potential', null]);
  });

  it('writes cells as the form does: number or word, then the arrow', () => {
    expect([tensionCellText(eep(5), 'static'), tensionCellText(eep(6), 'raised'), tensionCellText(eep(3), 'falling'), tensionCellText(simple(4), null), tensionCellText(simple(1), 'raised')]).toEqual([
      '5►',
      '6▲',
      '3▼',
      'No tensions',
      'High▲',
    ]);
  });

  it('refuses to compare ratings on different scales', () => {
    expect(() => tensionTrend(eep(2), simple(1))).toThrow('different scales');
  });
});
