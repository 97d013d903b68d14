import { describe, expect, it } from 'vitest';
import { indicatorTables } from '../../../test/fixtures/tables/tables';
import { textFile } from '../../../test/helpers/bytes';
import type { IndicatorTable } from '../../types';
import { parseTableCsv } from '../importers/table-csv';
import { mergeTablesAsPeriods } from './merge-periods';
import { periodFromFileName, sortPeriods } from './period-labels';

const NaN_ = Number.NaN;

function load(key: keyof typeof indicatorTables): IndicatorTable {
  const result = parseTableCsv(textFile(indicatorTables[key].name, indicatorTables[key].text), { id: key, label: key });
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

describe('mergeTablesAsPeriods', () => {
  it('merges two editions into one time series, periods from the file names, NaN where an edition lacks an area or indicator', () => {
    const result = mergeTablesAsPeriods([load('edition2021'), load('edition2019')]);
    expect(result).toEqual({
      ok: true,
      value: {
        id: 'edition2021', label: 'edition2021 (2019, 2021)', files: ['safety2021_wards.csv', 'safety2019_wards.csv'], format: 'csv', codeColumn: 'ward_code', shape: 'wide', level: 'ward',
        areaCodes: ['X05000001', 'X05000002', 'X05000004', 'X05000003'],
        areaNames: ['', '', '', ''],
        periods: ['2019', '2021'],
        indicators: [
          { name: 'Score', unit: 'number', values: new Float64Array([1.5, 1.25, 2.5, 2.75, NaN_, 3.25, 3.5, NaN_]) },
          { name: 'Rank', unit: 'number', values: new Float64Array([NaN_, 2, NaN_, 1, NaN_, 3, NaN_, NaN_]) },
        ],
        report: { rowsRead: 6, rowsKept: 6, rejected: [], noDataCells: 0, headerRow: 1, skippedColumns: [], unreadableCells: [] },
      },
      warnings: [{
        code: 'missing-codes',
        detail: 'periods',
        file: 'safety2021_wards.csv',
        params: { count: 2, periods: '2019, 2021', codes: 'X05000004, X05000003' },
        count: 2,
        examples: ['X05000004', 'X05000003'],
      }],
    });
  });

  it('takes period labels and an identity from the caller', () => {
    const result = mergeTablesAsPeriods([load('edition2019'), load('edition2021')], ['2019-20', '2021-22'], { id: 'safety', label: 'Safety index' });
    expect(result.ok ? [result.value.id, result.value.label, result.value.periods] : null).toEqual(['safety', 'Safety index', ['2019-20', '2021-22']]);
  });

  it('refuses duplicate labels, names without a year and tables that already have several periods', () => {
    const codes = [
      mergeTablesAsPeriods([load('edition2019'), load('edition2021')], ['2019', '2019']),
      mergeTablesAsPeriods([load('edition2019'), load('wide')]),
      mergeTablesAsPeriods([load('edition2019'), load('wideByYear')], ['2018', '2020']),
      mergeTablesAsPeriods([load('edition2019'), load('tabbed')], ['2019', '2020']),
    ].map((result) => (result.ok ? 'ok' : result.error.code));
    expect(codes).toEqual(['duplicate-periods', 'no-period-label', 'different-layouts', 'different-layouts']);
  });
});

describe('period labels', () => {
  it('reads the edition year from file names, not from lsoa11-style numbers', () => {
    expect(['imd2019_lsoa11_england.csv', 'wimd-2025-index-and-domain-ranks-by-small-area.ods', 'census2021-ts001-lsoa.csv', 'data/2011/wimd_lsoa01.csv', 'lsoa11_scores.csv', 'ref12019.csv'].map(periodFromFileName)).toEqual(['2019', '2025', '2021', null, null, null]);
  });

  it('sorts periods in time order, numbers by value', () => {
    expect(sortPeriods(['2025', '2011', '2019-20', '2019', '2021-03', '2021-11', '2021-4'])).toEqual(['2011', '2019', '2019-20', '2021-03', '2021-4', '2021-11', '2025']);
  });
});
