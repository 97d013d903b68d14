import { describe, expect, it } from 'vitest';
import type { PostcodeLookup } from '../../types';
import { deepFreeze } from '../../../test/helpers/freeze';
import { indexPostcodeLookups, locateByPostcode } from './locate-by-postcode';

const lookup = (postcodes: string[], lng: number[], lsoa: string[] | null): PostcodeLookup => deepFreeze({
  format: 'onspd', files: ['lookup.csv'], postcodes, lng: Float64Array.from(lng), lat: Float64Array.from(lng.map((value) => 51 + value / 10)),
  lsoaCodes: lsoa, wardCodes: null, columns: { postcode: 'pcds', lsoa: lsoa && 'lsoa21', ward: null }, skipped: { noPosition: 0, badPostcode: 0 },
});

const cardiff = lookup(['CF10 1AA', 'CF10 1AB'], [-3.1, -3.2], ['W01001939', '']);
const newport = lookup(['NP20 1AA', 'CF10 1AB'], [-2.9, -3.25], null);

describe('locateByPostcode', () => {
  it('places a postcode written any way at its centroid with the lookup\'s LSOA, null where it has none', () => {
    const index = indexPostcodeLookups([cardiff]);
    expect([locateByPostcode('cf101aa', index), locateByPostcode('CF10 1AB', index)]).toEqual([
      { ok: true, postcode: 'CF10 1AA', lng: -3.1, lat: 51 - 0.31, lsoaCode: 'W01001939', wardCode: null },
      { ok: true, postcode: 'CF10 1AB', lng: -3.2, lat: 51 - 0.32, lsoaCode: null, wardCode: null },
    ]);
  });

  it('says why a postcode cannot be placed', () => {
    const index = indexPostcodeLookups([cardiff]);
    expect([locateByPostcode(' Cardiff ', index), locateByPostcode('np20 1aa', index)]).toEqual([
      { ok: false, reason: 'not-a-postcode', postcode: 'Cardiff' },
      { ok: false, reason: 'not-in-lookup', postcode: 'NP20 1AA' },
    ]);
  });

  it('searches several lookups; where they overlap, the last given wins', () => {
    const index = indexPostcodeLookups([cardiff, newport]);
    expect([locateByPostcode('NP20 1AA', index), locateByPostcode('CF10 1AB', index), locateByPostcode('CF10 1AA', index)].map((found) => (found.ok ? [found.lng, found.lsoaCode] : found.reason))).toEqual([
      [-2.9, null], [-3.25, null], [-3.1, 'W01001939'],
    ]);
  });
});
