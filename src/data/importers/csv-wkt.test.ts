import { describe, expect, it } from 'vitest';
import { textFile } from '../../../test/helpers/bytes';
import { fixtureFile, largestGapM, positionsOf, sourceSquares, truncated } from '../../../test/helpers/positions';
import { hasWktColumn, parseCsvWktAreas } from './csv-wkt';

// cardiff-wkt.csv written by GDAL with GEOMETRY=AS_WKT in British National Grid (no CRS in the file).
describe('parseCsvWktAreas', () => {
  it('reads the GDAL-written CSV: BNG guessed from the range, within 5 m of the source (the 7-parameter shift)', () => {
    const result = parseCsvWktAreas(fixtureFile('formats/cardiff-wkt.csv'));
    if (!result.ok) throw new Error(result.error.code);
    expect([result.value.format, result.value.crs.source, result.value.crs.detectedBy]).toEqual(['csv-wkt', 'bng', 'coordinate-range']);
    expect(result.value.features.map((feature) => feature.properties)).toEqual([{ code: 'W01001689', name: 'Cathays' }, { code: 'W01001690', name: 'Butetown' }]);
    // GDAL's PROJ uses OSTN15-grade transformations where it has them; our 7-parameter shift is within ~5 m.
    expect(largestGapM(positionsOf(result.value), positionsOf(sourceSquares('cardiff')))).toBeLessThan(5);
  });

  it('reads an EWKT SRID, numbers as numbers and codes with leading zeros as text', () => {
    const result = parseCsvWktAreas(textFile('areas.csv', 'id,geom,count\n0123,"SRID=32630;POLYGON ((500000 5700000, 501000 5700000, 501000 5701000, 500000 5700000))",12\n'));
    expect(result.ok && [result.value.crs.name, result.value.features[0].properties]).toEqual(['WGS 84 / UTM zone 30N', { id: '0123', count: 12 }]);
  });

  it('recognises a WKT column by name or by its first value', () => {
    expect([
      hasWktColumn(textFile('a.csv', 'name,WKT\nx,"POLYGON ((0 0, 1 0, 1 1, 0 0))"\n')),
      hasWktColumn(textFile('b.csv', 'name,shape_text\nx,MULTIPOLYGON (((0 0, 1 0, 1 1, 0 0)))\n')),
      hasWktColumn(textFile('c.csv', 'name,lat,lng\nx,51.4,-3.1\n')),
    ]).toEqual([true, true, false]);
  });

  it('keeps rows up to a truncated last row, counting the cut one as without geometry', () => {
    const result = parseCsvWktAreas(truncated(fixtureFile('formats/cardiff-wkt.csv'), 0.8));
    expect(result.ok && [result.value.features.length, result.warnings.map((warning) => warning.code)]).toEqual([1, ['features-skipped-no-geometry', 'crs-from-coordinate-range']]);
  });

  it('refuses a file whose WKT is broken on every row, with the row and what was wrong', () => {
    const result = parseCsvWktAreas(textFile('broken.csv', 'code,WKT\nW1,"POLYGON ((0 0, 1 0"\n'));
    expect(result.ok ? null : result.error).toEqual({ code: 'parse-failed', detail: 'bad-wkt', file: 'broken.csv', params: { file: 'broken.csv', column: 'WKT', row: '2', reason: 'expected ")" at character 19' } });
  });

  it('says wrong-geometry for WKT points, empty for a header only, and refuses an SRID proj4 cannot read', () => {
    const points = parseCsvWktAreas(textFile('stops.csv', 'code,WKT\na,POINT (-3.18 51.48)\nb,POINT (-3.17 51.49)\n'));
    const empty = parseCsvWktAreas(textFile('empty.csv', 'code,WKT\n'));
    const unknown = parseCsvWktAreas(textFile('site.csv', 'code,WKT\na,"SRID=999999;POLYGON ((0 0, 1 0, 1 1, 0 0))"\n'));
    expect([points, empty, unknown].map((result) => (result.ok ? null : [result.error.code, result.error.detail ?? null]))).toEqual([['wrong-geometry', null], ['empty', 'header-only'], ['unsupported-crs', null]]);
  });
});
