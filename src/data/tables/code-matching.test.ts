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
        message: "2 of the 4 loaded LSOAs have no row in the table (W01001897, W01001898), and 2 of the table's codes are not among the loaded LSOAs. LSOA codes changed in 2011 and again in 2021 (areas split or merged): the table seems to use 2001 LSOA codes while the boundaries are 2011 LSOAs. Load boundaries of the same vintage as the table.",
      },
    });
  });

  it('says the table uses 2021 codes when it holds codes first used in 2021 and the boundaries do not', () => {
    const areas2011 = matchTableToAreas(table(['E01033769', 'E01000001', 'E01032483']), ['E01000001', 'E01032483', 'E01000003']).vintage;
    const areasOlder = matchTableToAreas(table(['E01033769', 'E01000001', 'E01000002']), ['E01000001', 'E01000002', 'E01000003']).vintage;
    expect([areas2011?.kind, areas2011?.tableVintage, areas2011?.areasVintage, areasOlder?.tableVintage, areasOlder?.areasVintage]).toEqual(['lsoa-vintage', '2021', '2011', '2021', undefined]);
    expect(areasOlder?.message).toContain('the table seems to use 2021 LSOA codes while the boundaries are older LSOAs.');
  });

  it('without code-range evidence, suspects a vintage change only when most areas still match', () => {
    const mostMatch = matchTableToAreas(table(range('E01', 1, 9)), range('E01', 1, 10)).vintage;
    const fewMatch = matchTableToAreas(table(range('E01', 1, 2)), range('E01', 1, 10)).vintage;
    expect([mostMatch?.message.endsWith('the table may use 2021 codes while the boundaries are 2011 (or the reverse). Load boundaries of the same vintage as the table.'), fewMatch]).toEqual([true, null]);
  });

  it('explains ward boundary reviews when some wards have no row', () => {
    const note = matchTableToAreas(table(['W05000001', 'W05000002', 'W05000010']), ['W05000001', 'W05000002', 'W05000003']).vintage;
    expect(note).toEqual({
      kind: 'ward-vintage', tableLevel: 'ward', areasLevel: 'ward',
      message: "1 of the 3 loaded wards has no row in the table (W05000003), and 1 of the table's codes is not among the loaded wards. Ward codes change whenever ward boundaries are reviewed, so the table probably uses wards of a different year from the boundaries (for example a 2019 ward table on 2013 ward boundaries). Load ward boundaries of the same year as the table.",
    });
  });

  it('names a level mismatch (LSOA table on ward boundaries) and a table with no code in common', () => {
    const level = matchTableToAreas(table(['W01000001', 'W01000002']), ['W05000001', 'W05000002']).vintage;
    const none = matchTableToAreas(table(['E01000001', 'E01000002']), ['W01000001', 'E01000003']).vintage;
    expect([level, none]).toEqual([
      { kind: 'level-mismatch', tableLevel: 'lsoa', areasLevel: 'ward', message: 'The table has LSOA codes (E01…/W01…) but the loaded boundaries are wards (E05…/W05…), so no rows join. Load LSOA boundaries for this table, or a ward-level table.' },
      { kind: 'no-overlap', tableLevel: 'lsoa', areasLevel: 'lsoa', message: "None of the table's 2 codes is among the 2 loaded areas: the table may cover a different place, or use another kind of code (e.g. E01000001, E01000002)." },
    ]);
  });

  it('tells areas in a nation the table does not cover apart from missing rows', () => {
    expect(matchTableToAreas(table(['W01000001', 'W01000002']), ['W01000001', 'W01000002', 'E01000001']).vintage).toEqual({
      kind: 'other-nation', tableLevel: 'lsoa', areasLevel: 'lsoa', message: '1 loaded LSOA in England has no row because the table covers Wales only.',
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
  if (!result.ok) throw new Error(result.error.message);
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
    expect(match.vintage?.message.startsWith("22 of the 514 loaded LSOAs have no row in the table (W01001922, W01001939, W01001940, W01001941, W01001942 and 17 more), and 1,404 of the table's codes are not among the loaded LSOAs.")).toBe(true);
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
