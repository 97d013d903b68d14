import { describe, expect, it } from 'vitest';
import { reportFields } from '../../../test/fixtures/reports/reports';
import { textFile } from '../../../test/helpers/bytes';
import type { ImportResult, PostcodeLookup, TensionReportFields } from '../../types';
import { deepFreeze } from '../../../test/helpers/freeze';
import { loadReportFiles, type ReportImportReport } from './load-reports';
import { REPORT_TEMPLATE_HEADERS, reportTemplateCsv, reportTemplateXlsx } from './report-template';
import type { TensionReport } from '../../types';

const AREAS = { areaCodes: ['X01000001', 'X01000002', 'X01000003'], areaNames: ['Example 001A', 'Example 001B', 'Example 002A'] };

function options() {
  let n = 0;
  return { importedMs: 5000, newId: () => `report-${++n}`, ...AREAS };
}

function valueOf(result: ImportResult<{ reports: TensionReport[]; report: ReportImportReport }>) {
  if (!result.ok) throw new Error(`expected reports, got ${JSON.stringify(result.error)}`);
  return result.value;
}

const bytesOf = (data: Uint8Array) => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

/** Two filled-in reports using every field: an area by code with a rumour, and a point with several types and communities. */
const FILLED: TensionReportFields[] = [
  reportFields({ place: { areaCode: 'X01000002', areaName: 'Example 001B' }, rumour: true, sourceKind: 'social-media', status: 'potential', reliability: 'not-reliable' }),
  reportFields({
    timeMs: Date.UTC(2024, 5, 1, 9, 5), place: { areaCode: 'X01000003', areaName: 'Example 002A', position: [-3.175, 51.485] }, communities: ['Generational', 'Students'],
    tensionTypes: ['immigration-asylum-refugees', 'organisational-capacity', 'future'], sourceKind: 'area-worker', status: 'evidenced', reliability: 'reliable',
    narrative: 'Talk of a "meeting" about the hotel, shared in two chats', actionTaken: '', recordedBy: 'Youth worker', agency: 'Youth service',
  }),
];

describe('tension report template', () => {
  it('is a blank CSV with the form’s fields', () => {
    expect(reportTemplateCsv()).toBe(`${REPORT_TEMPLATE_HEADERS.join(',')}\r\n`);
  });

  it('round trips as CSV and as .xlsx: write the template, fill it, import it, every field back', async () => {
    for (const file of [textFile('filled.csv', reportTemplateCsv(FILLED)), { name: 'filled.xlsx', bytes: bytesOf(reportTemplateXlsx(FILLED)) }]) {
      const { reports, report } = valueOf(await loadReportFiles([file], options()));
      expect(reports.map(({ id, origin, withdrawn, history, ...fields }) => fields), file.name).toEqual(FILLED);
      expect([reports.map((r) => [r.id, r.origin, r.withdrawn, r.history[0].kind]), report]).toEqual([
        [['report-1', { kind: 'imported', row: `${file.name}:2` }, false, 'imported'], ['report-2', { kind: 'imported', row: `${file.name}:3` }, false, 'imported']],
        { files: [{ name: file.name, rowsRead: 2, rowsKept: 2 }], rejected: [] },
      ]);
    }
  });
});

describe('loadReportFiles', () => {
  it('reads a form tool’s export with reworded questions, naming areas and leaving its own columns alone', async () => {
    const csv = [
      'ID,Start time,Completion time,Email,Name,When did this happen?,Where did it happen? (ward or area),Which communities are affected?,What type of tension is it?,Where did you hear about this?,Is this experienced or evidenced or potential?,How reliable is the source?,Tell us what happened or what people are saying,Is any of this a rumour?,What action has been taken?,Your organisation',
      '1,5/10/24 18:40:11,5/10/24 18:44:02,anonymous,Sam Jones,10/05/2024 18:30,Example 001A,Faith groups;LGBT communities;,Racial and religious;Community;,Member of the public,Experienced,Reliable,"Stickers on the bus shelter, people upset",No,Reported to the council,Housing association',
    ].join('\n');
    const { reports, report } = valueOf(await loadReportFiles([textFile('Tension form (1-1).csv', csv)], options()));
    const { id, origin, withdrawn, history, ...fields } = reports[0];
    expect([fields, report.rejected]).toEqual([
      {
        timeMs: Date.UTC(2024, 4, 10, 18, 30), place: { areaCode: 'X01000001', areaName: 'Example 001A' }, communities: ['Faith or religious', 'LGBT'],
        tensionTypes: ['racial-religious', 'community'], sourceKind: 'resident', status: 'experienced', reliability: 'reliable',
        narrative: 'Stickers on the bus shelter, people upset', rumour: false, actionTaken: 'Reported to the council', recordedBy: 'Sam Jones', agency: 'Housing association',
      },
      [],
    ]);
  });

  it('reports every broken row with its file, row and reason, and keeps the good ones', async () => {
    const rows = [
      REPORT_TEMPLATE_HEADERS.join(','),
      '2024-05-10,18:30,X01000001,,,,,Ethnic,Political,Resident,Experienced,,Good row,No,,,',
      '2024-05-10,18:30,W05000999,,,,,Ethnic,Political,Resident,Experienced,,Unknown area,No,,,',
      '31/02/2024,,X01000001,,,,,Ethnic,Political,Resident,Experienced,,Bad date,No,,,',
      '2024-05-10,,X01000001,,,,,Ethnic,Hooliganism,Resident,Experienced,,Unknown type,No,,,',
      '2024-05-10,,,Nowhere Street,,,,Ethnic,Political,Resident,Experienced,,Name not found,No,,,',
      '2024-05-10,,,,,-3.19,north,Ethnic,Political,Resident,Experienced,,Bad latitude,No,,,',
      '2024-05-10,,X01000001,,,,,Ethnic,Political,Pigeon post,Experienced,,Unknown source,No,,,',
      '2024-05-10,,X01000001,,,,,Ethnic,Political,Resident,Probably,,Unknown status,No,,,',
      '2024-05-10,,X01000001,,,,,Ethnic,Political,Resident,Experienced,,,No,,,',
      ',,X01000001,,,,,Ethnic,Political,Resident,Experienced,,No date,No,,,',
    ];
    const { reports, report } = valueOf(await loadReportFiles([textFile('partners.csv', rows.join('\n'))], options()));
    expect([reports.map((r) => r.narrative), report]).toEqual([
      ['Good row'],
      {
        files: [{ name: 'partners.csv', rowsRead: 10, rowsKept: 1 }],
        rejected: [
          { file: 'partners.csv', row: 3, reason: 'unknown-area', value: 'W05000999', field: 'areaCode', column: 'Area code' },
          { file: 'partners.csv', row: 4, reason: 'unparseable-date', value: '31/02/2024', field: 'date', column: 'Date' },
          { file: 'partners.csv', row: 5, reason: 'unknown-tension-type', value: 'Hooliganism', field: 'tensionTypes', column: 'Type of tension' },
          { file: 'partners.csv', row: 6, reason: 'unknown-area', value: 'Nowhere Street', field: 'areaName', column: 'Area name' },
          { file: 'partners.csv', row: 7, reason: 'bad-position', value: '-3.19, north', field: 'lat', column: 'Latitude' },
          { file: 'partners.csv', row: 8, reason: 'unknown-source', value: 'Pigeon post', field: 'sourceKind', column: 'Source' },
          { file: 'partners.csv', row: 9, reason: 'unknown-status', value: 'Probably', field: 'status', column: 'Status' },
          { file: 'partners.csv', row: 10, reason: 'no-narrative', value: '', field: 'narrative', column: 'Narrative' },
          { file: 'partners.csv', row: 11, reason: 'no-date', value: '', field: 'date', column: 'Date' },
        ],
      },
    ]);
  });

  it('places a report given by postcode at the postcode\'s centroid, flagged, with the lookup\'s areas; says why a postcode cannot be placed', async () => {
    // Invented lookup: CF10 1AA's centroid lies in X01000001's square, but the lookup counts it in X01000002 (as ONSPD may).
    const lookup: PostcodeLookup = deepFreeze({
      format: 'onspd', files: ['lookup.csv'], postcodes: ['CF10 1AA'], lng: Float64Array.from([-3.195]), lat: Float64Array.from([51.485]),
      lsoaCodes: ['X01000002'], wardCodes: ['X05000001'], columns: { postcode: 'pcds', lsoa: 'lsoa21', ward: 'osward' }, skipped: { noPosition: 0, badPostcode: 0 },
    });
    const rows = [
      REPORT_TEMPLATE_HEADERS.join(','),
      '2024-05-10,18:30,,,cf10 1aa,,,Ethnic,Political,Resident,Experienced,,By postcode,No,,,',
      '2024-05-10,18:30,,,Cardiff,,,Ethnic,Political,Resident,Experienced,,Not a postcode,No,,,',
      '2024-05-10,18:30,,,NP20 1AA,,,Ethnic,Political,Resident,Experienced,,Not in the lookup,No,,,',
      '2024-05-10,18:30,X01000003,,CF10 1AA,,,Ethnic,Political,Resident,Experienced,,Area and postcode,No,,,',
    ];
    const file = textFile('postcodes.csv', rows.join('\n'));
    const withLookup = valueOf(await loadReportFiles([file], { ...options(), postcodeLookups: [lookup] }));
    expect([withLookup.reports.map((r) => [r.narrative, r.place]), withLookup.report.rejected]).toEqual([
      [
        ['By postcode', { position: [-3.195, 51.485], postcode: 'CF10 1AA', atPostcodeCentroid: true, postcodeAreaCodes: ['X01000002', 'X05000001'] }],
        ['Area and postcode', { areaCode: 'X01000003', areaName: 'Example 002A', position: [-3.195, 51.485], postcode: 'CF10 1AA', atPostcodeCentroid: true, postcodeAreaCodes: ['X01000002', 'X05000001'] }],
      ],
      [
        { file: 'postcodes.csv', row: 3, reason: 'not-a-postcode', value: 'Cardiff', field: 'postcode', column: 'Postcode' },
        { file: 'postcodes.csv', row: 4, reason: 'postcode-not-in-lookup', value: 'NP20 1AA', field: 'postcode', column: 'Postcode' },
      ],
    ]);
    // Without a lookup, a row with only a postcode cannot be placed; one with an area keeps its postcode as written.
    const without = valueOf(await loadReportFiles([textFile('postcodes.csv', rows.join('\n'))], options()));
    expect([without.reports.map((r) => [r.narrative, r.place]), without.report.rejected.map((r) => [r.row, r.reason])]).toEqual([
      [['Area and postcode', { areaCode: 'X01000003', areaName: 'Example 002A', postcode: 'CF10 1AA' }]],
      [[2, 'no-postcode-lookup'], [3, 'not-a-postcode'], [4, 'no-postcode-lookup']],
    ]);
  });

  it('refuses a file without a report header, naming what it found', async () => {
    const result = await loadReportFiles([textFile('log.csv', 'Area code,Community type,Assessment date,Current rating,Potential rating\nX01000001,Ethnic,2024-05-10,5,5\n')], options());
    expect(result).toEqual({ ok: false, error: { code: 'mapping-column-missing', detail: 'report-header', file: 'log.csv', params: { file: 'log.csv', header: '"Area code", "Community type", "Assessment date", "Current rating", "Potential rating"' } } });
  });
});
