import { describe, expect, it } from 'vitest';
import { ASSESSMENT, DAY_MS, OPENED_MS, RISKS } from '../../../test/fixtures/cia/assessment';
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

  it('at a date, outlines what was open then: not before it was opened, and no longer after it was closed', () => {
    const closedLater = { ...ASSESSMENT, status: 'closed' as const, closedMs: OPENED_MS + 30 * DAY_MS };
    expect(assessmentOutlines([closedLater], 'example-wards', codes, OPENED_MS - DAY_MS)).toEqual([]);
    expect(assessmentOutlines([closedLater], 'example-wards', codes, OPENED_MS + DAY_MS).map((o) => o.areaCode)).toEqual(['X05000002', 'X05000010']);
    expect(assessmentOutlines([closedLater], 'example-wards', codes, OPENED_MS + 30 * DAY_MS)).toEqual([]);
  });

  it('outlines the areas a drawn footprint covered', () => {
    const drawn = { ...ASSESSMENT, footprint: { kind: 'drawn' as const, datasetId: 'example-wards', ring: [[0, 0], [1, 0], [1, 1]] as [number, number][], areaCodes: ['X05000001'] } };
    expect(assessmentOutlines([drawn], 'example-wards', codes)).toEqual([{ areaCode: 'X05000001', level: 'high' }]);
  });
});
