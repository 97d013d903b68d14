import { describe, expect, it } from 'vitest';
import { readSharedBytes, describeWithSharedData } from '../../test/helpers/shared-data';
import { deprivationMeasureOf, measureNamedIn, tableContext } from './deprivation-measure';
import { suggestIndicatorForColumn } from './indicator-catalogue';
import { loadTableFiles } from './load-tables';
import type { IndicatorTable } from '../types';

describe('measureNamedIn', () => {
  it('reads ranks, deciles and quintiles as ranks, scores, proportions and extents as scores, and neither or both as unknown', () => {
    const names = ['Income_rank', 'IMD_decile', 'WIMD_2025_ranks', 'wimd-2025-index-and-domain-ranks-by-small-area', 'Income_score', 'Health_Extent', '…-scores-by-small-area_0', 'Income', 'Data', 'rank and score', 'Franks'];
    expect(names.map(measureNamedIn)).toEqual(['rank', 'rank', 'rank', 'rank', 'score', 'score', 'score', null, null, null, null]);
  });
});

describe('deprivationMeasureOf', () => {
  it('prefers the column\'s own name, then the first context that says', () => {
    expect([
      deprivationMeasureOf('Income_score', ['x-ranks']),
      deprivationMeasureOf('Income', ['Data', 'wimd-2025-index-and-domain-ranks-by-small-area.ods']),
      deprivationMeasureOf('Income', ['Data']),
    ]).toEqual(['score', 'rank', null]);
  });
});

const load = async (path: string): Promise<IndicatorTable> => {
  const result = await loadTableFiles([{ name: path.split('/').pop() ?? path, bytes: readSharedBytes(path) }], { id: 't' });
  if (!result.ok) throw new Error(`could not load ${path}: ${result.error.code}`);
  return result.value;
};
const directions = (table: IndicatorTable) => Object.fromEntries(table.indicators.map((indicator) => {
  const suggestion = suggestIndicatorForColumn(indicator.name, undefined, tableContext(table));
  return [indicator.name, suggestion && `${suggestion.indicatorId} ${suggestion.direction ?? 'ask'}`];
}));

const WIMD_2025 = 'indicators/wimd-2025-index-and-domain-ranks-by-small-area.ods';
const WIMD_2019_ODS = 'indicators/wimd-2019-index-and-domain-scores-by-small-area_0.ods';
const IMD_2019 = 'indicators/imd2019_lsoa11_england.csv';
const TS004 = 'indicators/census2021_ts004_country_of_birth_3a_lsoa21.csv';

describeWithSharedData('directions on real deprivation and census files', [WIMD_2025, WIMD_2019_ODS, IMD_2019, TS004], () => {
  it('flips WIMD 2025 ranks (the file says "ranks") and keeps WIMD 2019 scores, under the same bare column names', async () => {
    const expected = (direction: string) => ({ 'WIMD 2025': `deprivation ${direction}`, Income: `deprivation ${direction}`, Employment: `occupation ${direction}`, Health: `disability ${direction}`, Education: `education ${direction}`, 'Access to Services': null, Housing: null, 'Community Safety': `crime ${direction}`, 'Physical Environment': null });
    const wimd2025 = await load(WIMD_2025);
    expect([tableContext(wimd2025).slice(0, 2), directions(wimd2025)]).toEqual([['wimd-2025-index-and-domain-ranks-by-small-area', 'WIMD_2025_ranks'], expected('positive')]);
    const wimd2019 = await load(WIMD_2019_ODS);
    const scores = { ...expected('negative'), 'WIMD 2019': 'deprivation negative' } as Record<string, string | null>;
    delete scores['WIMD 2025'];
    expect(directions(wimd2019)).toEqual(scores);
  }, 60_000);

  it('flips IMD 2019 ranks and deciles (rank 1 = most deprived), which is all that file holds', async () => {
    const imd = await load(IMD_2019);
    const found = directions(imd);
    expect([found.IMD_rank, found.IMD_decile, found.Income_rank, found.Crime_decile, found.Housing_and_Access_rank]).toEqual(['deprivation positive', 'deprivation positive', 'deprivation positive', 'crime positive', null]);
  }, 60_000);

  it('loads TS004 country of birth as ethnicity: born outside the UK positive, born in the UK negative, counts left to the user', async () => {
    expect(directions(await load(TS004))).toEqual({
      'Born in the UK': null,
      'Born outside the UK': null,
      Total: null,
      'Percentage: Born in the UK': 'ethnicity negative',
      'Percentage: Born outside the UK': 'ethnicity positive',
    });
  }, 60_000);
});
