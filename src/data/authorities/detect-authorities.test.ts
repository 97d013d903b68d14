import { describe, expect, it } from 'vitest';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { authorityCodeInFileName, detectAuthorities, lsoaNamePrefix, type AuthorityInputs } from './detect-authorities';
import { detectVintage, vintageYears, vintagesDiffer, wardCodeNoOlderThan } from './detect-vintage';
import { mergedVintage } from './merge-datasets';

function inputs(rows: Record<string, string>[], overrides: Partial<AuthorityInputs> = {}): AuthorityInputs {
  return {
    features: rows.map((properties) => ({ properties })),
    areaCodes: rows.map((r) => r.code ?? ''),
    areaNames: rows.map((r) => r.name ?? ''),
    level: 'lsoa',
    files: ['areas.geojson'],
    ...overrides,
  };
}

describe('detectAuthorities', () => {
  it('reads an authority code and name column, one authority per distinct code', () => {
    const result = detectAuthorities(inputs([
      { code: 'X01000001', LAD_CODE: 'X06000001', LAD_NAME: 'Ashbridge' },
      { code: 'X01000002', LAD_CODE: 'X06000002', LAD_NAME: 'Wellmoor' },
      { code: 'X01000003', LAD_CODE: 'X06000001', LAD_NAME: 'Ashbridge' },
    ]));
    expect(result.authorities).toEqual([
      { code: 'X06000001', name: 'Ashbridge', source: 'field' },
      { code: 'X06000002', name: 'Wellmoor', source: 'field' },
    ]);
    expect(result.areaAuthorities).toEqual([0, 1, 0]);
  });

  it('matches LSOA name prefixes to the Welsh councils, and keeps unknown prefixes by name', () => {
    const result = detectAuthorities(inputs([
      { code: 'W01001325', name: 'Caerphilly 003A' },
      { code: 'W01001137', name: 'Rhondda Cynon Taf 012B' },
      { code: 'E01007110', name: 'Wirral 035A' },
      { code: 'W01000001', name: '' },
    ]));
    expect(result.authorities).toEqual([
      { code: 'W06000018', name: 'Caerphilly', source: 'name-prefix' },
      { code: 'W06000016', name: 'Rhondda Cynon Taf', source: 'name-prefix' },
      { code: '', name: 'Wirral', source: 'name-prefix' },
    ]);
    expect(result.areaAuthorities).toEqual([0, 1, 2, -1]);
  });

  it('falls back to an authority code in the file name (ward files have no authority column)', () => {
    const result = detectAuthorities(inputs([{ code: 'W05000718', name: 'Aberbargoed' }], { level: 'ward', files: ['wards_wd13_W06000018_caerphilly.geojson'] }));
    expect(result.authorities).toEqual([{ code: 'W06000018', name: 'Caerphilly', source: 'file-name' }]);
    expect(result.areaAuthorities).toEqual([0]);
  });

  it('makes each area of an authority-level file its own authority', () => {
    const result = detectAuthorities(inputs([{ code: 'W06000015', name: 'Cardiff' }, { code: 'W06000018', name: 'Caerphilly' }], { level: 'local-authority' }));
    expect(result.authorities.map((a) => [a.code, a.source])).toEqual([['W06000015', 'self'], ['W06000018', 'self']]);
    expect(result.areaAuthorities).toEqual([0, 1]);
  });

  it('parses prefixes and file-name codes', () => {
    expect(lsoaNamePrefix('Merthyr Tydfil 001A')).toBe('Merthyr Tydfil');
    expect(lsoaNamePrefix('Aberbargoed')).toBeNull();
    expect(authorityCodeInFileName('/x/lsoa11_W06000024_merthyr.geojson')).toBe('W06000024');
    expect(authorityCodeInFileName('lsoa21_wales_and_border.geojson')).toBeNull();
  });
});

describe('detectVintage', () => {
  it('reads the year from the code column name', () => {
    expect(detectVintage('LSOA11CD', ['W01000001'])).toEqual({ year: 2011, source: 'field-name' });
    expect(detectVintage('LSOA21CD', ['W01000001'])).toEqual({ year: 2021, source: 'field-name' });
    expect(detectVintage('WD13CD', [])).toEqual({ year: 2013, source: 'field-name' });
    expect(detectVintage('WD22CD', [])).toEqual({ year: 2022, source: 'field-name' });
  });

  it('recognises 2021 LSOAs from codes first issued in 2021, and says nothing otherwise', () => {
    expect(detectVintage('code', ['W01000001', 'W01002040'])).toEqual({ year: 2021, source: 'codes' });
    expect(detectVintage('code', ['E01035000'])).toEqual({ year: 2021, source: 'codes' });
    expect(detectVintage('LSOA_CODE', ['W01000001', 'X01000001'])).toBeNull();
  });

  it('recognises wards drawn after a known ward set from codes issued later, as "that year or later"', () => {
    expect([wardCodeNoOlderThan('W05000991'), wardCodeNoOlderThan('W05000992'), wardCodeNoOlderThan('W05001038'), wardCodeNoOlderThan('W05001039')]).toEqual([null, 2014, 2014, 2020]);
    expect([wardCodeNoOlderThan('E05012992'), wardCodeNoOlderThan('E05013000'), wardCodeNoOlderThan('E05x'), wardCodeNoOlderThan('E01012993')]).toEqual([null, 2020, null, null]);
    expect(detectVintage('ward_code', ['W05000853', 'W05001034'])).toEqual({ year: 2014, orLater: true, source: 'codes' });
    expect(detectVintage('code', ['W05001034', 'W05001400', 'E05000026'])).toEqual({ year: 2020, orLater: true, source: 'codes' });
    expect(detectVintage('code', ['W05000853', 'E05013500'])).toEqual({ year: 2020, orLater: true, source: 'codes' });
    expect(detectVintage('code', ['W05000853', 'E05000026'])).toBeNull();
    // The column name still wins: a WD22CD file is 2022 whatever its codes.
    expect(detectVintage('WD22CD', ['W05000853'])).toEqual({ year: 2022, source: 'field-name' });
  });

  it('lists distinct vintages, an exact year before "that year or later"', () => {
    expect(vintageYears([{ year: 2021, source: 'codes' }, null, { year: 2011, source: 'field-name' }, { year: 2021, source: 'field-name' }])).toEqual([{ year: 2011 }, { year: 2021 }]);
    expect(vintageYears([{ year: 2014, orLater: true, source: 'codes' }, { year: 2014, source: 'field-name' }, { year: 2013, source: 'field-name' }])).toEqual([{ year: 2013 }, { year: 2014 }, { year: 2014, orLater: true }]);
  });

  it('gives a merged layer the vintage its inputs can share, or none', () => {
    const named = (year: number) => ({ year, source: 'field-name' as const });
    const later = (year: number) => ({ year, orLater: true, source: 'codes' as const });
    expect(mergedVintage([later(2014), named(2022)])).toEqual(named(2022));
    expect(mergedVintage([later(2014), later(2020)])).toEqual(later(2020));
    expect(mergedVintage([named(2013), named(2013)])).toEqual(named(2013));
    expect(mergedVintage([named(2013), later(2014)])).toBeNull();
    expect(mergedVintage([named(2013), null])).toBeNull();
  });

  it('calls vintages mixed only when they cannot be the same boundaries', () => {
    expect(vintagesDiffer([{ year: 2011 }, { year: 2021 }])).toBe(true);
    expect(vintagesDiffer([{ year: 2013 }, { year: 2014, orLater: true }])).toBe(true);
    expect(vintagesDiffer([{ year: 2022 }, { year: 2014, orLater: true }])).toBe(false);
    expect(vintagesDiffer([{ year: 2014, orLater: true }, { year: 2020, orLater: true }])).toBe(false);
    expect(vintagesDiffer([{ year: 2013 }])).toBe(false);
    expect(vintagesDiffer([])).toBe(false);
  });
});

describeWithSharedData(
  'ward vintage from codes, on real ward sets',
  ['boundaries/wales/wards_wd13_wales_all.topojson', 'indicators/wimd2019_ward_aggregates_wales.csv', 'indicators/imd2019_ward_aggregates_england.csv'],
  () => {
    const text = (path: string) => new TextDecoder().decode(readSharedBytes(path));
    const csvCodes = (path: string) => text(path).split(/\r?\n/).slice(1).filter(Boolean).map((line) => line.split(',')[0].replace(/"/g, ''));

    it('says nothing about the 852 Welsh wards of December 2013 from their codes alone (the column name tells)', () => {
      const topology = JSON.parse(text('boundaries/wales/wards_wd13_wales_all.topojson')) as { objects: { wards: { geometries: { properties: { WD13CD: string } }[] } } };
      const codes = topology.objects.wards.geometries.map((g) => g.properties.WD13CD);
      expect(codes).toHaveLength(852);
      expect(detectVintage('code', codes)).toBeNull();
      expect(detectVintage('WD13CD', codes)).toEqual({ year: 2013, source: 'field-name' });
    });

    it('knows the WIMD 2019 ward table is of wards drawn after 2013, and the 2019 English set proves nothing newer', () => {
      const welsh = csvCodes('indicators/wimd2019_ward_aggregates_wales.csv');
      const english = csvCodes('indicators/imd2019_ward_aggregates_england.csv');
      expect([welsh.length, english.length]).toEqual([843, 7180]);
      expect(detectVintage('ward_code', welsh)).toEqual({ year: 2014, orLater: true, source: 'codes' });
      expect(detectVintage('ward_code', english)).toBeNull();
      expect(vintagesDiffer(vintageYears([{ year: 2013, source: 'field-name' }, detectVintage('ward_code', welsh)]))).toBe(true);
    });
  },
);
