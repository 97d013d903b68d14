import { strToU8, zipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { ASHBRIDGE_WARD_CODES } from '../../test/fixtures/tensions/example-tensions';
import { day, tensionTables } from '../../test/fixtures/tensions/tensions';
import { diskFile, textFile } from '../../test/helpers/bytes';
import type { ImportResult, TensionDataset } from '../types';
import { loadTensionFiles } from './load-tensions';

const table = (key: keyof typeof tensionTables) => textFile(tensionTables[key].name, tensionTables[key].text);

function datasetOf(result: ImportResult<TensionDataset>): TensionDataset {
  if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('loadTensionFiles', () => {
  it('keeps good rows and counts every bad row by reason, with row references and what was found', async () => {
    const dataset = datasetOf(await loadTensionFiles([table('badRows')], { id: 't', label: 'Ward tensions', areaCodes: ['X05000001', 'X05000002'] }));
    const eep = (level: number) => ({ scale: 'eep', level });
    expect(dataset).toEqual({
      id: 't',
      label: 'Ward tensions',
      files: ['bad.csv'],
      scale: 'eep',
      columns: [{ areaCode: 'Ward code', areaName: 'Ward name', communityType: 'Community', date: 'Date', current: 'Current', potential: 'Potential', notes: 'Comments' }],
      communityTypes: ['Ethnic', 'Faith or religious'],
      rows: [
        { areaCode: 'X05000001', areaName: 'Alder Dale', communityType: 'Ethnic', timeMs: day(1, 2), current: eep(6), potential: eep(5), source: 'bad.csv:2', agency: 'Ward tensions' },
        { areaCode: 'X05000001', areaName: 'Alder Dale', communityType: 'Ethnic', timeMs: day(1, 2), current: eep(6), potential: eep(6), notes: 'repeat of line 2', source: 'bad.csv:16', agency: 'Ward tensions' },
        { areaCode: 'X05000002', areaName: 'Ashbridge Central', communityType: 'Faith or religious', timeMs: day(1, 16), current: eep(3), potential: eep(2), notes: 'Protest planned, patrols', source: 'bad.csv:3', agency: 'Ward tensions' },
      ],
      // The guide's "Overall" row is the group's recorded judgement, kept apart from the community ratings.
      judgements: [{ areaCode: 'X05000001', timeMs: day(1, 2), current: eep(6), potential: eep(6), source: 'bad.csv:9', agency: 'Ward tensions' }],
      report: {
        files: [{ name: 'bad.csv', rowsRead: 15, rowsKept: 4 }],
        rowsRead: 15,
        rowsKept: 4,
        rejected: [
          { reason: 'unparseable-date', count: 2, params: { count: 2, tensionReason: 'unparseable-date' }, notes: [{ code: 'found-values', params: { values: '"01/13/2023", "2023-01"' } }], examples: ['bad.csv:11', 'bad.csv:12'] },
          { reason: 'bad-rating', count: 2, params: { count: 2, tensionReason: 'bad-rating' }, notes: [{ code: 'found-values', params: { values: '"7", "Moderate"' } }], examples: ['bad.csv:13', 'bad.csv:14'] },
          { reason: 'malformed-row', count: 1, params: { count: 1, tensionReason: 'malformed-row' }, notes: [], examples: ['bad.csv:4'] },
          { reason: 'no-area', count: 1, params: { count: 1, tensionReason: 'no-area' }, notes: [], examples: ['bad.csv:5'] },
          { reason: 'unknown-area', count: 1, params: { count: 1, tensionReason: 'unknown-area' }, notes: [{ code: 'found-values', params: { values: '"X05000099"' } }], examples: ['bad.csv:6'] },
          { reason: 'no-community-type', count: 1, params: { count: 1, tensionReason: 'no-community-type' }, notes: [], examples: ['bad.csv:7'] },
          { reason: 'unknown-community-type', count: 1, params: { count: 1, tensionReason: 'unknown-community-type' }, notes: [{ code: 'found-values', params: { values: '"Students"' } }], examples: ['bad.csv:8'] },
          { reason: 'no-date', count: 1, params: { count: 1, tensionReason: 'no-date' }, notes: [], examples: ['bad.csv:10'] },
          { reason: 'other-scale', count: 1, params: { count: 1, tensionReason: 'other-scale' }, notes: [{ code: 'found-values', params: { values: '"Medium"' } }], examples: ['bad.csv:15'] },
        ],
        repeated: { count: 1, examples: ['bad.csv:16'] },
      },
    });
  });

  it('looks area names up to codes, reads the four-level scale and accepts the user’s own community type', async () => {
    const options = { id: 's', areaNames: { 'Alder Dale': 'X05000001', 'Ashbridge Central': 'X05000002' }, extraCommunityTypes: ['Students'] };
    const dataset = datasetOf(await loadTensionFiles([table('namesFourLevel')], options));
    const simple = (level: number) => ({ scale: 'four-level', level });
    expect(dataset).toEqual({
      id: 's',
      label: 's',
      files: ['simple.csv'],
      scale: 'four-level',
      columns: [{ areaName: 'Area', communityType: 'Community type', date: 'Assessment date', current: 'Current rating', potential: 'Potential rating' }],
      communityTypes: ['Gypsies and Travellers', 'Students'],
      rows: [
        { areaCode: 'X05000001', areaName: 'Alder Dale', communityType: 'Students', timeMs: day(1, 2), current: simple(3), potential: simple(2), source: 'simple.csv:2', agency: 'simple' },
        { areaCode: 'X05000002', areaName: 'ashbridge  central', communityType: 'Gypsies and Travellers', timeMs: day(1, 2), current: simple(4), potential: simple(1), source: 'simple.csv:3', agency: 'simple' },
        { areaCode: 'X05000001', areaName: 'Alder Dale', communityType: 'Students', timeMs: day(1, 16), current: simple(1), potential: simple(1), source: 'simple.csv:4', agency: 'simple' },
      ],
      judgements: [],
      report: {
        files: [{ name: 'simple.csv', rowsRead: 4, rowsKept: 3 }],
        rowsRead: 4,
        rowsKept: 3,
        rejected: [{ reason: 'other-scale', count: 1, params: { count: 1, tensionReason: 'other-scale' }, notes: [{ code: 'found-values', params: { values: '"5"' } }], examples: ['simple.csv:5'] }],
        repeated: { count: 0, examples: [] },
      },
    });
  });

  it('refuses a names-only table when no name-to-code lookup is given', async () => {
    const result = await loadTensionFiles([table('namesFourLevel')], { id: 's' });
    expect(result.ok ? null : result.error.code).toBe('no-code-column');
  });

  it('refuses empty files, broken workbooks, tables missing a column and tables with no usable row', async () => {
    const codes = async (name: string, text: string) => {
      const result = await loadTensionFiles([textFile(name, text)], { id: 'x', areaCodes: ['X05000001'] });
      return result.ok ? 'ok' : result.error.code;
    };
    const workbook = await loadTensionFiles([{ name: 'tensions.xlsx', bytes: new Uint8Array([0x50, 0x4b, 3, 4, 0]).buffer }], { id: 'x' });
    expect([
      await codes('empty.csv', ' \n'),
      workbook.ok ? 'ok' : workbook.error.code,
      await codes('a.csv', 'Area code,Date,Current,Potential\nX05000001,2023-01-02,6,6\n'),
      await codes('b.csv', 'Area code,Community,Current,Potential\nX05000001,Ethnic,6,6\n'),
      await codes('c.csv', 'Area code,Community,Date,Potential\nX05000001,Ethnic,2023-01-02,6\n'),
      await codes('d.csv', 'Area code,Community,Date,Current\nX05000001,Ethnic,2023-01-02,6\n'),
      await codes('e.csv', 'Area code,Community,Date,Current,Potential\nX05000009,Ethnic,2023-01-02,6,6\n'),
      await codes('f.csv', 'Area code,Community,Date,Current,Potential\n"X05000001,Ethnic,2023-01-02,6,6\n'),
    ]).toEqual(['empty', 'unreadable-spreadsheet', 'mapping-column-missing', 'no-date-column', 'mapping-column-missing', 'mapping-column-missing', 'no-rows-kept', 'parse-failed']);
  });

  it('names the main reason when no row could be used', async () => {
    const result = await loadTensionFiles([textFile('e.csv', 'Area code,Community,Date,Current,Potential\nX05000009,Ethnic,2023-01-02,6,6\n')], { id: 'x', areaCodes: ['X05000001'] });
    expect(result).toEqual({
      ok: false,
      error: {
        code: 'no-rows-kept',
        file: 'e.csv',
        detail: 'tensions',
        params: { file: 'e.csv', count: 1, tensionReason: 'unknown-area' },
        notes: [{ code: 'found-values', params: { values: '"X05000009"' } }],
      },
    });
  });

  it('skips title rows above the header and joins several files', async () => {
    const first = textFile('jan.csv', 'Tension monitoring,,,,\n\nArea code,Community type,Date,Current,Potential\nX05000001,Ethnic,2023-01-02,Normal,Raised\n');
    const second = textFile('feb.csv', 'Area code,Community type,Date,Current,Potential\nX05000001,Ethnic,06/02/2023,Imminent,moderate-low\n');
    const dataset = datasetOf(await loadTensionFiles([first, second], { id: 'j' }));
    expect([dataset.files, dataset.rows.map((row) => [row.source, row.timeMs, row.current.level, row.potential.level]), dataset.report.files]).toEqual([
      ['jan.csv', 'feb.csv'],
      [
        ['jan.csv:4', day(1, 2), 6, 5],
        ['feb.csv:2', day(2, 6), 1, 4],
      ],
      [
        { name: 'jan.csv', rowsRead: 1, rowsKept: 1 },
        { name: 'feb.csv', rowsRead: 1, rowsKept: 1 },
      ],
    ]);
  });

  it('loads the example tension file cleanly: 702 rows of the 20 Ashbridge wards on 26 days', async () => {
    const dataset = datasetOf(await loadTensionFiles([diskFile('layers/example-tensions.csv')], { id: 'example-tensions', areaCodes: [...ASHBRIDGE_WARD_CODES] }));
    expect({
      scale: dataset.scale,
      columns: dataset.columns,
      communityTypes: dataset.communityTypes,
      report: dataset.report,
      areas: new Set(dataset.rows.map((row) => row.areaCode)).size,
      days: new Set(dataset.rows.map((row) => row.timeMs)).size,
      first: dataset.rows[0],
    }).toEqual({
      scale: 'eep',
      columns: [{ areaCode: 'area_code', areaName: 'area_name', communityType: 'community_type', date: 'assessment_date', current: 'current_rating', potential: 'potential_rating', notes: 'notes' }],
      communityTypes: ['Ethnic', 'Faith or religious', 'New arrivals', 'Generational', 'Socio-economic', 'LGBT', 'Gypsies and Travellers', 'Language groups'],
      report: { files: [{ name: 'example-tensions.csv', rowsRead: 702, rowsKept: 702 }], rowsRead: 702, rowsKept: 702, rejected: [], repeated: { count: 0, examples: [] } },
      areas: 20,
      days: 26,
      first: { areaCode: 'X05000001', areaName: 'Alder Dale', communityType: 'Generational', timeMs: day(1, 2), current: { scale: 'eep', level: 6 }, potential: { scale: 'eep', level: 6 }, source: 'example-tensions.csv:2', agency: 'example-tensions' },
    });
  });

  it('reads the tension sheet of an .ods workbook, with sheet row numbers in the report', async () => {
    const ns = 'xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:table="urn:oasis:names:tc:opendocument:xmlns:table:1.0" xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0"';
    const cell = (v: string) => `<table:table-cell office:value-type="string"><text:p>${v}</text:p></table:table-cell>`;
    const num = (v: number) => `<table:table-cell office:value-type="float" office:value="${v}"><text:p>${v}</text:p></table:table-cell>`;
    const row = (...cells: string[]) => `<table:table-row>${cells.join('')}</table:table-row>`;
    const content = `<?xml version="1.0" encoding="UTF-8"?><office:document-content ${ns}><office:body><office:spreadsheet>`
      + `<table:table table:name="Notes">${row(cell('Invented tension log'))}</table:table>`
      + `<table:table table:name="Log">${row(cell('Area code'), cell('Community type'), cell('Assessment date'), cell('Current rating'), cell('Potential rating'))}`
      + `${row(cell('X05000001'), cell('Ethnic'), cell('2023-07-03'), num(4), num(3))}${row(cell('X05000001'), cell('Faith or religious'), cell('2023-07-03'), num(9), num(6))}</table:table>`
      + '</office:spreadsheet></office:body></office:document-content>';
    const zipped = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) });
    const result = await loadTensionFiles([{ name: 'log.ods', bytes: zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer }], { id: 'ods', areaCodes: ['X05000001'] });
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    expect(result.value.rows.map((r) => [r.areaCode, r.communityType, r.current.level, r.potential.level])).toEqual([['X05000001', 'Ethnic', 4, 3]]);
    expect(result.value.report.rejected.map((r) => [r.reason, r.examples])).toEqual([['bad-rating', ['log.ods:3']]]);
  });

  it('reads assessment dates that a spreadsheet stores as dates: .xlsx day serials (both date systems) and .ods date values', async () => {
    const xlsx = (date1904: boolean) => {
      // Excel's own serials for 2 and 16 January 2023 (1904 system: 1,462 days fewer).
      const serials = date1904 ? [43466, 43480] : [44928, 44942];
      const row = (r: number, code: string, serial: number, style: number) =>
        `<row r="${r}"><c r="A${r}" t="inlineStr"><is><t>${code}</t></is></c><c r="B${r}" t="inlineStr"><is><t>Ethnic</t></is></c><c r="C${r}" s="${style}"><v>${serial}</v></c><c r="D${r}"><v>6</v></c><c r="E${r}"><v>5</v></c></row>`;
      const parts = {
        'xl/workbook.xml': `<workbook xmlns:r="r">${date1904 ? '<workbookPr date1904="1"/>' : ''}<sheets><sheet name="Log" r:id="rId1"/></sheets></workbook>`,
        'xl/_rels/workbook.xml.rels': '<Relationships><Relationship Id="rId1" Target="worksheets/sheet1.xml"/></Relationships>',
        'xl/styles.xml': '<styleSheet><numFmts><numFmt numFmtId="164" formatCode="dd/mm/yyyy"/></numFmts><cellXfs><xf numFmtId="0"/><xf numFmtId="14"/><xf numFmtId="164"/></cellXfs></styleSheet>',
        'xl/worksheets/sheet1.xml': `<worksheet><sheetData><row r="1">${['Area code', 'Community', 'Date', 'Current', 'Potential'].map((h, i) => `<c r="${'ABCDE'[i]}1" t="inlineStr"><is><t>${h}</t></is></c>`).join('')}</row>${row(2, 'X05000001', serials[0], 1)}${row(3, 'X05000002', serials[1], 2)}</sheetData></worksheet>`,
      };
      const zipped = zipSync(Object.fromEntries(Object.entries(parts).map(([path, xml]) => [path, strToU8(xml)])));
      return { name: 'log.xlsx', bytes: zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer };
    };
    const cell = (text: string, attributes = 'office:value-type="string"') => `<table:table-cell ${attributes}><text:p>${text}</text:p></table:table-cell>`;
    const odsRow = (code: string, iso: string, shown: string) => `<table:table-row>${cell(code)}${cell('Ethnic')}${cell(shown, `office:value-type="date" office:date-value="${iso}"`)}${cell('6', 'office:value-type="float" office:value="6"')}${cell('5', 'office:value-type="float" office:value="5"')}</table:table-row>`;
    const content = `<office:document-content><office:body><office:spreadsheet><table:table table:name="Log"><table:table-row>${['Area code', 'Community', 'Date', 'Current', 'Potential'].map((h) => cell(h)).join('')}</table:table-row>${odsRow('X05000001', '2023-01-02', '02/01/23')}${odsRow('X05000002', '2023-01-16T00:00:00', 'Mon 16 Jan')}</table:table></office:spreadsheet></office:body></office:document-content>`;
    const odsZip = zipSync({ mimetype: strToU8('application/vnd.oasis.opendocument.spreadsheet'), 'content.xml': strToU8(content) });
    const ods = { name: 'log.ods', bytes: odsZip.buffer.slice(odsZip.byteOffset, odsZip.byteOffset + odsZip.byteLength) as ArrayBuffer };
    for (const file of [xlsx(false), xlsx(true), ods]) {
      const dataset = datasetOf(await loadTensionFiles([file], { id: 'w', areaCodes: ['X05000001', 'X05000002'] }));
      expect(dataset.rows.map((r) => [r.areaCode, r.timeMs]), file.name).toEqual([['X05000001', day(1, 2)], ['X05000002', day(1, 16)]]);
      expect(dataset.report.rejected).toEqual([]);
    }
  });

  it('reads the guide’s summary form as written: its labels, "5►" cells, an Overall row, and who rated each row', async () => {
    const form = textFile('silver-form.csv', [
      'Ward code,Community type,Date,Current,Potential,Agency',
      'X05000001,Generational groups,2023-07-03,5►,5►,Gwent Police',
      'X05000001,Socio-economic groups,2023-07-03,6►,5▲,',
      'X05000001,LGBT communities,2023-07-03,6▲,6►,Council',
      'X05000001,Overall,2023-07-03,5►,6►,Silver group',
    ].join('\n'));
    const dataset = datasetOf(await loadTensionFiles([form], { id: 'f', label: 'Silver form', areaCodes: ['X05000001'] }));
    const eep = (level: number) => ({ scale: 'eep', level });
    const july3 = day(7, 3);
    expect([dataset.rows, dataset.judgements, dataset.report.rejected]).toEqual([
      [
        { areaCode: 'X05000001', communityType: 'Generational', timeMs: july3, current: eep(5), potential: eep(5), source: 'silver-form.csv:2', agency: 'Gwent Police' },
        { areaCode: 'X05000001', communityType: 'Socio-economic', timeMs: july3, current: eep(6), potential: eep(5), source: 'silver-form.csv:3', agency: 'Silver form' },
        { areaCode: 'X05000001', communityType: 'LGBT', timeMs: july3, current: eep(6), potential: eep(6), source: 'silver-form.csv:4', agency: 'Council' },
      ],
      // The group judged Overall Potential 6 with two communities at 5: kept as it was recorded.
      [{ areaCode: 'X05000001', timeMs: july3, current: eep(5), potential: eep(6), source: 'silver-form.csv:5', agency: 'Silver group' }],
      [],
    ]);
  });
});
