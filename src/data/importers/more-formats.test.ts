import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { fixtureFile } from '../../../test/helpers/positions';
import { identifyFiles } from '../file-kind';
import { detectFormat } from './format-detection';
import { importBoundaryFiles } from './index';

const FILES = ['belfast-irish-grid.gpkg', 'cardiff.kml', 'cardiff.kmz', 'cardiff-wkt.csv', 'belfast-itm.fgb', 'cardiff-wgs84.parquet'];

describe('the file registry and the boundary importer with the formats of issue 19', () => {
  it('detects each format by extension, and by content when the name says nothing', () => {
    expect(FILES.map((name) => detectFormat(fixtureFile(`formats/${name}`)))).toEqual(['geopackage', 'kml', 'kml', 'csv', 'flatgeobuf', 'geoparquet']);
    const unnamed = (name: string) => ({ ...fixtureFile(`formats/${name}`), name: 'download' });
    expect(['belfast-irish-grid.gpkg', 'cardiff.kml', 'belfast-itm.fgb', 'cardiff-wgs84.parquet'].map((name) => detectFormat(unnamed(name)))).toEqual(['geopackage', 'kml', 'flatgeobuf', 'geoparquet']);
  });

  it('identifies every one as boundaries in the worker’s registry (the CSV by its WKT column)', () => {
    expect(identifyFiles(FILES.map((name) => fixtureFile(`formats/${name}`))).map((decision) => [decision.kind, decision.reason])).toEqual([
      ['boundaries', 'boundary-format'], ['boundaries', 'boundary-format'], ['boundaries', 'boundary-format'],
      ['boundaries', 'wkt-column'], ['boundaries', 'boundary-format'], ['boundaries', 'boundary-format'],
    ]);
  });

  it('imports each through importBoundaryFiles, also from inside a zip', async () => {
    const files = FILES.map((name) => fixtureFile(`formats/${name}`));
    const zipped = zipSync({ 'inner/areas.gpkg': new Uint8Array(files[0].bytes) });
    const results = await importBoundaryFiles([...files, { name: 'set.zip', bytes: zipped.buffer.slice(0) as ArrayBuffer }]);
    expect(results.map((result) => (result.ok ? [result.value.format, result.value.features.length] : result.error.code))).toEqual([
      ['geopackage', 2], ['kml', 2], ['kml', 2], ['csv-wkt', 2], ['flatgeobuf', 2], ['geoparquet', 2], ['geopackage', 2],
    ]);
  });
});
