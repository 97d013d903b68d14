import { describe, expect, it } from 'vitest';
import { incidentTables } from '../../../test/fixtures/incidents/tables';
import { textFile } from '../../../test/helpers/bytes';
import type { ImportResult, ImportWarning, IncidentDataset, InputFile } from '../../types';
import { parseIncidentCsvFiles } from './incidents-csv';

type Fixture = keyof typeof incidentTables;
const fixtureFile = (key: Fixture): InputFile => textFile(incidentTables[key].name, incidentTables[key].text);
const load = (files: InputFile[], mapping?: IncidentDataset['detection']['mapping']) => parseIncidentCsvFiles(files, { id: 'incidents', mapping });

function datasetOf(result: ImportResult<IncidentDataset>): IncidentDataset {
  if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.error)}`);
  return result.value;
}

function warningsOf(result: ImportResult<IncidentDataset>): ImportWarning[] {
  return datasetOf(result) && result.ok ? result.warnings : [];
}

const POLICE_COLUMNS = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category', 'Context'];
const MAY_2022 = Date.UTC(2022, 4, 1);

describe('parseIncidentCsvFiles: police.uk street-level files', () => {
  it('reads a police.uk file into columns, keeping the named extra columns and counting the row without a location', async () => {
    const result = await load([fixtureFile('policeUk')]);
    expect(result).toEqual({
      ok: true,
      warnings: [],
      value: {
        id: 'incidents',
        label: '2022-05-gwent-street.csv',
        format: 'police-uk-csv',
        files: ['2022-05-gwent-street.csv'],
        count: 4,
        detection: {
          columns: POLICE_COLUMNS,
          mapping: { lng: 'Longitude', lat: 'Latitude', date: 'Month', category: 'Crime type', id: 'Crime ID', areaCode: 'LSOA code' },
          recognisedAs: 'police.uk street-level crime',
        },
        lng: new Float64Array([-3.19344, -3.201, -2.99, -3]),
        lat: new Float64Array([51.800643, 51.79, 51.59, 51.6]),
        timeMs: new Float64Array([MAY_2022, MAY_2022, MAY_2022, MAY_2022]),
        datePrecision: 'month',
        categoryIndex: new Uint16Array([1, 0, 0, 2]),
        categories: ['Burglary', 'Anti-social behaviour', 'Violence and sexual offences'],
        weight: null,
        fileAreaCodeIndex: new Int32Array([0, 0, 1, -1]),
        fileAreaCodes: ['W01001440', 'W01001700'],
        sourceFile: new Uint16Array([0, 0, 0, 0]),
        sourceLine: new Int32Array([2, 3, 5, 6]),
        extraColumns: [
          { name: 'Crime ID', values: ['', 'abc123', 'def456', 'ghi789'] },
          { name: 'Reported by', values: ['Gwent Police', 'Gwent Police', 'Gwent Police', 'Gwent Police'] },
          { name: 'Location', values: ['On or near Big Lane', 'On or near High Street', 'On or near Commercial Road', 'On or near Park'] },
          { name: 'LSOA name', values: ['Blaenau Gwent 001A', 'Blaenau Gwent 001A', 'Newport 020B', ''] },
          { name: 'Last outcome category', values: ['', 'Under investigation', 'Unable to prosecute suspect', 'Under investigation'] },
        ],
        bbox: [-3.201, 51.59, -2.99, 51.800643],
        report: {
          files: [{ name: '2022-05-gwent-street.csv', rowsRead: 5, rowsKept: 4 }],
          rowsRead: 5,
          rowsKept: 4,
          rejected: [
            {
              reason: 'no-coordinates',
              count: 1,
              notes: [{ code: 'position-empty-police', params: { xName: '"Longitude"', yName: '"Latitude"' } }],
              examples: ['2022-05-gwent-street.csv:4'],
            },
          ],
          warnings: [],
        },
      },
    });
  });

  it('recognises lower-case longitude/latitude behind a byte-order mark, and merges files of both spellings', async () => {
    const lower = datasetOf(await load([fixtureFile('policeUkLowerCaseWithBom')]));
    expect([lower.format, lower.detection.recognisedAs, lower.detection.mapping.lng, lower.detection.mapping.lat, lower.detection.columns[0]]).toEqual(['police-uk-csv', 'police.uk street-level crime', 'longitude', 'latitude', 'Crime ID']);

    const both = datasetOf(await load([fixtureFile('policeUk'), fixtureFile('policeUkLowerCaseWithBom')]));
    expect(both.report).toEqual({
      files: [
        { name: '2022-05-gwent-street.csv', rowsRead: 5, rowsKept: 4 },
        { name: '2022-06-south-wales-street.csv', rowsRead: 1, rowsKept: 1 },
      ],
      rowsRead: 6,
      rowsKept: 5,
      rejected: [expect.objectContaining({ reason: 'no-coordinates', count: 1, examples: ['2022-05-gwent-street.csv:4'] })],
      warnings: [],
    });
    expect([both.label, [...both.sourceFile], [...both.sourceLine], both.categories, both.fileAreaCodes]).toEqual([
      '2022-05-gwent-street.csv and 1 more files',
      [0, 0, 0, 0, 1],
      [2, 3, 5, 6, 2],
      ['Burglary', 'Anti-social behaviour', 'Shoplifting', 'Violence and sexual offences'],
      ['W01001440', 'W01001700', 'W01001870'],
    ]);
  });
});

describe('parseIncidentCsvFiles: other tables', () => {
  it('reads tab-separated Excel-style DD/MM/YYYY HH:MM dates and a weight column, warning about a missing weight', async () => {
    const result = await load([fixtureFile('tabSeparated')]);
    const dataset = datasetOf(result);
    expect(warningsOf(result)).toEqual([
      { code: 'weights-defaulted', file: 'tension-reports.tsv', count: 1, examples: ['tension-reports.tsv:3'], params: { column: 'Severity', count: 1 } },
    ]);
    expect({
      mapping: dataset.detection.mapping,
      timeMs: [...dataset.timeMs],
      datePrecision: dataset.datePrecision,
      weight: [...(dataset.weight ?? [])],
      categories: dataset.categories,
      extraColumns: dataset.extraColumns,
      report: dataset.report,
    }).toEqual({
      mapping: { lng: 'Longitude', lat: 'Latitude', date: 'Date', category: 'Category', id: 'Ref', weight: 'Severity' },
      timeMs: [Date.UTC(2022, 4, 14, 13, 45), Date.UTC(2022, 5, 1, 9, 5), Date.UTC(2022, 5, 2, 23, 59)],
      datePrecision: 'time',
      weight: [2, 1, 1],
      categories: ['Graffiti', 'Leaflets'],
      extraColumns: [{ name: 'Ref', values: ['T1', 'T2', 'T3'] }],
      report: { files: [{ name: 'tension-reports.tsv', rowsRead: 3, rowsKept: 3 }], rowsRead: 3, rowsKept: 3, rejected: [], warnings: [{ code: 'weights-defaulted', file: 'tension-reports.tsv', count: 1, examples: ['tension-reports.tsv:3'], params: { column: 'Severity', count: 1 } }] },
    });
  });

  it('keeps quoted commas, doubled quotes and line breaks, and numbers rows by the line they start on', async () => {
    const dataset = datasetOf(await load([fixtureFile('quotedFields')]));
    expect([[...dataset.sourceLine], dataset.extraColumns]).toEqual([
      [2, 3, 5],
      [
        { name: 'id', values: ['1', '2', '3'] },
        { name: 'description', values: ['Wall by the shop, Queen St', 'Two lines:\nsecond line with "quotes"', 'plain'] },
      ],
    ]);
  });

  it('rejects the line with a broken quote as malformed and keeps reading from the next line', async () => {
    const dataset = datasetOf(await load([fixtureFile('brokenQuote')]));
    expect([[...dataset.sourceLine], dataset.report]).toEqual([
      [2, 4, 5],
      {
        files: [{ name: 'broken.csv', rowsRead: 4, rowsKept: 3 }],
        rowsRead: 4,
        rowsKept: 3,
        rejected: [
          {
            reason: 'malformed-row',
            count: 1,
            notes: [{ code: 'quote', params: {} }],
            examples: ['broken.csv:3'],
          },
        ],
        warnings: [],
      },
    ]);
  });

  it('counts every kind of bad row by reason with its line, keeping the valid rows', async () => {
    const dataset = datasetOf(await load([fixtureFile('badRows')]));
    expect([[...dataset.sourceLine], dataset.report]).toEqual([
      [2, 12],
      {
        files: [{ name: 'bad-rows.csv', rowsRead: 11, rowsKept: 2 }],
        rowsRead: 11,
        rowsKept: 2,
        rejected: [
          {
            reason: 'unparseable-date',
            count: 2,
            notes: [
              { code: 'date-us-order', params: { column: 'date', found: '05/14/2022' } },
              { code: 'date-unparseable', params: { column: 'date', found: 'last tuesday' } },
            ],
            examples: ['bad-rows.csv:9', 'bad-rows.csv:10'],
          },
          { reason: 'malformed-row', count: 1, notes: [{ code: 'field-count', params: { count: 3, header: 5 } }], examples: ['bad-rows.csv:11'] },
          { reason: 'no-coordinates', count: 1, notes: [{ code: 'position-empty', params: { xName: '"lng"', yName: '"lat"' } }], examples: ['bad-rows.csv:3'] },
          { reason: 'bad-coordinates', count: 1, notes: [{ code: 'position-text', params: { xName: '"lng"', yName: '"lat"', x: 'west', y: '51.48' } }], examples: ['bad-rows.csv:4'] },
          {
            reason: 'bng-in-lat-lng-columns',
            count: 1,
            notes: [{ code: 'bng', params: { xName: '"lng"', yName: '"lat"', x: '318000', y: '176000' } }],
            examples: ['bad-rows.csv:7'],
          },
          {
            reason: 'lat-lng-swapped',
            count: 1,
            notes: [{ code: 'swapped', params: { xName: '"lng"', yName: '"lat"', x: '51.48', y: '-3.18' } }],
            examples: ['bad-rows.csv:6'],
          },
          {
            reason: 'outside-uk',
            count: 1,
            notes: [{ code: 'outside-uk', params: { xName: '"lng"', yName: '"lat"', x: '2.35', y: '48.85' } }],
            examples: ['bad-rows.csv:5'],
          },
          { reason: 'no-date', count: 1, notes: [{ code: 'date-empty', params: { column: 'date' } }], examples: ['bad-rows.csv:8'] },
        ],
        warnings: [],
      },
    ]);
  });

  it('rejects BNG metres in longitude/latitude columns and keeps the rows in degrees', async () => {
    const dataset = datasetOf(await load([fixtureFile('bngInLngLat')]));
    expect(dataset.report.rejected).toEqual([
      { reason: 'bng-in-lat-lng-columns', count: 1, notes: [{ code: 'bng', params: { xName: '"lng"', yName: '"lat"', x: '318000', y: '176000' } }], examples: ['bng-as-degrees.csv:2'] },
    ]);
    expect([dataset.count, [...dataset.lng], [...dataset.lat]]).toEqual([1, [-3.18], [51.48]]);
  });

  it('fails a file whose every row is swapped, saying so and naming the columns to choose', async () => {
    expect(await load([fixtureFile('allSwapped')])).toEqual({
      ok: false,
      error: {
        code: 'no-rows-kept',
        detail: 'lat-lng-swapped',
        file: 'swapped.csv',
        params: { file: 'swapped.csv', count: 2, lng: 'longitude', lat: 'latitude', easting: '', northing: '' },
        notes: [{ code: 'swapped', params: { xName: '"longitude"', yName: '"latitude"', x: '51.48', y: '-3.18' } }],
        choices: ['date', 'longitude', 'latitude'],
      },
    });
  });

  it('reprojects easting/northing columns from British National Grid, with a warning', async () => {
    const result = await load([fixtureFile('eastingNorthing')]);
    const dataset = datasetOf(result);
    expect(dataset.detection.mapping).toEqual({ easting: 'easting', northing: 'northing', date: 'date', category: 'type' });
    expect(dataset.lng[0]).toBeCloseTo(-3.18, 2);
    expect(dataset.lat[0]).toBeCloseTo(51.48, 2);
    expect(warningsOf(result)).toEqual([{ code: 'reprojected-from-bng', detail: 'columns', file: 'bng.csv', params: { easting: 'easting', northing: 'northing' } }]);
  });

  it('tolerates empty lines at the end of the file', async () => {
    expect(datasetOf(await load([fixtureFile('trailingEmptyLines')])).report).toEqual({ files: [{ name: 'trailing.csv', rowsRead: 2, rowsKept: 2 }], rowsRead: 2, rowsKept: 2, rejected: [], warnings: [] });
  });

  it('skips rows of empty cells like empty lines, keeping line numbers right', async () => {
    const dataset = datasetOf(await load([fixtureFile('spreadsheetBlanks')]));
    expect([[...dataset.sourceLine], dataset.report]).toEqual([[2, 5], { files: [{ name: 'export.csv', rowsRead: 2, rowsKept: 2 }], rowsRead: 2, rowsKept: 2, rejected: [], warnings: [] }]);
  });

  it('reads a Windows-1252 file, with a warning', async () => {
    const bytes = new Uint8Array([...new TextEncoder().encode('date,lng,lat,place\n2022-05-14,-3.18,51.48,Caf'), 0xe9, 0x0a]);
    const result = await load([{ name: 'excel.csv', bytes: bytes.buffer }]);
    expect([datasetOf(result).extraColumns, warningsOf(result).map((warning) => warning.code)]).toEqual([[{ name: 'place', values: ['Café'] }], ['unknown-encoding']]);
  });

  it('reports progress from 0 to 1 while reading several files', async () => {
    const fractions: number[] = [];
    await parseIncidentCsvFiles([fixtureFile('policeUk'), fixtureFile('policeUkLowerCaseWithBom')], { id: 'p', onProgress: (fraction) => fractions.push(fraction) });
    expect(fractions.at(-1)).toBe(1);
    expect(fractions.every((fraction, i) => fraction >= 0 && fraction <= 1 && (i === 0 || fraction >= fractions[i - 1]))).toBe(true);
  });
});

describe('parseIncidentCsvFiles: whole-file errors and mappings', () => {
  it('returns empty for a 0-byte file and for a header without rows', async () => {
    expect(await load([textFile('empty.csv', '')])).toEqual({
      ok: false,
      error: { code: 'empty', file: 'empty.csv', params: { file: 'empty.csv', expected: 'incident-table' } },
    });
    expect(await load([textFile('header.csv', 'date,lng,lat\n\n')])).toEqual({
      ok: false,
      error: { code: 'empty', detail: 'header-only', file: 'header.csv', params: { file: 'header.csv', row: '1', expected: 'incident-table' } },
    });
  });

  it('fails a table with no position columns, listing the columns found and those expected', async () => {
    expect(await load([fixtureFile('noPosition')])).toEqual({
      ok: false,
      error: {
        code: 'no-position-columns',
        file: 'addresses.csv',
        params: { file: 'addresses.csv', field: 'column', fields: 'column', columns: 'date, street, postcode, type' },
        choices: ['date', 'street', 'postcode', 'type'],
      },
    });
  });

  it('fails a table with no date column', async () => {
    const result = await load([fixtureFile('noDate')]);
    expect(result.ok === false && [result.error.code, result.error.file, result.error.choices]).toEqual(['no-date-column', 'undated.csv', ['lng', 'lat', 'type']]);
  });

  it('uses a given mapping in place of detection', async () => {
    const mapping = { lng: 'alt_lng', lat: 'alt_lat', date: 'occurred', category: 'type' };
    const dataset = datasetOf(await load([fixtureFile('twoPositions')], mapping));
    expect([dataset.detection, [...dataset.lng], [...dataset.lat], [...dataset.timeMs], dataset.extraColumns.map((column) => column.name)]).toEqual([
      { columns: ['reported', 'occurred', 'lng', 'lat', 'alt_lng', 'alt_lat', 'type'], mapping, recognisedAs: null },
      [-2.99],
      [51.59],
      [Date.UTC(2022, 4, 10)],
      ['reported', 'lng', 'lat'],
    ]);
  });

  it('fails a mapping that names a missing column, in whichever file lacks it', async () => {
    expect(await load([fixtureFile('twoPositions')], { lng: 'lng', lat: 'lat', date: 'when' })).toEqual({
      ok: false,
      error: {
        code: 'mapping-column-missing',
        file: 'two-positions.csv',
        params: { file: 'two-positions.csv', missing: '"when"', columns: 'reported, occurred, lng, lat, alt_lng, alt_lat, type' },
        choices: ['reported', 'occurred', 'lng', 'lat', 'alt_lng', 'alt_lat', 'type'],
      },
    });
    const second = await load([fixtureFile('policeUk'), fixtureFile('trailingEmptyLines')]);
    expect(second.ok === false && [second.error.code, second.error.file]).toEqual(['mapping-column-missing', 'trailing.csv']);
  });

  it('fails a mapping without a position', async () => {
    const result = await load([fixtureFile('twoPositions')], { date: 'reported', lng: 'lng' });
    expect(result.ok === false && [result.error.code, result.error.detail, result.error.file]).toEqual(['no-position-columns', 'given', 'two-positions.csv']);
  });
});
