import { describe, expect, it } from 'vitest';
import type { TensionRating } from '../../types';
import { eepEquivalent, FOUR_LEVEL_AS_EEP, hasMixedScales } from './scale-correspondence';
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

  it('calls for a CIA at EEP 1–4 and four-level High and Medium, naming the current rating first', () => {
    expect([1, 2, 3, 4, 5, 6].map((level) => callsForImpactAssessment(eep(level)))).toEqual([true, true, true, true, false, false]);
    expect([1, 2, 3, 4].map((level) => callsForImpactAssessment(simple(level)))).toEqual([true, true, false, false]);
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

  it('places the four-level scale on EEP: High 2, Medium 4, Low 5, No tensions 6', () => {
    expect([1, 2, 3, 4].map((level) => eepEquivalent(simple(level)))).toEqual([2, 4, 5, 6]);
    expect(FOUR_LEVEL_AS_EEP).toEqual([2, 4, 5, 6]);
    expect([1, 2, 3, 4, 5, 6].map((level) => eepEquivalent(eep(level)))).toEqual([1, 2, 3, 4, 5, 6]);
    expect([hasMixedScales([eep(2), eep(5)]), hasMixedScales([simple(1), eep(5)]), hasMixedScales([])]).toEqual([false, true, false]);
  });

  it('compares ratings on different scales through the correspondence, each kept on its own scale', () => {
    expect([tensionTrend(eep(5), simple(2)), tensionTrend(simple(1), eep(3)), tensionTrend(eep(4), simple(2)), tensionTrend(simple(1), eep(1))]).toEqual(['raised', 'falling', 'static', 'raised']);
    expect([moreAlarmingRating(eep(3), simple(1)), moreAlarmingRating(simple(1), eep(1)), moreAlarmingRating(eep(4), simple(2)), moreAlarmingRating(simple(3), eep(6))]).toEqual([simple(1), eep(1), eep(4), simple(3)]);
    expect([eep(3), eep(5), simple(2), simple(3)].reduce(moreAlarmingRating)).toEqual(eep(3));
  });
});
