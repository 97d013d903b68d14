import { describe, expect, it } from 'vitest';
import { describeTableSource } from './table-source';

const table = (label: string, sheet?: string, periods = ['']) => ({ label, files: [`${label}.csv`], periods, report: { sheet: sheet ? { sheet, sheets: [], chosenBy: 'most-gss-rows' as const } : undefined } as never });

describe('describeTableSource', () => {
  it('names WIMD, IMD and census files with edition, topic and ranks or scores, and leaves other files to their label', () => {
    expect([
      describeTableSource(table('wimd-2025-index-and-domain-ranks-by-small-area', 'WIMD_2025_ranks')),
      describeTableSource(table('wimd-2019-index-and-domain-scores-by-small-area_0', 'Data')),
      describeTableSource(table('imd2019_lsoa11_england')),
      describeTableSource(table('census2021_ts004_country_of_birth_3a_lsoa21')),
      describeTableSource(table('example-indicators-lsoa', undefined, ['2023'])),
      describeTableSource(table('survey', undefined, ['2019', '2023'])),
    ]).toEqual([
      { kind: 'wimd', label: 'wimd-2025-index-and-domain-ranks-by-small-area', edition: '2025', topic: null, measure: 'rank' },
      { kind: 'wimd', label: 'wimd-2019-index-and-domain-scores-by-small-area_0', edition: '2019', topic: null, measure: 'score' },
      { kind: 'imd', label: 'imd2019_lsoa11_england', edition: '2019', topic: null, measure: null },
      { kind: 'census', label: 'census2021_ts004_country_of_birth_3a_lsoa21', edition: '2021', topic: 'TS004', measure: null },
      { kind: 'file', label: 'example-indicators-lsoa', edition: '2023', topic: null, measure: null },
      { kind: 'file', label: 'survey', edition: null, topic: null, measure: null },
    ]);
  });
});
