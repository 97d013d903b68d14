import { describe, expect, it } from 'vitest';
import { DAYS, fourLevelAssessments, handAssessments } from '../../../test/fixtures/tensions/tensions';
import { areaTensionOverall } from './area-overall';

const eep = (level: number) => ({ scale: 'eep', level });

describe('areaTensionOverall', () => {
  it('takes the most alarming rating across communities, compared with the area’s previous assessment day', () => {
    expect(areaTensionOverall(handAssessments, DAYS.afterGap)).toEqual([
      // Ethnic 4/3 now and Faith 6/5 carried from 16 Jan; on 16 Jan the worst were 5 and 4.
      { areaCode: 'X05000001', timeMs: DAYS.afterGap, previousTimeMs: DAYS.second, current: eep(4), potential: eep(3), currentTrend: 'raised', potentialTrend: 'raised', impactAssessment: 'current' },
      // LGBT 4/5 on 30 Jan, Generational 6/6 carried; on 16 Jan LGBT was 4/4 (the later of two rows).
      { areaCode: 'X05000002', timeMs: DAYS.third, previousTimeMs: DAYS.second, current: eep(4), potential: eep(5), currentTrend: 'static', potentialTrend: 'falling', impactAssessment: 'current' },
    ]);
  });

  it('has no trend on an area’s first day and flags a CIA for the potential rating alone', () => {
    expect(areaTensionOverall(handAssessments, DAYS.first)).toEqual([
      { areaCode: 'X05000001', timeMs: DAYS.first, previousTimeMs: null, current: eep(6), potential: eep(6), currentTrend: null, potentialTrend: null, impactAssessment: null },
      { areaCode: 'X05000002', timeMs: DAYS.first, previousTimeMs: null, current: eep(6), potential: eep(6), currentTrend: null, potentialTrend: null, impactAssessment: null },
    ]);
    expect(areaTensionOverall(handAssessments, DAYS.second).map((area) => area.impactAssessment)).toEqual(['potential', 'current']);
  });

  it('flags a CIA on the four-level scale at High and Medium (the guide: Medium describes the signs of EEP 4)', () => {
    const simple = (level: number) => ({ scale: 'four-level', level });
    expect([areaTensionOverall(fourLevelAssessments, DAYS.first), areaTensionOverall(fourLevelAssessments, DAYS.second)]).toEqual([
      [{ areaCode: 'X05000003', timeMs: DAYS.first, previousTimeMs: null, current: simple(3), potential: simple(2), currentTrend: null, potentialTrend: null, impactAssessment: 'potential' }],
      [{ areaCode: 'X05000003', timeMs: DAYS.second, previousTimeMs: DAYS.first, current: simple(1), potential: simple(2), currentTrend: 'raised', potentialTrend: 'static', impactAssessment: 'current' }],
    ]);
  });

  it('compares an area rated on both scales through the correspondence, keeping each rating on its own scale', () => {
    const simple = (level: number) => ({ scale: 'four-level', level });
    // A council rates X05000001's Ethnic community Medium / High on the second day; the police log says 5 / 4.
    const council = { areaCode: 'X05000001', communityType: 'Ethnic', timeMs: DAYS.second, current: { scale: 'four-level', level: 2 }, potential: { scale: 'four-level', level: 1 }, source: 'council.csv:2' } as const;
    const mixed = [...handAssessments.slice(0, 4), council, ...handAssessments.slice(4)];
    expect(areaTensionOverall(mixed, DAYS.second)[0]).toEqual({
      areaCode: 'X05000001', timeMs: DAYS.second, previousTimeMs: DAYS.first,
      // Faith's EEP 6 / 5 stand beside the council's row (which re-assesses Ethnic after the police row of the same day).
      current: simple(2), potential: simple(1), currentTrend: 'raised', potentialTrend: 'raised', impactAssessment: 'current',
    });
    // Then the police rate Ethnic 4 / 3: EEP 4 corresponds to Medium (static), EEP 3 is less alarming than High (falling).
    expect(areaTensionOverall(mixed, DAYS.afterGap)[0]).toMatchObject({ current: eep(4), potential: eep(3), currentTrend: 'static', potentialTrend: 'falling', impactAssessment: 'current' });
  });
});
