import { readFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import { describe, expect, it, vi } from 'vitest';
import type { FileKindDecision, InputFile } from '../types';
import { diskFile, textFile } from '../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { odsWorkbookBytes, xlsxWorkbookBytes } from '../../test/fixtures/tables/workbooks';
import { tensionTables } from '../../test/fixtures/tensions/tensions';
import { incidentTables } from '../../test/fixtures/incidents/tables';
import { gridCsv, placesCsv, placesGeojson } from '../../test/fixtures/places/place-files';
import { buildShapefile } from '../../test/fixtures/boundaries/shapefile-bytes';
import { wgs84Squares } from '../../test/fixtures/boundaries/areas';
import { readWorkbookSheets } from './importers/table-spreadsheet';
import { WORKSPACE_FORMAT } from './workspace-file';
import { identifyFiles } from './file-kind';
import { reportTemplateCsv, reportTemplateXlsx } from './reports/report-template';
import { reportFields } from '../../test/fixtures/reports/reports';

const bytesOfArray = (data: Uint8Array) => data.buffer.slice(data.byteOffset, data.byteOffset + data.byteLength) as ArrayBuffer;

// Counts workbook parses, to show that the registry itself reads the workbook.
vi.mock('./importers/table-spreadsheet', async (original) => {
  const actual = await original<typeof import('./importers/table-spreadsheet')>();
  return { ...actual, readWorkbookSheets: vi.fn(actual.readWorkbookSheets) };
});

const buffer = (bytes: Uint8Array) => bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength) as ArrayBuffer;
const zipFile = (name: string, entries: Record<string, string>): InputFile => ({
  name,
  bytes: buffer(zipSync(Object.fromEntries(Object.entries(entries).map(([path, text]) => [path, strToU8(text)])))),
});
const cell = (text: string) => `<table:table-cell office:value-type="string"><text:p>${text}</text:p></table:table-cell>`;
const odsRow = (...cells: string[]) => `<table:table-row>${cells.map(cell).join('')}</table:table-row>`;
/** An .ods tension log whose header sits under a title row, on its second sheet. */
const tensionWorkbook = (name: string): InputFile => zipFile(name, {
  mimetype: 'application/vnd.oasis.opendocument.spreadsheet',
  'content.xml': `<office:document-content><office:body><office:spreadsheet><table:table table:name="Notes">${odsRow('Read me')}</table:table><table:table table:name="Log">${odsRow('Tension log 2023')}${odsRow('Area code', 'Community', 'Date', 'Current', 'Potential')}${odsRow('X05000001', 'Ethnic', '2023-01-02', '6', '5')}</table:table></office:spreadsheet></office:body></office:document-content>`,
});
const shapefile = buildShapefile(
  wgs84Squares.features.map((f) => ({ geometry: f.geometry as never, properties: f.properties as Record<string, string> })),
  [{ name: 'LSOA21CD', type: 'C', length: 9 }],
);
const shareJson = readFileSync('test/fixtures/share-package/legacy-v0.atlas-share.json', 'utf8');
const workspaceManifest = JSON.stringify({ format: WORKSPACE_FORMAT, version: 1 });

/** [what the case shows, the file, the expected decision without the name]. */
const cases: [string, InputFile, Omit<FileKindDecision, 'name'>][] = [
  ['GeoJSON boundaries', textFile('wards.geojson', JSON.stringify(wgs84Squares)), { kind: 'boundaries', reason: 'boundary-format' }],
  ['TopoJSON found by content under .json', textFile('wards.json', '{"type":"Topology","objects":{},"arcs":[]}'), { kind: 'boundaries', reason: 'boundary-format' }],
  ['a zipped shapefile', zipFile('wards.zip', { 'wards.geojson': '{}' }), { kind: 'boundaries', reason: 'boundary-format' }],
  ['a .shp without extension, by its file code', { name: 'download', bytes: shapefile.shp }, { kind: 'boundaries', reason: 'shapefile-part', group: 'download' }],
  ['police.uk style incidents', textFile('crimes.csv', 'Crime ID,Month,Longitude,Latitude,Crime type\n1,2022-05,-3.2,51.6,Burglary\n'), { kind: 'incidents', reason: 'position-columns' }],
  ['incidents in easting and northing', textFile('b.csv', 'ref,easting,northing,date\n1,318000,176000,01/05/2022\n'), { kind: 'incidents', reason: 'position-columns' }],
  ['incidents in a tab-separated .txt', textFile(incidentTables.spreadsheetBlanks.name.replace('.csv', '.txt'), incidentTables.spreadsheetBlanks.text.replace(/,/g, '\t')), { kind: 'incidents', reason: 'position-columns' }],
  ['an ONSPD postcode lookup (it has latitude and longitude too)', textFile('ONSPD_CF.csv', 'pcd,pcds,dointr,doterm,oseast1m,osnrth1m,osward,lsoa21,lat,long\nCF101AA,CF10 1AA,198001,,318500,176000,W05000864,W01001939,51.479,-3.177\n'), { kind: 'postcodes', reason: 'postcode-lookup' }],
  ['a Code-Point Open file (no header)', textFile('cf.csv', '"CF101AA",10,318500,176000,"W92000004","","","","W06000015","W05000864"\n'), { kind: 'postcodes', reason: 'postcode-lookup' }],
  ['a dated log with postcodes and no coordinates', textFile('log.csv', 'Case,Opened,Postcode\nA1,03/01/2024,CF10 1AA\n'), { kind: 'incidents', reason: 'postcode-column' }],
  ['places without dates: a category column and coordinates (issue 16)', placesCsv, { kind: 'places', reason: 'place-columns' }],
  ['places in easting and northing', gridCsv, { kind: 'places', reason: 'place-columns' }],
  ['places with only a postcode', textFile('halls.csv', 'Name,Type,Postcode\nHall,Village hall,CF10 1AA\n'), { kind: 'places', reason: 'place-columns' }],
  ['a log with a Type column, postcodes and dates found by their values stays incidents', textFile('log2.csv', 'Case,Opened,Type,Postcode\nA1,03/01/2024,Graffiti,CF10 1AA\nA2,04/01/2024,Leaflets,CF10 1AB\n'), { kind: 'incidents', reason: 'postcode-column' }],
  ['GeoJSON points with a category and no date are places', placesGeojson, { kind: 'places', reason: 'place-points' }],
  ['GeoJSON points with a date stay incidents (the boundary importer hands them on)', textFile('pts.geojson', JSON.stringify({ type: 'FeatureCollection', features: [{ type: 'Feature', properties: { type: 'ASB', date: '2024-01-02' }, geometry: { type: 'Point', coordinates: [-3.1, 51.5] } }] })), { kind: 'boundaries', reason: 'boundary-format' }],
  ['an indicator table keyed by area code', textFile('c.csv', 'lsoa_code,score,rank\nW01000001,12.5,300\nW01000002,40.1,20\n'), { kind: 'indicators', reason: 'table-without-positions' }],
  ['an empty CSV (the table loader reports it)', textFile('empty.csv', ''), { kind: 'indicators', reason: 'table-without-positions' }],
  ['an .ods indicator workbook', { name: 'profile.ods', bytes: odsWorkbookBytes() }, { kind: 'indicators', reason: 'workbook' }],
  ['an .xlsx indicator workbook', { name: 'profile.xlsx', bytes: xlsxWorkbookBytes() }, { kind: 'indicators', reason: 'workbook' }],
  ['a broken workbook (the table loader reports it)', textFile('broken.ods', 'not really ods'), { kind: 'indicators', reason: 'workbook' }],
  ['a tension CSV', textFile(tensionTables.badRows.name, tensionTables.badRows.text), { kind: 'tensions', reason: 'tension-columns' }],
  ['ambiguous: tension columns win over position columns', textFile('t.csv', 'area_code,community_type,assessment_date,current_rating,latitude,longitude\nX05000001,Ethnic,2023-07-03,2,51.5,-3.2\n'), { kind: 'tensions', reason: 'tension-columns' }],
  ['a tension workbook, header under a title row', tensionWorkbook('log.ods'), { kind: 'tensions', reason: 'workbook-tension-sheet' }],
  ['the tension report template filled in (it has longitude and latitude too)', textFile('partners.csv', reportTemplateCsv([reportFields({ place: { position: [-3.2, 51.5] } })])), { kind: 'reports', reason: 'report-columns' }],
  ['a form tool\'s report export, questions as headers', textFile('Tension form.csv', 'ID,Start time,When did this happen?,Where did it happen?,What type of tension is it?,Tell us what happened\n1,5/10/24,10/05/2024,Example 001A,Community,Stickers\n'), { kind: 'reports', reason: 'report-columns' }],
  ['the report template as .xlsx', { name: 'partners.xlsx', bytes: bytesOfArray(reportTemplateXlsx()) }, { kind: 'reports', reason: 'workbook-report-sheet' }],
  ['ambiguous: an incident log with a description stays incidents', textFile('log.csv', 'Date,Location,Description,Latitude,Longitude\n03/01/2024,High St,Graffiti,51.5,-3.2\n'), { kind: 'incidents', reason: 'position-columns' }],
  ['a share package by its name', textFile('wellmoor.atlas-share.json', shareJson), { kind: 'share-package', reason: 'share-package-name' }],
  ['a share package by its name even when broken (its reader says why)', textFile('broken.atlas-share.json', 'nope'), { kind: 'share-package', reason: 'share-package-name' }],
  ['ambiguous: a renamed share package, by its content', textFile('from-wellmoor.json', shareJson), { kind: 'share-package', reason: 'share-package-content' }],
  ['a workspace by its name', diskFile('test/fixtures/workspace/tiny-v1.cohesion-atlas'), { kind: 'workspace', reason: 'workspace-name' }],
  ['ambiguous: a renamed workspace zip, by its manifest', zipFile('saved.zip', { 'manifest.json': workspaceManifest, 'workspace.json': '{}' }), { kind: 'workspace', reason: 'workspace-manifest' }],
  ['a PDF', textFile('report.pdf', '%PDF-1.4'), { kind: 'unknown', reason: 'unrecognised' }],
  ['a file with no extension and no known content', textFile('notes', 'hello'), { kind: 'unknown', reason: 'unrecognised' }],
];

describe('identifyFiles', () => {
  it.each(cases)('%s', (_label, file, expected) => {
    expect(identifyFiles([file])).toEqual([{ name: file.name, ...expected }]);
  });

  it('keeps the parts of a shapefile set together, in input order, among other files', () => {
    const part = (name: string, bytes: ArrayBuffer): InputFile => ({ name, bytes });
    const files = [
      part('Wards.shp', shapefile.shp),
      textFile('crimes.csv', 'date,lng,lat\n2022-05-14,-3.18,51.48\n'),
      part('Wards.dbf', shapefile.dbf),
      textFile('Wards.prj', 'GEOGCS["WGS 84"]'),
      textFile('Wards.cpg', 'UTF-8'),
      part('other.shp', shapefile.shp),
    ];
    expect(identifyFiles(files).map((d) => [d.name, d.kind, d.group])).toEqual([
      ['Wards.shp', 'boundaries', 'wards'],
      ['crimes.csv', 'incidents', undefined],
      ['Wards.dbf', 'boundaries', 'wards'],
      ['Wards.prj', 'boundaries', 'wards'],
      ['Wards.cpg', 'boundaries', 'wards'],
      ['other.shp', 'boundaries', 'other'],
    ]);
  });

  it('opens the workbook itself to decide (so the caller, in the worker, never has to)', () => {
    vi.mocked(readWorkbookSheets).mockClear();
    const workbook = tensionWorkbook('log.ods');
    expect(identifyFiles([workbook])[0].kind).toBe('tensions');
    expect(vi.mocked(readWorkbookSheets).mock.calls.map(([file]) => file.name)).toEqual(['log.ods']);
  });
});

describe('identifyFiles on UTF-16 and semicolon tables', () => {
  it('recognises incidents in UTF-16 (with and without a byte-order mark) and separated by semicolons (issue 13)', () => {
    const text = 'Date;Longitude;Latitude\r\n2022-05-01;-3.18;51.48\r\n';
    const utf16 = (bom: number[]) => Uint8Array.from([...bom, ...Buffer.from(text.replaceAll(';', ','), 'utf16le')]).buffer;
    const files = [{ name: 'bom.csv', bytes: utf16([0xff, 0xfe]) }, { name: 'no-bom.csv', bytes: utf16([]) }, textFile('semicolons.csv', text)];
    expect(identifyFiles(files).map((d) => d.kind)).toEqual(['incidents', 'incidents', 'incidents']);
  });
});

describeWithSharedData('identifyFiles on real files', ['police/south-wales/2022-05-south-wales-street.csv', 'indicators/wimd2019_lsoa11_wales.csv', 'indicators/census2021-ts001-lsoa.csv'], () => {
  it('tells police.uk files from indicator tables', () => {
    const paths = ['police/south-wales/2022-05-south-wales-street.csv', 'indicators/wimd2019_lsoa11_wales.csv', 'indicators/census2021-ts001-lsoa.csv'];
    const files = paths.map((path) => ({ name: path.split('/').pop()!, bytes: readSharedBytes(path) }));
    expect(identifyFiles(files).map((d) => d.kind)).toEqual(['incidents', 'indicators', 'indicators']);
  });
});
