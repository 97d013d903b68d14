import { describe, expect, it } from 'vitest';
import type { PostcodeLookup } from '../../types';
import { loadIncidentFiles } from '../load-incidents';

const lookup: PostcodeLookup = {
  format: 'onspd', files: ['lookup.csv'], postcodes: ['CF10 1AA', 'CF24 2BB'], lng: Float64Array.from([-3.18, -3.15]), lat: Float64Array.from([51.48, 51.49]),
  lsoaCodes: ['W01001939', ''], wardCodes: ['W05000864', 'W05000865'], columns: { postcode: 'pcds', lsoa: 'lsoa21', ward: 'osward' }, skipped: { noPosition: 0, badPostcode: 0 },
};
const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text).buffer as ArrayBuffer });

describe('incidents placed by postcode', () => {
  const withCoordinates = 'ref,date,type,postcode,longitude,latitude\n1,2024-01-05,ASB,cf101aa,,\n2,2024-01-06,ASB,,-3.2,51.5\n3,2024-01-07,Hate,CF24 2BB,,\n4,2024-01-08,Hate,NP20 1AA,,\n5,2024-01-09,Hate,Cardiff,,\n6,2024-01-10,Hate,,,\n';

  it('keeps rows without coordinates at their postcode\'s centroid, flagged with the lookup\'s LSOA and ward, and says so', async () => {
    const result = await loadIncidentFiles([file('log.csv', withCoordinates)], { id: 'log', postcodeLookups: [lookup] });
    if (!result.ok) throw new Error(result.error.code);
    const incidents = result.value;
    expect([Array.from(incidents.lng), Array.from(incidents.lat), Array.from(incidents.sourceLine)]).toEqual([[-3.18, -3.2, -3.15], [51.48, 51.5, 51.49], [2, 3, 4]]);
    expect(incidents.postcodePlacement).toEqual({ placed: Uint8Array.from([1, 0, 1]), lsoa: Int32Array.from([0, -1, -1]), ward: Int32Array.from([1, -1, 2]), codes: ['W01001939', 'W05000864', 'W05000865'] });
    expect(incidents.report.warnings).toEqual([{ code: 'placed-by-postcode', file: 'log.csv', count: 2, params: { count: 2, column: 'postcode' } }]);
    expect(incidents.report.rejected).toEqual([{
      reason: 'no-coordinates', count: 3, examples: ['log.csv:5', 'log.csv:6', 'log.csv:7'],
      notes: [
        { code: 'postcode-not-in-lookup', params: { column: '"postcode"', postcode: 'NP20 1AA' } },
        { code: 'postcode-not-a-postcode', params: { column: '"postcode"', postcode: 'Cardiff' } },
        { code: 'position-empty', params: { xName: '"longitude"', yName: '"latitude"' } },
      ],
    }]);
  });

  it('reads a table of postcodes with no coordinate columns once a lookup is loaded, and refuses it without one', async () => {
    const onlyPostcodes = file('cases.csv', 'case,opened,postcode\nA1,2024-03-01,CF24 2BB\nA2,2024-03-02,CF10 1AA\n');
    const placed = await loadIncidentFiles([onlyPostcodes], { id: 'cases', postcodeLookups: [lookup] });
    const refused = await loadIncidentFiles([onlyPostcodes], { id: 'cases' });
    expect([placed.ok && Array.from(placed.value.lng), placed.ok && Array.from(placed.value.postcodePlacement!.placed), refused.ok || refused.error.code]).toEqual([[-3.15, -3.18], [1, 1], 'no-position-columns']);
  });

  it('changes nothing for a file whose rows all have coordinates', async () => {
    const result = await loadIncidentFiles([file('log.csv', 'ref,date,postcode,longitude,latitude\n1,2024-01-05,CF10 1AA,-3.2,51.5\n')], { id: 'log', postcodeLookups: [lookup] });
    expect(result.ok && [result.value.postcodePlacement, result.value.report.warnings, Array.from(result.value.lng)]).toEqual([undefined, [], [-3.2]]);
  });
});
