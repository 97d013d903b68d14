import { describe, expect, it } from 'vitest';
import type { PostcodePlacement } from '../types';
import { assignPostcodeAreas } from './postcode-areas';

// Incidents: 0 has its own coordinates; 1 is placed with an LSOA code that is loaded; 2 with an LSOA not
// loaded but a ward that is; 3 with codes of neither; 4 placed with no codes at all.
const placement: PostcodePlacement = {
  placed: Uint8Array.from([0, 1, 1, 1, 1]),
  lsoa: Int32Array.from([-1, 0, 1, 2, -1]),
  ward: Int32Array.from([-1, -1, 3, 2, -1]),
  codes: ['W01000002', 'W01009999', 'E01000000', 'w05000001'],
};

describe('assignPostcodeAreas', () => {
  it('counts incidents placed by postcode in the lookup\'s LSOA, else its ward, when the layer has it', () => {
    expect(Array.from(assignPostcodeAreas(Int32Array.from([0, 0, -1, 1, 2]), placement, ['W01000001', 'W01000002', 'W05000001']))).toEqual([0, 1, 2, 1, 2]);
  });

  it('returns the join unchanged (the same array) without placement or when nothing moves', () => {
    const joined = Int32Array.from([0, 1, 2, 1, 2]);
    expect([assignPostcodeAreas(joined, undefined, ['W01000001']) === joined, assignPostcodeAreas(joined, placement, ['X01000001']) === joined]).toEqual([true, true]);
  });
});
