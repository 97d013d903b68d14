import { describe, expect, it } from 'vitest';
import { authorityCodeInFileName, detectAuthorities, lsoaNamePrefix, type AuthorityInputs } from './detect-authorities';
import { detectVintage, vintageYears } from './detect-vintage';

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

  it('lists distinct years', () => {
    expect(vintageYears([{ year: 2021, source: 'codes' }, null, { year: 2011, source: 'field-name' }, { year: 2021, source: 'field-name' }])).toEqual([2011, 2021]);
  });
});
