import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { describeWithSharedData, readSharedBytes, sharedDataPath } from '../../../test/helpers/shared-data';
import type { IndicatorTable } from '../../types';
import { parseTableCsv } from '../importers/table-csv';
import { matchTableToAreas } from './code-matching';

const table = (areaCodes: string[]) => ({ areaCodes });
const range = (prefix: string, from: number, to: number) => Array.from({ length: to - from + 1 }, (_, index) => `${prefix}${String(from + index).padStart(6, '0')}`);

describe('matchTableToAreas: hand-made code lists', () => {
  it('matches every area, ignoring case and spaces, with no note', () => {
    expect(matchTableToAreas(table(['W01000001', 'W01000002', 'W01000003']), ['w01000001 ', 'W01000002'])).toEqual({ matched: 2, tableOnly: ['W01000003'], areasOnly: [], vintage: null });
  });

  it('says the table looks like LSOA 2001 codes when the boundaries hold codes first used in 2011', () => {
    const areas = ['W01001895', 'W01001896', 'W01001897', 'W01001898'];
    expect(matchTableToAreas(table(['W01000001', 'W01001895', 'W01001896', 'W01001700']), areas)).toEqual({
      matched: 2,
      tableOnly: ['W01000001', 'W01001700'],
      areasOnly: ['W01001897', 'W01001898'],
      vintage: {
        kind: 'lsoa-vintage', tableLevel: 'lsoa', areasLevel: 'lsoa', tableVintage: '2001', areasVintage: '2011',
        texts: [
          { code: 'missing', params: { count: 2, total: 4, level: 'lsoa', levels: 'lsoa', codes: 'W01001897, W01001898', nations: '' } },
          { code: 'table-extra', params: { count: 2, levels: 'lsoa' } },
          { code: 'lsoa-guess', params: { tableVintage: '2001', areasVintage: '2011' } },
        ],
      },
    });
  });

  it('says the table uses 2021 codes when it holds codes first used in 2021 and the boundaries do not', () => {
    const areas2011 = matchTableToAreas(table(['E01033769', 'E01000001', 'E01032483']), ['E01000001', 'E01032483', 'E01000003']).vintage;
    const areasOlder = matchTableToAreas(table(['E01033769', 'E01000001', 'E01000002']), ['E01000001', 'E01000002', 'E01000003']).vintage;
    expect([areas2011?.kind, areas2011?.tableVintage, areas2011?.areasVintage, areasOlder?.tableVintage, areasOlder?.areasVintage]).toEqual(['lsoa-vintage', '2021', '2011', '2021', undefined]);
    expect(areasOlder?.texts.find((text) => text.code === 'lsoa-guess')?.params).toEqual({ tableVintage: '2021', areasVintage: 'older' });
  });

  it('without code-range evidence, suspects a vintage change only when most areas still match', () => {
    const mostMatch = matchTableToAreas(table(range('E01', 1, 9)), range('E01', 1, 10)).vintage;
    const fewMatch = matchTableToAreas(table(range('E01', 1, 2)), range('E01', 1, 10)).vintage;
    expect([mostMatch?.texts.map((text) => text.code), fewMatch]).toEqual([['missing', 'lsoa-unknown'], null]);
  });

  it('explains ward boundary reviews when some wards have no row', () => {
    const note = matchTableToAreas(table(['W05000001', 'W05000002', 'W05000010']), ['W05000001', 'W05000002', 'W05000003']).vintage;
    expect(note).toEqual({
      kind: 'ward-vintage', tableLevel: 'ward', areasLevel: 'ward',
      texts: [
        { code: 'missing', params: { count: 1, total: 3, level: 'ward', levels: 'ward', codes: 'W05000003', nations: '' } },
        { code: 'table-extra', params: { count: 1, levels: 'ward' } },
        { code: 'ward', params: {} },
      ],
    });
  });

  it('names a level mismatch (LSOA table on ward boundaries) and a table with no code in common', () => {
    const level = matchTableToAreas(table(['W01000001', 'W01000002']), ['W05000001', 'W05000002']).vintage;
    const none = matchTableToAreas(table(['E01000001', 'E01000002']), ['W01000001', 'E01000003']).vintage;
    expect([level, none]).toEqual([
      {
        kind: 'level-mismatch', tableLevel: 'lsoa', areasLevel: 'ward',
        texts: [{ code: 'level-mismatch-none', params: { tableLevel: 'lsoa', tableCodes: 'E01…/W01…', areasLevel: 'ward', areasLevels: 'ward', areasCodes: 'E05…/W05…', count: 0 } }],
      },
      { kind: 'no-overlap', tableLevel: 'lsoa', areasLevel: 'lsoa', texts: [{ code: 'no-overlap', params: { tableCount: 2, areaCount: 2, codes: 'E01000001, E01000002' } }] },
    ]);
  });

  it('tells areas in a nation the table does not cover apart from missing rows', () => {
    expect(matchTableToAreas(table(['W01000001', 'W01000002']), ['W01000001', 'W01000002', 'E01000001']).vintage).toEqual({
      kind: 'other-nation', tableLevel: 'lsoa', areasLevel: 'lsoa',
      texts: [{ code: 'outside', params: { count: 1, level: 'lsoa', levels: 'lsoa', outsideNations: 'E', nations: 'W' } }],
    });
  });
});

const CLUSTER_LSOAS = ['W06000015_cardiff', 'W06000016_rhondda_cynon_taf', 'W06000018_caerphilly', 'W06000024_merthyr_tydfil'].map((name) => `boundaries/wales/lsoa11_${name}.geojson`);
const CARDIFF_WARDS = 'boundaries/wales/wards_wd13_W06000015_cardiff.geojson';
const WIMD_2019 = 'indicators/wimd2019_lsoa11_wales.csv';
const WIMD_2011 = 'indicators/wimd2011_lsoa01_wales.csv';
const WARDS_2019 = 'indicators/wimd2019_ward_aggregates_wales.csv';

function propertyOf(path: string, key: string): string[] {
  const collection = JSON.parse(readFileSync(sharedDataPath(path), 'utf8')) as { features: { properties: Record<string, string> }[] };
  return collection.features.map((feature) => feature.properties[key]);
}

function loadCsv(path: string): IndicatorTable {
  const result = parseTableCsv({ name: path.split('/').pop()!, bytes: readSharedBytes(path) }, { id: path, label: path });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describeWithSharedData('matchTableToAreas: WIMD tables on the Welsh cluster boundaries', [...CLUSTER_LSOAS, CARDIFF_WARDS, WIMD_2019, WIMD_2011, WARDS_2019], () => {
  const lsoaCodes = CLUSTER_LSOAS.flatMap((path) => propertyOf(path, 'LSOA11CD'));

  it('WIMD 2019 (LSOA 2011 codes) matches all 514 LSOAs of Cardiff, RCT, Caerphilly and Merthyr', () => {
    const match = matchTableToAreas(loadCsv(WIMD_2019), lsoaCodes);
    expect([lsoaCodes.length, match.matched, match.areasOnly, match.tableOnly.length, match.vintage]).toEqual([514, 514, [], 1909 - 514, null]);
  });

  it('WIMD 2011 (LSOA 2001 codes) matches 492 of the 514, and the note says the table uses 2001 codes', () => {
    const match = matchTableToAreas(loadCsv(WIMD_2011), lsoaCodes);
    expect([match.matched, match.areasOnly.length, match.vintage?.kind, match.vintage?.tableVintage, match.vintage?.areasVintage]).toEqual([492, 22, 'lsoa-vintage', '2001', '2011']);
    expect(match.vintage?.texts.slice(0, 2)).toEqual([
      { code: 'missing', params: { count: 22, total: 514, level: 'lsoa', levels: 'lsoa', codes: 'W01001922, W01001939, W01001940, W01001941, W01001942, …', nations: '' } },
      { code: 'table-extra', params: { count: 1404, levels: 'lsoa' } },
    ]);
  });

  it('the 2019 ward table matches 23 of the 29 Cardiff 2013 wards and names the six without a row', () => {
    const wardCodes = propertyOf(CARDIFF_WARDS, 'WD13CD');
    const wardNames = propertyOf(CARDIFF_WARDS, 'WD13NM');
    const match = matchTableToAreas(loadCsv(WARDS_2019), wardCodes);
    expect({
      matched: match.matched,
      unmatched: match.areasOnly.map((code) => `${code} ${wardNames[wardCodes.indexOf(code)]}`),
      kind: match.vintage?.kind,
    }).toEqual({
      matched: 23,
      unmatched: ['W05000859 Cyncoed', 'W05000868 Llanishen', 'W05000869 Llanrumney', 'W05000870 Pentwyn', 'W05000901 Rumney', 'W05000902 Trowbridge'],
      kind: 'ward-vintage',
    });
  });

  it('an LSOA table on ward boundaries is a level mismatch', () => {
    expect(matchTableToAreas(loadCsv(WIMD_2019), propertyOf(CARDIFF_WARDS, 'WD13CD')).vintage?.kind).toBe('level-mismatch');
  });
});
