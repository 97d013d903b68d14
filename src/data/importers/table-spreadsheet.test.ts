import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { odsWorkbookBytes, workbookTable, xlsxWorkbookBytes } from '../../../test/fixtures/tables/workbooks';
import { textFile } from '../../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import type { ImportResult, IndicatorTable, InputFile } from '../../types';
import { parseTableCsv } from './table-csv';
import { parseTableSpreadsheet } from './table-spreadsheet';

function tableOf(result: ImportResult<IndicatorTable>): IndicatorTable {
  if (!result.ok) throw new Error(`expected a table, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const zipFile = (name: string, parts: Record<string, string>): InputFile => {
  const zipped = zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])));
  return { name, bytes: zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer };
};

describe('parseTableSpreadsheet: hand-made workbooks', () => {
  const expected = (format: 'ods' | 'xlsx', name: string) => ({
    ok: true,
    warnings: [{ code: 'sheet-chosen', file: name, params: { file: name, sheet: 'Data', count: 3, others: '"Notes" (0)' } }],
    value: {
      id: 'profile', label: 'Profile', files: [name], format, codeColumn: 'Code', nameColumn: 'Name', shape: 'wide', level: 'lsoa',
      areaCodes: workbookTable.areaCodes,
      areaNames: workbookTable.areaNames,
      periods: [''],
      indicators: [
        { name: 'Residents', unit: 'count', values: new Float64Array(workbookTable.residents) },
        { name: 'Share', unit: 'percent', values: new Float64Array(workbookTable.share) },
      ],
      report: {
        rowsRead: 3, rowsKept: 3, rejected: [], noDataCells: 1, headerRow: 2,
        skippedColumns: [{ name: 'Column 3', reason: 'empty' }],
        unreadableCells: [],
        sheet: { sheet: 'Data', sheets: [{ name: 'Notes', gssRows: 0 }, { name: 'Data', gssRows: 3 }], chosenBy: 'most-gss-rows' },
      },
    },
  });

  it('reads an .ods: the data sheet, header under the title, percentages, suppressed cell, padding ignored, comment left out', () => {
    expect(parseTableSpreadsheet({ name: 'profile.ods', bytes: odsWorkbookBytes() }, { id: 'profile', label: 'Profile' })).toEqual(expected('ods', 'profile.ods'));
  });

  it('reads the same table from an .xlsx: shared and inline strings, % number format, cell references with gaps', () => {
    expect(parseTableSpreadsheet({ name: 'profile.xlsx', bytes: xlsxWorkbookBytes() }, { id: 'profile', label: 'Profile' })).toEqual(expected('xlsx', 'profile.xlsx'));
  });

  it('reads a sheet named by the user (case-insensitive), and says which sheets exist when the name is unknown', () => {
    const file = { name: 'profile.xlsx', bytes: xlsxWorkbookBytes() };
    const chosen = tableOf(parseTableSpreadsheet(file, { id: 'p', label: 'p', sheet: 'data' }));
    expect([chosen.report.sheet?.chosenBy, parseTableSpreadsheet(file, { id: 'p', label: 'p', sheet: 'Figures' })]).toEqual([
      'option',
      { ok: false, error: { code: 'unknown-sheet', file: 'profile.xlsx', params: { file: 'profile.xlsx', sheet: 'Figures', sheets: '"Notes", "Data"' }, choices: ['Notes', 'Data'] } },
    ]);
  });

  it('gives unreadable-spreadsheet for a legacy .xls, a damaged zip, a zip that is no workbook and malformed XML', () => {
    const xls = new Uint8Array(512);
    xls.set([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]);
    const results = [
      parseTableSpreadsheet({ name: 'old.xls', bytes: xls.buffer }, { id: 'x', label: 'x' }),
      parseTableSpreadsheet(textFile('damaged.xlsx', 'PK\u0003\u0004 not really a zip'), { id: 'x', label: 'x' }),
      parseTableSpreadsheet(zipFile('other.xlsx', { 'readme.txt': 'hello' }), { id: 'x', label: 'x' }),
      parseTableSpreadsheet(zipFile('bad.ods', { mimetype: 'application/vnd.oasis.opendocument.spreadsheet', 'content.xml': '<office:document-content><table:table>' }), { id: 'x', label: 'x' }),
    ];
    expect(results.map((result) => (result.ok ? 'ok' : result.error.code))).toEqual(['unreadable-spreadsheet', 'unreadable-spreadsheet', 'unreadable-spreadsheet', 'unreadable-spreadsheet']);
    expect(results.map((result) => (result.ok ? 'ok' : result.error.detail))).toEqual(['xls', 'not-workbook', 'no-workbook-parts', 'xml']);
  });

  it('gives empty for a zero-byte file', () => {
    const result = parseTableSpreadsheet({ name: 'empty.ods', bytes: new ArrayBuffer(0) }, { id: 'x', label: 'x' });
    expect(result.ok ? null : result.error.code).toBe('empty');
  });
});

const WIMD_2019_ODS = 'indicators/wimd-2019-index-and-domain-scores-by-small-area_0.ods';
const WIMD_2025_ODS = 'indicators/wimd-2025-index-and-domain-ranks-by-small-area.ods';
const WIMD_2019_CSV = 'indicators/wimd2019_lsoa11_wales.csv';

describeWithSharedData('parseTableSpreadsheet: Welsh Government WIMD workbooks', [WIMD_2019_ODS, WIMD_2025_ODS, WIMD_2019_CSV], () => {
  it('reads WIMD 2019 scores from sheet "Data" with the header on row 3: 1,909 LSOAs, the same scores as the CSV', () => {
    const ods = tableOf(parseTableSpreadsheet({ name: 'wimd2019.ods', bytes: readSharedBytes(WIMD_2019_ODS) }, { id: 'w', label: 'w' }));
    const csv = tableOf(parseTableCsv({ name: 'wimd2019.csv', bytes: readSharedBytes(WIMD_2019_CSV) }, { id: 'c', label: 'c' }));
    const score = (table: IndicatorTable, indicator: string, code: string) => table.indicators.find((entry) => entry.name === indicator)!.values[table.areaCodes.indexOf(code)];
    const samples = ['W01000001', 'W01001752', 'W01001958'];
    expect({
      header: [ods.report.sheet?.sheet, ods.report.headerRow, ods.codeColumn, ods.nameColumn, ods.areaCodes.length, ods.report.rowsKept],
      names: ods.indicators.map((indicator) => indicator.name),
      sameCodes: [...ods.areaCodes].sort().join() === [...csv.areaCodes].sort().join(),
      overall: samples.map((code) => score(ods, 'WIMD 2019', code)),
      income: samples.map((code) => score(ods, 'Income', code)),
    }).toEqual({
      header: ['Data', 3, 'LSOA Code', 'LSOA Name', 1909, 1909],
      names: ['WIMD 2019', 'Income', 'Employment', 'Health', 'Education', 'Access to Services', 'Housing', 'Community Safety', 'Physical Environment'],
      sameCodes: true,
      overall: samples.map((code) => score(csv, 'IMD_score', code)),
      income: samples.map((code) => score(csv, 'Income_score', code)),
    });
    expect(score(ods, 'WIMD 2019', 'W01000001')).toBeCloseTo(19.17394138, 8);
  });

  it('reads WIMD 2025 ranks from sheet "WIMD_2025_ranks" (first of two sheets with 1,917 codes), header on row 3', () => {
    const result = parseTableSpreadsheet({ name: 'wimd2025.ods', bytes: readSharedBytes(WIMD_2025_ODS) }, { id: 'w', label: 'w' });
    const table = tableOf(result);
    expect({
      sheet: table.report.sheet,
      header: [table.report.headerRow, table.codeColumn, table.nameColumn, table.areaCodes.length, table.areaCodes[0], table.areaNames[0]],
      units: table.indicators.map((indicator) => `${indicator.name}: ${indicator.unit}`),
      amlwchPort: table.indicators.map((indicator) => indicator.values[0]),
    }).toEqual({
      sheet: { sheet: 'WIMD_2025_ranks', sheets: [{ name: 'Guidance_sheet', gssRows: 0 }, { name: 'WIMD_2025_ranks', gssRows: 1917 }, { name: 'Deciles_quintiles_quartiles', gssRows: 1917 }], chosenBy: 'most-gss-rows' },
      header: [3, 'LSOA code', 'LSOA name (Eng)', 1917, 'W01000003', 'Amlwch Port'],
      units: ['WIMD 2025', 'Income', 'Employment', 'Health', 'Education', 'Access to Services', 'Housing', 'Community Safety', 'Physical Environment'].map((name) => `${name}: number`),
      amlwchPort: [570, 407, 589, 566, 607, 1301, 618, 582, 820],
    });
  });
});
