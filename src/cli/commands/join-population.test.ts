import { describe, expect, it } from 'vitest';
import type { IndicatorTable } from '../../types';
import { populationFromTable, splitPopulationArgument } from './join-population';

const table = (names: string[], values: number[][]): IndicatorTable => ({
  id: 'p', label: 'p', files: ['p.csv'], format: 'csv', codeColumn: 'code', shape: 'wide', level: 'lsoa',
  areaCodes: ['W01000001', 'W01000002'], areaNames: ['', ''], periods: [''],
  indicators: names.map((name, k) => ({ name, unit: 'count', values: Float64Array.from(values[k]) })),
  report: { rowsRead: 2, rowsKept: 2, rejected: [], noDataCells: 0, headerRow: 1, skippedColumns: [], unreadableCells: [] },
});

describe('splitPopulationArgument', () => {
  const files = new Set(['/data/ts001.csv', 'C:\\data\\ts001.csv']);
  const exists = (path: string) => files.has(path);
  it('takes the whole argument as the file when it exists, else the shortest existing prefix before a colon', () => {
    expect([
      splitPopulationArgument('/data/ts001.csv', exists),
      splitPopulationArgument('/data/ts001.csv:Residence type: Total; measures: Value', exists),
      splitPopulationArgument('C:\\data\\ts001.csv:All usual residents', exists),
      splitPopulationArgument('/data/missing.csv:Total', exists),
    ]).toEqual([
      { path: '/data/ts001.csv', column: null },
      { path: '/data/ts001.csv', column: 'Residence type: Total; measures: Value' },
      { path: 'C:\\data\\ts001.csv', column: 'All usual residents' },
      { path: '/data/missing.csv:Total', column: null },
    ]);
  });
});

describe('populationFromTable', () => {
  it('detects the population column, skipping subsets, and keeps values by area code', () => {
    const found = populationFromTable(table(['Aged 0-15', 'All usual residents'], [[300, NaN], [1500, 1200]]), null, 'p.csv');
    expect(found).toEqual({ field: 'All usual residents', reason: 'usual-residents', byCode: new Map([['W01000001', 1500], ['W01000002', 1200]]) });
  });

  it('says what to do when no column looks like population', () => {
    expect(populationFromTable(table(['Aged 0-15'], [[300, 200]]), null, 'p.csv')).toBe(
      'p.csv has no column that looks like a resident population: name one as p.csv:COLUMN (columns: "Aged 0-15").',
    );
  });
});
