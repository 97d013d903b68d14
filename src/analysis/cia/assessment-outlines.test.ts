import { describe, expect, it } from 'vitest';
import { ASSESSMENT, RISKS } from '../../../test/fixtures/cia/assessment';
import { assessmentOutlines } from './assessment-outlines';

describe('outlines of open assessments', () => {
  const codes = ['X05000001', 'X05000002', 'X05000010'];

  it('outlines each open assessment’s areas at its risk level, the highest where two overlap', () => {
    const low = { ...ASSESSMENT, id: 'cia-low', risks: [RISKS[0]], footprint: { kind: 'areas' as const, datasetId: 'example-wards', areaCodes: ['X05000001', 'X05000002'] } };
    expect(assessmentOutlines([low, ASSESSMENT], 'example-wards', codes)).toEqual([
      { areaCode: 'X05000001', level: 'low' },
      { areaCode: 'X05000002', level: 'high' },
      { areaCode: 'X05000010', level: 'high' },
    ]);
  });

  it('leaves out closed assessments and other layers, and marks an assessment without risks unscored', () => {
    const closed = { ...ASSESSMENT, status: 'closed' as const };
    const district = { ...ASSESSMENT, id: 'cia-d', risks: [], footprint: { kind: 'district' as const, datasetId: 'example-wards' } };
    expect(assessmentOutlines([closed], 'example-wards', codes)).toEqual([]);
    expect(assessmentOutlines([ASSESSMENT], 'example-lsoas', codes)).toEqual([]);
    expect(assessmentOutlines([district], 'example-wards', codes).map((o) => o.level)).toEqual(['unscored', 'unscored', 'unscored']);
  });
});
