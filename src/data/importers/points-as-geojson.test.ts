import { describe, expect, it } from 'vitest';
import { textFile } from '../../../test/helpers/bytes';
import { fixtureFile } from '../../../test/helpers/positions';
import { loadIncidentFiles } from '../load-incidents';
import { pointFormatOf } from './points-as-geojson';

describe('points in the formats of issue 19 go to the incident importer', () => {
  it('recognises which files it converts', () => {
    expect([
      pointFormatOf(fixtureFile('formats/cardiff-points.gpkg')),
      pointFormatOf(fixtureFile('formats/cardiff-points.parquet')),
      pointFormatOf(textFile('log.csv', 'date,WKT\n2024-01-05,POINT (-3.18 51.48)\n')),
      pointFormatOf(textFile('log.csv', 'date,lat,lng\n2024-01-05,51.48,-3.18\n')),
    ]).toEqual(['geopackage', 'geoparquet', 'csv-wkt', null]);
  });

  it('loads a CSV log with WKT points in British National Grid as incidents in WGS84', async () => {
    const log = textFile('hate-log.csv', 'Date,Category,WKT\n2024-01-05,Racial,"SRID=27700;POINT (318000 176000)"\n2024-02-11,Religious,"SRID=27700;POINT (318500 176500)"\n');
    const result = await loadIncidentFiles([log], { id: 'log' });
    if (!result.ok) throw new Error(`${result.error.code} ${JSON.stringify(result.error.params)}`);
    expect(result.value.count).toBe(2);
    // PROJ's cs2cs gives 51.47699 N, 3.18212 W for this grid point (OSTN15); the 7-parameter shift is within metres.
    expect([result.value.lng[0], result.value.lat[0]].map((value) => Math.round(value * 1e4) / 1e4)).toEqual([-3.1821, 51.477]);
    expect(result.value.report.warnings.map((warning) => warning.code)).toContain('reprojected-from-bng');
  });

  it('reaches the incident importer for a GeoPackage of points without dates, which names what is missing', async () => {
    const result = await loadIncidentFiles([fixtureFile('formats/cardiff-points.gpkg')], { id: 'points' });
    expect(result.ok ? null : [result.error.code, result.error.file]).toEqual(['no-date-column', 'cardiff-points.gpkg']);
  });

  it('passes on a broken file’s own error', async () => {
    const result = await loadIncidentFiles([{ name: 'stops.fgb', bytes: new ArrayBuffer(8) }], { id: 'x' });
    expect(result.ok ? null : [result.error.code, result.error.detail]).toEqual(['parse-failed', 'not-flatgeobuf']);
  });
});
