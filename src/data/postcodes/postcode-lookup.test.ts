import { describe, expect, it } from 'vitest';
import { codePointOpenCsv, nsplCsv, readLsoaCentroids } from '../../../test/fixtures/postcodes/lookup-csv';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { isPostcodeLookupHeader, parsePostcodeLookup } from './postcode-lookup';

const file = (name: string, text: string) => ({ name, bytes: new TextEncoder().encode(text).buffer as ArrayBuffer });

describe('parsePostcodeLookup', () => {
  it('reads an ONSPD extract: canonical postcodes, lat/long, LSOA and ward codes, rows without a grid reference counted', () => {
    const text = 'pcd,pcd2,pcds,dointr,doterm,oseast1m,osnrth1m,osward,lsoa11,lat,long\r\nCF101AA,CF10 1AA,CF10 1AA,198001,,318500,176000,W05000864,W01001939,51.479000,-3.177000\r\nCF1 1AA,CF1  1AA,CF1 1AA,198001,199810,,,,,99.999999,0.000000\r\nnot one,,,,,,,,,51.5,-3.1\r\n';
    const result = parsePostcodeLookup(file('ONSPD_CF.csv', text));
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        format: 'onspd', files: ['ONSPD_CF.csv'], postcodes: ['CF10 1AA'], lng: Float64Array.from([-3.177]), lat: Float64Array.from([51.479]),
        lsoaCodes: ['W01001939'], wardCodes: ['W05000864'], columns: { postcode: 'pcds', lsoa: 'lsoa11', ward: 'osward' }, skipped: { noPosition: 1, badPostcode: 1 },
      },
    });
  });

  it('refuses a table with no postcode or no position, and a lookup with no usable row', () => {
    expect([
      parsePostcodeLookup(file('cases.csv', 'id,postcode,date\n1,CF10 1AA,2024-01-02\n')),
      parsePostcodeLookup(file('empty.csv', 'pcds,lat,long\r\nCF1 1AA,99.999999,0.000000\r\n')),
      parsePostcodeLookup(file('nothing.csv', '')),
    ]).toEqual([
      { ok: false, error: { code: 'not-a-postcode-lookup', file: 'cases.csv', params: { file: 'cases.csv', columns: 'id, postcode, date' } } },
      { ok: false, error: { code: 'empty', file: 'empty.csv', params: { file: 'empty.csv', expected: 'postcode-lookup' } } },
      { ok: false, error: { code: 'empty', file: 'nothing.csv', params: { file: 'nothing.csv', expected: 'postcode-lookup' } } },
    ]);
  });

  it('recognises lookup headers and Code-Point Open rows, not incident tables', () => {
    expect([
      isPostcodeLookupHeader(['pcd', 'pcds', 'oseast1m', 'osnrth1m', 'lat', 'long']),
      isPostcodeLookupHeader(['Postcode', 'Eastings', 'Northings']),
      isPostcodeLookupHeader(['"AB101AA"'.replace(/"/g, ''), '10', '394251', '806376', 'S92000003', '', 'S08000020', '', 'S12000033', 'S13002842']),
      isPostcodeLookupHeader(['Crime ID', 'Month', 'Longitude', 'Latitude', 'LSOA code']),
      isPostcodeLookupHeader(['id', 'postcode', 'date']),
    ]).toEqual([true, true, true, false, false]);
  });
});

describeWithSharedData('postcode lookups generated from the LSOA 2021 centroids', ['boundaries/wales/lsoa21_wales_and_border_centroids.geojson'], () => {
  const centroids = readLsoaCentroids(new TextDecoder().decode(readSharedBytes('boundaries/wales/lsoa21_wales_and_border_centroids.geojson')));

  it('reads back the NSPL form: every centroid to 6 decimals with its LSOA, the row without a grid reference left out', () => {
    const result = parsePostcodeLookup(file('nspl.csv', nsplCsv(centroids)));
    if (!result.ok) throw new Error(result.error.code);
    const lookup = result.value;
    const worst = Math.max(...centroids.map((centroid, row) => Math.max(Math.abs(lookup.lng[row] - centroid.lng), Math.abs(lookup.lat[row] - centroid.lat))));
    expect([lookup.format, lookup.postcodes.length, new Set(lookup.postcodes).size, lookup.lsoaCodes, lookup.skipped, worst <= 5e-7]).toEqual([
      'onspd', 2696, 2696, centroids.map((centroid) => centroid.areaCode), { noPosition: 1, badPostcode: 0 }, true,
    ]);
  });

  it('reads back the Code-Point Open form from British National Grid metres to within 2 m of each centroid', () => {
    const result = parsePostcodeLookup(file('cpo.csv', codePointOpenCsv(centroids)));
    if (!result.ok) throw new Error(result.error.code);
    const lookup = result.value;
    const metres = centroids.map((centroid, row) => Math.hypot((lookup.lng[row] - centroid.lng) * 111_320 * Math.cos((centroid.lat * Math.PI) / 180), (lookup.lat[row] - centroid.lat) * 110_574));
    expect([lookup.format, lookup.postcodes.length, lookup.lsoaCodes, lookup.wardCodes?.every((code) => code === ''), Math.max(...metres) < 2]).toEqual(['code-point-open', 2696, null, true, true]);
  });
});
