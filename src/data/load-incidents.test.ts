import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { incidentPoints } from '../../test/fixtures/incidents/points';
import { incidentTables } from '../../test/fixtures/incidents/tables';
import { textFile } from '../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes, sharedDataPath } from '../../test/helpers/shared-data';
import type { ImportResult, IncidentDataset, InputFile } from '../types';
import { loadIncidentFiles } from './load-incidents';

const table = (key: keyof typeof incidentTables, name = incidentTables[key].name) => textFile(name, incidentTables[key].text);

function datasetOf(result: ImportResult<IncidentDataset>): IncidentDataset {
  if (!result.ok) throw new Error(`expected a dataset, got ${JSON.stringify(result.error)}`);
  return result.value;
}

describe('loadIncidentFiles', () => {
  it('reads tables (.csv, .tsv, .txt) and GeoJSON points', async () => {
    const csv = datasetOf(await loadIncidentFiles([table('policeUk')], { id: 'a', label: 'Gwent May 2022' }));
    const txt = datasetOf(await loadIncidentFiles([table('tabSeparated', 'reports.txt')], { id: 'b' }));
    const geojson = datasetOf(await loadIncidentFiles([textFile('points.json', JSON.stringify(incidentPoints.mixed))], { id: 'c' }));
    expect([csv.label, csv.format, csv.count, txt.format, txt.count, geojson.format, geojson.count]).toEqual(['Gwent May 2022', 'police-uk-csv', 4, 'csv', 3, 'geojson', 3]);
  });

  it('refuses tables and GeoJSON in one call, naming the odd file', async () => {
    expect(await loadIncidentFiles([table('policeUk'), textFile('points.geojson', JSON.stringify(incidentPoints.mixed))], { id: 'x' })).toEqual({
      ok: false,
      error: {
        code: 'mixed-formats',
        file: 'points.geojson',
        params: { table: '2022-05-gwent-street.csv', geoJson: 'points.geojson' },
      },
    });
  });

  it('refuses files that are neither tables nor GeoJSON', async () => {
    const result = await loadIncidentFiles([textFile('areas.topojson', '{"type":"Topology","objects":{}}')], { id: 'x' });
    expect(result.ok === false && [result.error.code, result.error.file]).toEqual(['unknown-format', 'areas.topojson']);
  });
});

const GWENT_DIR = 'police/gwent';
const gwentNames = (() => {
  try {
    return readdirSync(sharedDataPath(GWENT_DIR)).filter((name) => name.endsWith('.csv')).sort();
  } catch {
    return [];
  }
})();
const sharedFile = (path: string): InputFile => ({ name: path.split('/').pop() as string, bytes: readSharedBytes(path) });

describeWithSharedData('loadIncidentFiles on real police.uk and ONS data', [GWENT_DIR, 'police/south-wales/2022-05-south-wales-street.csv', 'boundaries/wales/lsoa21_wales_and_border_centroids.geojson'], () => {
  it('reads the 34 monthly Gwent files as one dataset: 180,012 rows, 679 without a location', async () => {
    expect(gwentNames).toHaveLength(34);
    const files = gwentNames.map((name) => sharedFile(`${GWENT_DIR}/${name}`));
    const dataset = datasetOf(await loadIncidentFiles(files, { id: 'gwent' }));
    const months = new Set(dataset.timeMs);
    expect({
      format: dataset.format,
      count: dataset.count,
      rowsRead: dataset.report.rowsRead,
      rejected: dataset.report.rejected.map(({ reason, count }) => ({ reason, count })),
      firstExamples: dataset.report.rejected[0]?.examples,
      months: months.size,
      firstMonth: Math.min(...months),
      lastMonth: Math.max(...months),
      datePrecision: dataset.datePrecision,
      categories: dataset.categories.length,
      topCategory: dataset.categories[0],
      extraColumns: dataset.extraColumns.map(({ name, values }) => [name, values.length]),
      filesKept: dataset.report.files.reduce((sum, file) => sum + file.rowsKept, 0),
    }).toEqual({
      format: 'police-uk-csv',
      count: 179_333,
      rowsRead: 180_012,
      rejected: [{ reason: 'no-coordinates', count: 679 }],
      firstExamples: ['2020-01-gwent-street.csv:4572', '2020-01-gwent-street.csv:4573', '2020-01-gwent-street.csv:4574', '2020-01-gwent-street.csv:4575', '2020-01-gwent-street.csv:4576'],
      months: 34,
      firstMonth: Date.UTC(2020, 0, 1),
      lastMonth: Date.UTC(2022, 9, 1),
      datePrecision: 'month',
      categories: 14,
      topCategory: 'Violence and sexual offences',
      extraColumns: ['Crime ID', 'Reported by', 'Location', 'LSOA name', 'Last outcome category'].map((name) => [name, 179_333]),
      filesKept: 179_333,
    });
    // Every kept point is inside the UK box, and each row's LSOA code is kept for the join check.
    expect(dataset.bbox).toEqual([-5.29436, 50.209091, 1.437612, 55.128542]);
    expect(dataset.fileAreaCodes.every((code) => /^[EW]01\d{6}$/.test(code))).toBe(true);
  });

  it('recognises the South Wales copy with lower-case longitude/latitude: 11,401 rows, 448 without a location', async () => {
    const dataset = datasetOf(await loadIncidentFiles([sharedFile('police/south-wales/2022-05-south-wales-street.csv')], { id: 'south-wales' }));
    expect([dataset.detection.recognisedAs, dataset.detection.mapping, dataset.report.rowsRead, dataset.report.rowsKept, dataset.report.rejected.map(({ reason, count }) => ({ reason, count })), new Set(dataset.timeMs)]).toEqual([
      'police.uk street-level crime',
      { lng: 'longitude', lat: 'latitude', date: 'Month', category: 'Crime type', id: 'Crime ID', areaCode: 'LSOA code' },
      11_401,
      10_953,
      [{ reason: 'no-coordinates', count: 448 }],
      new Set([Date.UTC(2022, 4, 1)]),
    ]);
  });

  it('fails the ONS LSOA centroids (points without dates) with no-date-column, and reads all 2,696 once a date is added', async () => {
    const path = 'boundaries/wales/lsoa21_wales_and_border_centroids.geojson';
    const result = await loadIncidentFiles([sharedFile(path)], { id: 'centroids' });
    expect(result.ok === false && [result.error.code, result.error.choices]).toEqual(['no-date-column', ['LSOA21CD']]);

    const collection = JSON.parse(new TextDecoder().decode(readSharedBytes(path))) as { features: { properties: Record<string, unknown> }[] };
    for (const feature of collection.features) feature.properties.date = '2022-05-14';
    const dataset = datasetOf(await loadIncidentFiles([textFile('centroids-dated.geojson', JSON.stringify(collection))], { id: 'centroids' }));
    expect([dataset.count, dataset.report.rejected, dataset.detection.mapping, dataset.fileAreaCodes.length, dataset.categories]).toEqual([
      2_696,
      [],
      { date: 'date', areaCode: 'LSOA21CD' },
      2_696,
      [''],
    ]);
  });
});
