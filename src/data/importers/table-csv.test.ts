import { describe, expect, it } from 'vitest';
import { indicatorTables } from '../../../test/fixtures/tables/tables';
import { textFile } from '../../../test/helpers/bytes';
import type { ImportResult, IndicatorTable } from '../../types';
import { parseTableCsv, sniffTableDelimiter } from './table-csv';

type Fixture = keyof typeof indicatorTables;
const NaN_ = Number.NaN;
const read = (key: Fixture, codeColumn?: string) => parseTableCsv(textFile(indicatorTables[key].name, indicatorTables[key].text), { id: key, label: key, ...(codeColumn ? { codeColumn } : {}) });

function tableOf(result: ImportResult<IndicatorTable>): IndicatorTable {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const cleanReport = { rejected: [], noDataCells: 0, headerRow: 1, skippedColumns: [], unreadableCells: [] };

describe('parseTableCsv: wide tables', () => {
  it('reads thousands separators, percentages and negatives, and skips the text column', () => {
    expect(read('wide')).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'wide', label: 'wide', files: ['profile.csv'], format: 'csv', codeColumn: 'Area code', nameColumn: 'Area name', shape: 'wide', level: 'lsoa',
        areaCodes: ['X01000001', 'X01000002', 'X01000003'],
        areaNames: ['Ashbridge 001A', 'Ashbridge 001B', 'Ashbridge 001C'],
        periods: [''],
        indicators: [
          { name: 'Residents', unit: 'count', values: new Float64Array([1234, 2001, 987]) },
          { name: 'Born outside the UK (%)', unit: 'percent', values: new Float64Array([12.5, 45.2, 0.5]) },
          { name: 'Change since 2011', unit: 'number', values: new Float64Array([-3.5, 4, -1]) },
        ],
        report: { ...cleanReport, rowsRead: 3, rowsKept: 3, skippedColumns: [{ name: 'Authority', reason: 'text' }] },
      },
    });
  });

  it('reads every suppression marker and the blank cell as NaN (never 0), counts them, and lists "<5" as unreadable', () => {
    const table = tableOf(read('suppressed'));
    const values = Array.from(table.indicators[0].values);
    expect({ firstTen: values.slice(0, 10), zeroRow: values[10], hidden: values[12], report: table.report }).toEqual({
      firstTen: Array.from({ length: 10 }, () => NaN_),
      zeroRow: 0,
      hidden: NaN_,
      report: {
        ...cleanReport,
        rowsRead: 32,
        rowsKept: 32,
        noDataCells: 11,
        unreadableCells: [{ column: 'count', count: 1, examples: ['suppressed.csv:14 "<5"'] }],
      },
    });
  });

  it('finds the header under title rows and skips the total row and the footnote as not area codes', () => {
    expect(tableOf(read('titled'))).toEqual({
      id: 'titled', label: 'titled', files: ['titled.csv'], format: 'csv', codeColumn: 'Ward Code', nameColumn: 'Ward name', shape: 'wide', level: 'ward',
      areaCodes: ['E05000026', 'E05000027', 'E05000028', 'E05000029', 'E05000030'],
      areaNames: ['Abbey', 'Alibon', 'Becontree', 'Chadwell Heath', 'Eastbrook'],
      periods: [''],
      indicators: [
        { name: 'Rate', unit: 'number', values: new Float64Array([3.2, 5, NaN_, 2.25, 1.5]) },
        { name: 'Count', unit: 'count', values: new Float64Array([40, 61, 12, 9, 15]) },
      ],
      report: {
        ...cleanReport,
        rowsRead: 7,
        rowsKept: 5,
        noDataCells: 1,
        headerRow: 4,
        rejected: [{
          reason: 'not-area-code',
          count: 2,
          params: { count: 2, column: 'Ward Code', value: 'K04000001' },
          examples: ['titled.csv:5', 'titled.csv:12'],
        }],
      },
    });
  });

  it('reads a tab-separated file with a byte-order mark', () => {
    const table = tableOf(read('tabbed'));
    expect([table.codeColumn, table.nameColumn, table.areaCodes, table.areaNames, table.indicators]).toEqual([
      'LSOA11CD', 'LSOA11NM', ['E01000001', 'E01000002'], ['City of London 001A', 'City of London 001B'],
      [{ name: 'IMD score', unit: 'number', values: new Float64Array([6.2, 5.1]) }],
    ]);
  });

  it('sets aside a line with a broken quote and reads on from the next line', () => {
    const table = tableOf(read('brokenQuote'));
    expect([table.areaCodes, table.indicators[0].values, table.report]).toEqual([
      ['W01000001', 'W01000003'],
      new Float64Array([1, 3]),
      {
        ...cleanReport,
        rowsRead: 3,
        rowsKept: 2,
        rejected: [{
          reason: 'malformed-row',
          count: 1,
          params: { count: 1, column: '', value: '' },
          examples: ['broken.csv:3'],
        }],
      },
    ]);
  });
});

describe('parseTableCsv: row numbers', () => {
  it('counts the lines of quoted line breaks, so rejected rows point at the right line', () => {
    const result = parseTableCsv(textFile('notes.csv', 'lsoa_code,name,score\nW01000001,"two\nlines",1\nTotal,,3\n'), { id: 'n', label: 'n' });
    expect(tableOf(result).report.rejected.map((entry) => [entry.reason, entry.examples])).toEqual([['not-area-code', ['notes.csv:4']]]);
  });
});

describe('parseTableCsv: periods and long tables', () => {
  const byYear = {
    codeColumn: 'geography code', periodColumn: 'year', level: 'ward',
    areaCodes: ['X05000001', 'X05000002'],
    periods: ['2019', '2020'],
    indicators: [
      { name: 'Incidents', unit: 'count', values: new Float64Array([10, 12, NaN_, 7]) },
      { name: 'Residents', unit: 'count', values: new Float64Array([1000, 1010, 2000, 2020]) },
    ],
  };

  it('makes a time series from a wide table with a year column, periods in time order, the repeated row rejected', () => {
    const table = tableOf(read('wideByYear'));
    expect(table).toMatchObject({ ...byYear, shape: 'wide' });
    expect(table.report.rejected).toEqual([{ reason: 'duplicate-row', detail: 'area-period', count: 1, params: { count: 1, column: '', value: '' }, examples: ['wide-by-year.csv:6'] }]);
  });

  it('reads a long table (code, year, measure, value) into the same values as the equivalent wide table', () => {
    const long = tableOf(read('long'));
    const wide = tableOf(read('wideByYear'));
    expect(long).toMatchObject({ ...byYear, shape: 'long', indicatorColumn: 'measure', valueColumn: 'value' });
    expect([long.areaCodes, long.periods, long.indicators]).toEqual([wide.areaCodes, wide.periods, wide.indicators]);
    expect([long.report.rowsRead, long.report.rowsKept, long.report.noDataCells, long.report.rejected[0].examples]).toEqual([9, 8, 1, ['long.csv:10']]);
  });
});

describe('parseTableCsv: errors', () => {
  it('says which columns were seen when none holds area codes', () => {
    expect(read('noCodes')).toEqual({
      ok: false,
      error: {
        code: 'no-code-column',
        file: 'no-codes.csv',
        params: { file: 'no-codes.csv', columns: '"Name", "Population"' },
        choices: ['Name', 'Population'],
      },
    });
  });

  it('gives no-code-column listing the columns when the named code column is missing', () => {
    const result = read('wide', 'LSOA21CD');
    expect(result.ok ? null : [result.error.code, result.error.choices]).toEqual(['no-code-column', ['Area code', 'Area name', 'Authority', 'Residents', 'Born outside the UK (%)', 'Change since 2011']]);
  });

  it('uses a named code column (case-insensitive)', () => {
    expect(tableOf(read('wide', 'AREA CODE')).codeColumn).toBe('Area code');
  });

  it('gives empty for an empty file and for a header without rows', () => {
    const empty = parseTableCsv(textFile('blank.csv', '\n\n'), { id: 'b', label: 'b' });
    expect([empty.ok ? null : empty.error.code, (r => (r.ok ? null : r.error.code))(read('headerOnly'))]).toEqual(['empty', 'empty']);
  });

  it('gives no-indicator-columns when every other column is text', () => {
    const result = read('textOnly');
    expect(result.ok ? null : result.error.code).toBe('no-indicator-columns');
  });
});

describe('sniffTableDelimiter', () => {
  it('tells comma, tab and semicolon apart from the first lines', () => {
    expect([sniffTableDelimiter('a.csv', 'a,b\n1,2'), sniffTableDelimiter('a.txt', 'a\tb\n1\t2'), sniffTableDelimiter('a.csv', 'a;b\n1,5;2'), sniffTableDelimiter('a.tsv', 'a\tb,c')]).toEqual([',', '\t', ';', '\t']);
  });
});
