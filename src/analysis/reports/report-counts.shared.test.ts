import { readFileSync } from 'node:fs';
import Papa from 'papaparse';
import { expect, it } from 'vitest';
import type { AreaDataset } from '../../types';
import { describeWithSharedData, sharedDataPath } from '../../../test/helpers/shared-data';
import { handReports } from '../../../test/fixtures/reports/reports';
import { countReportsByAreaAndMonth } from './report-counts';
import { NO_REPORT_FILTER } from './report-filter';
import { reportAreaIndex } from './report-areas';

const LSOAS = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const CRIMES = 'police/gwent/2020-01-gwent-street.csv';

describeWithSharedData('tension reports on real Caerphilly LSOAs (ONS 2011, police.uk points)', [LSOAS, CRIMES], () => {
  it('places reports given only as points in the LSOA police.uk names for them, and counts them by month', () => {
    const collection = JSON.parse(readFileSync(sharedDataPath(LSOAS), 'utf8')) as { features: { properties: { LSOA11CD: string }; geometry: AreaDataset['features'][number]['geometry'] }[] };
    const areas = {
      areaCodes: collection.features.map((f) => f.properties.LSOA11CD),
      features: collection.features.map((f, id) => ({ type: 'Feature' as const, id, geometry: f.geometry, properties: {} })),
    };
    const codes = new Set(areas.areaCodes);
    const crimes = Papa.parse<Record<string, string>>(readFileSync(sharedDataPath(CRIMES), 'utf8'), { header: true, skipEmptyLines: true }).data
      .filter((row) => codes.has(row['LSOA code']) && row.Longitude !== '');
    // Each crime as a report known only by its point (police.uk points are snapped to nearby map points).
    const reports = crimes.map((row, i) => ({ ...handReports[0], id: `r${i}`, timeMs: Date.UTC(2020, 0, 15), place: { position: [Number(row.Longitude), Number(row.Latitude)] as [number, number] } }));
    const { counts, outside } = countReportsByAreaAndMonth(reports, NO_REPORT_FILTER, areas);
    const placedAsPolice = crimes.filter((row, i) => areas.areaCodes[reportAreaIndex(reports[i].place, areas)] === row['LSOA code']).length;
    expect({ reports: reports.length, outside, months: [...new Set(counts.map((c) => c.month))], counted: counts.reduce((sum, c) => sum + c.count, 0), placedAsPolice }).toEqual({
      // Every one of the 1,196 crimes police.uk puts in a Caerphilly LSOA falls in one of its polygons; 1,173 (98%)
      // in the very LSOA police.uk names (its snapped map points sit on or near LSOA edges for the rest).
      reports: 1196, outside: 0, months: ['2020-01'], counted: 1196, placedAsPolice: 1173,
    });
  });
});
