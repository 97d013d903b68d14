import { describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { isTableFile, sniffTableFile } from './sniff-table-file';
import { odsWorkbookBytes } from '../../test/fixtures/tables/workbooks';

describe('sniffTableFile', () => {
  it('sends positioned rows to the incident importer', () => {
    expect(sniffTableFile(textFile('a.csv', 'id,longitude,latitude,date,type\n1,-3.2,51.6,2022-05-01,Graffiti\n2,-3.21,51.61,2022-05-02,ASB\n'))).toBe('incidents');
    expect(sniffTableFile(textFile('b.csv', 'ref,easting,northing,date\n1,318000,176000,01/05/2022\n'))).toBe('incidents');
  });
  it('sends tables keyed by area code to the indicator importer', () => {
    expect(sniffTableFile(textFile('c.csv', 'lsoa_code,score,rank\nW01000001,12.5,300\nW01000002,40.1,20\n'))).toBe('indicators');
    expect(sniffTableFile(textFile('d.ods', 'not really ods'))).toBe('indicators');
    expect(sniffTableFile({ name: 'profile.ods', bytes: odsWorkbookBytes() })).toBe('indicators');
  });
  it('sends tension assessment tables to the tension importer', () => {
    expect(sniffTableFile(textFile('t.csv', 'area_code,community_type,assessment_date,current_rating,potential_rating\nX05000001,Faith or religious,2023-07-03,2,2\n'))).toBe('tensions');
  });
  it('recognises table file names', () => {
    expect(['x.csv', 'x.TSV', 'x.txt', 'x.xlsx', 'x.ods', 'x.geojson'].map(isTableFile)).toEqual([true, true, true, true, true, false]);
  });
});

describeWithSharedData('sniffTableFile on real files', ['police/south-wales/2022-05-south-wales-street.csv', 'indicators/wimd2019_lsoa11_wales.csv', 'indicators/census2021-ts001-lsoa.csv'], () => {
  it('tells police.uk files from indicator tables', () => {
    const file = (path: string) => ({ name: path.split('/').pop()!, bytes: readSharedBytes(path) });
    expect(sniffTableFile(file('police/south-wales/2022-05-south-wales-street.csv'))).toBe('incidents');
    expect(sniffTableFile(file('indicators/wimd2019_lsoa11_wales.csv'))).toBe('indicators');
    expect(sniffTableFile(file('indicators/census2021-ts001-lsoa.csv'))).toBe('indicators');
  });
});
