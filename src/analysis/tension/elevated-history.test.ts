import { describe, expect, it } from 'vitest';
import type { TensionAssessment } from '../../types';
import { elevatedAssessmentCounts } from './elevated-history';

const row = (areaCode: string, scale: 'eep' | 'four-level', level: number): TensionAssessment => ({
  areaCode, communityType: 'Faith or religious', timeMs: 0, current: { scale, level }, potential: { scale, level: 6 }, source: 'log.csv:2',
});

describe('elevatedAssessmentCounts', () => {
  it('counts assessments at Community Impact Assessment level per area on either scale, 0 for calm areas and no data for areas never assessed', () => {
    const rows = [row('A', 'eep', 3), row('A', 'eep', 5), row('A', 'four-level', 2), row('B', 'eep', 6), row('Z', 'eep', 1)];
    expect(Array.from(elevatedAssessmentCounts(rows, ['A', 'B', 'C']))).toEqual([2, 0, Number.NaN]);
  });
});
