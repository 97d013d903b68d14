import { describe, expect, it } from 'vitest';
import { describeTensionColumns, detectTensionColumns } from './tension-columns';

describe('detectTensionColumns', () => {
  it('finds columns by name, preferring the most specific, and ONS code/name headers', () => {
    const header = ['Notes', 'Potential', 'Current rating', 'Date', 'Community type', 'WD23NM', 'WD23CD', 'Current'];
    const indexes = detectTensionColumns(header);
    expect([indexes, describeTensionColumns(header, indexes)]).toEqual([
      { areaCode: 6, areaName: 5, communityType: 4, date: 3, current: 2, potential: 1, notes: 0, agency: -1 },
      { areaCode: 'WD23CD', areaName: 'WD23NM', communityType: 'Community type', date: 'Date', current: 'Current rating', potential: 'Potential', notes: 'Notes' },
    ]);
  });

  it('marks absent columns with -1', () => {
    expect(detectTensionColumns(['ward', 'community', 'assessment_date', 'current'])).toEqual({ areaCode: -1, areaName: 0, communityType: 1, date: 2, current: 3, potential: -1, notes: -1, agency: -1 });
  });
});
