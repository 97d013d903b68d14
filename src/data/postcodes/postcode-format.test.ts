import { describe, expect, it } from 'vitest';
import { normalisePostcode } from './postcode-format';

describe('normalisePostcode', () => {
  it('reads every form files and people write as "OUTWARD INWARD"', () => {
    expect(['cf101aa', 'CF10  1AA', ' cf10 1aa ', 'CF101AA', 'AB1 0AA', 'AB1  0AA', 'm1 1ae', 'SW1A 1AA', 'ec1a1bb', 'CF10\u00a01AA'].map(normalisePostcode)).toEqual([
      'CF10 1AA', 'CF10 1AA', 'CF10 1AA', 'CF10 1AA', 'AB1 0AA', 'AB1 0AA', 'M1 1AE', 'SW1A 1AA', 'EC1A 1BB', 'CF10 1AA',
    ]);
  });

  it('refuses text not shaped like a postcode', () => {
    expect(['', 'CF10', 'Cardiff', '1AA CF10', 'CF10 1A', 'CF10 1AAA', 'W01000461', '12345'].map(normalisePostcode)).toEqual([null, null, null, null, null, null, null, null]);
  });
});
