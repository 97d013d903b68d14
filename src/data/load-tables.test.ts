import { describe, expect, it } from 'vitest';
import { indicatorTables } from '../../test/fixtures/tables/tables';
import { odsWorkbookBytes } from '../../test/fixtures/tables/workbooks';
import { textFile } from '../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import type { ImportResult, IndicatorTable } from '../types';
import { loadTableFiles } from './load-tables';

function tableOf(result: ImportResult<IndicatorTable>): IndicatorTable {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const fixture = (key: keyof typeof indicatorTables) => textFile(indicatorTables[key].name, indicatorTables[key].text);

describe('loadTableFiles', () => {
  it('loads one CSV with its label from the file name and reports progress to 1', async () => {
    const progress: number[] = [];
    const table = tableOf(await loadTableFiles([fixture('wide')], { id: 'profile', onProgress: (fraction) => progress.push(fraction) }));
    expect([table.id, table.label, table.files, progress]).toEqual(['profile', 'profile', ['profile.csv'], [0, 1]]);
  });

  it('loads a workbook by extension, and a workbook without extension by its zip content', async () => {
    const named = tableOf(await loadTableFiles([{ name: 'profile.ods', bytes: odsWorkbookBytes() }], { id: 'p', label: 'Profile', sheet: 'Data' }));
    const unnamed = tableOf(await loadTableFiles([{ name: 'download', bytes: odsWorkbookBytes() }], { id: 'p' }));
    expect([named.format, named.label, named.report.sheet?.chosenBy, unnamed.format, unnamed.areaCodes]).toEqual(['ods', 'Profile', 'option', 'ods', named.areaCodes]);
  });

  it('joins files of the same layout into one table, rejecting an area repeated in a later file', async () => {
    const header = 'lsoa_code,score\n';
    const files = [textFile('wales.csv', `${header}W01000001,1\nW01000002,2\n`), textFile('england.csv', `${header}E01000001,3\nW01000002,9\n`)];
    const table = tableOf(await loadTableFiles(files, { id: 'both', label: 'Both' }));
    expect([table.files, table.areaCodes, table.indicators[0].values, table.report.rowsRead, table.report.rowsKept, table.report.rejected]).toEqual([
      ['wales.csv', 'england.csv'],
      ['W01000001', 'W01000002', 'E01000001'],
      new Float64Array([1, 2, 3]),
      4,
      3,
      [{ reason: 'duplicate-row', detail: 'earlier-file', count: 1, params: { count: 1 }, examples: ['england.csv: W01000002'] }],
    ]);
  });

  it('refuses files of different layouts, pointing to merging editions as periods', async () => {
    expect(await loadTableFiles([fixture('edition2019'), fixture('edition2021')], { id: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'different-layouts',
        detail: 'indicators',
        file: 'safety2021_wards.csv',
        params: { file: 'safety2021_wards.csv', first: 'safety2019_wards.csv', missing: '—', extra: '"Rank"' },
      },
    });
  });

  it('gives unknown-format for a file that is not a table, and passes on importer errors', async () => {
    const geojson = await loadTableFiles([textFile('wards.geojson', '{"type":"FeatureCollection","features":[]}')], { id: 'x' });
    const empty = await loadTableFiles([textFile('empty.csv', '')], { id: 'x' });
    expect([geojson.ok ? null : geojson.error.code, empty.ok ? null : empty.error.code]).toEqual(['unknown-format', 'empty']);
  });
});

const TS001 = 'indicators/census2021-ts001-lsoa.csv';
const TS004 = 'indicators/census2021_ts004_country_of_birth_3a_lsoa21.csv';

describeWithSharedData('loadTableFiles: Census 2021 bulk tables (35,672 LSOAs)', [TS001, TS004], () => {
  it('TS001: finds "geography code", the name and date columns, and the population counts as numbers', async () => {
    const table = tableOf(await loadTableFiles([{ name: 'census2021-ts001-lsoa.csv', bytes: readSharedBytes(TS001) }], { id: 'ts001' }));
    const hartlepool001A = table.areaCodes.indexOf('E01011954');
    expect({
      columns: [table.codeColumn, table.nameColumn, table.periodColumn, table.shape, table.level, table.periods],
      areas: table.areaCodes.length,
      welsh: table.areaCodes.filter((code) => code.startsWith('W')).length,
      indicators: table.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.values[hartlepool001A]]),
      name: table.areaNames[hartlepool001A],
      noData: table.indicators.reduce((sum, indicator) => sum + indicator.values.filter(Number.isNaN).length, 0),
      report: table.report,
    }).toEqual({
      columns: ['geography code', 'geography', 'date', 'wide', 'lsoa', ['2021']],
      areas: 35_672,
      welsh: 1917,
      indicators: [
        ['Residence type: Total; measures: Value', 'count', 2284],
        ['Residence type: Lives in a household; measures: Value', 'count', 2284],
        ['Residence type: Lives in a communal establishment; measures: Value', 'count', 0],
      ],
      name: 'Hartlepool 001A',
      noData: 0,
      report: { rowsRead: 35_672, rowsKept: 35_672, rejected: [], noDataCells: 0, headerRow: 1, skippedColumns: [], unreadableCells: [] },
    });
  });

  it('TS004: code column over the parent area code, counts and percentages, text columns skipped', async () => {
    const table = tableOf(await loadTableFiles([{ name: 'ts004.csv', bytes: readSharedBytes(TS004) }], { id: 'ts004' }));
    const cityOfLondon001A = table.areaCodes.indexOf('E01000001');
    expect({
      columns: [table.codeColumn, table.nameColumn, table.areaCodes.length],
      indicators: table.indicators.map((indicator) => [indicator.name, indicator.unit, indicator.values[cityOfLondon001A]]),
      skipped: table.report.skippedColumns,
    }).toEqual({
      columns: ['Geography code', 'Geography label', 35_672],
      indicators: [
        ['Born in the UK', 'count', 874],
        ['Born outside the UK', 'count', 602],
        ['Total', 'count', 1476],
        ['Percentage: Born in the UK', 'percent', 59.2],
        ['Percentage: Born outside the UK', 'percent', 40.8],
      ],
      skipped: [
        { name: 'Geography area type', reason: 'text' },
        { name: 'Parent area code', reason: 'identifier' },
        { name: 'Parent area type', reason: 'text' },
        { name: 'Classification', reason: 'text' },
      ],
    });
  });
});
