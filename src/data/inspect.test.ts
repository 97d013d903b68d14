import { describe, expect, it } from 'vitest';
import { textFile } from '../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { bngSquares, duplicateCodes, twoPoints, wgs84Squares } from '../../test/fixtures/boundaries/areas';
import { twoAreaObjects } from '../../test/fixtures/boundaries/topologies';
import { bboxOfGeometries } from '../geo/bbox';
import { inspectFiles } from './inspect';

const json = (name: string, value: unknown) => textFile(name, JSON.stringify(value));
const blank = { crs: null, bboxWgs84: null, codeField: null, nameField: null, warnings: [], errors: [] };

describe('inspectFiles', () => {
  it('reports areas, points and tables, each with its count', async () => {
    const { datasets } = await inspectFiles([
      json('squares.geojson', wgs84Squares),
      json('points.geojson', twoPoints),
      textFile('rates.csv', 'LSOA21CD,rate\nX01000001,"1,200"\nX01000002,5\n'),
    ]);
    expect(datasets).toEqual([
      {
        ...blank, file: 'squares.geojson', format: 'geojson', kind: 'areas', features: 3, crs: 'EPSG:4326',
        bboxWgs84: bboxOfGeometries(wgs84Squares.features.map((feature) => feature.geometry)), codeField: 'LSOA21CD', nameField: 'LSOA21NM',
      },
      { ...blank, file: 'points.geojson', format: 'geojson', kind: 'points', features: 2, crs: 'EPSG:4326', bboxWgs84: [-3.18, 51.48, -3.17, 51.49] },
      { ...blank, file: 'rates.csv', format: 'csv', kind: 'table', features: 2, codeField: 'LSOA21CD' },
    ]);
  });

  it('names the guessed CRS of BNG coordinates and passes the warning on', async () => {
    const [dataset] = (await inspectFiles([json('bng.geojson', bngSquares)])).datasets;
    expect([dataset.crs, dataset.codeField, dataset.nameField, dataset.warnings.length]).toEqual(['EPSG:27700 (guessed from coordinate range)', 'WD22CD', 'WD22NM', 1]);
  });

  it('fills errors for unreadable files and duplicate codes', async () => {
    const { datasets } = await inspectFiles([textFile('broken.geojson', '{"type":'), json('dupes.geojson', duplicateCodes), textFile('notes.txt', 'hi')]);
    expect(datasets.map((dataset) => [dataset.file, dataset.format, dataset.kind, dataset.features, dataset.errors.length])).toEqual([
      ['broken.geojson', 'geojson', 'unknown', 0, 1],
      ['dupes.geojson', 'geojson', 'areas', 3, 1],
      ['notes.txt', 'unknown', 'unknown', 0, 1],
    ]);
  });

  it('reports every area object of an ambiguous TopoJSON', async () => {
    const { datasets } = await inspectFiles([json('two.topojson', twoAreaObjects)]);
    expect(datasets.map((dataset) => [dataset.file, dataset.features, dataset.codeField])).toEqual([
      ['two.topojson (object "wards")', 1, 'WD22CD'],
      ['two.topojson (object "lsoas")', 2, 'LSOA21CD'],
    ]);
  });
});

describeWithSharedData('inspectFiles on real files', ['shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.shp', 'boundaries/wales/lsoa21_wales_and_border_centroids.geojson'], () => {
  it('reports the Cardiff shapefile in BNG and the centroid points', async () => {
    const parts = ['shp', 'dbf', 'prj', 'cpg'].map((extension) => ({ name: `cardiff_lsoa.${extension}`, bytes: readSharedBytes(`shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.${extension}`) }));
    const centroids = { name: 'centroids.geojson', bytes: readSharedBytes('boundaries/wales/lsoa21_wales_and_border_centroids.geojson') };
    const { datasets } = await inspectFiles([...parts, centroids]);
    expect(datasets.map(({ file, format, kind, features, crs, codeField, errors }) => ({ file, format, kind, features, crs, codeField, errors }))).toEqual([
      { file: 'cardiff_lsoa.shp', format: 'shapefile', kind: 'areas', features: 218, crs: 'EPSG:27700 (from .prj)', codeField: 'small_area', errors: [] },
      { file: 'centroids.geojson', format: 'geojson', kind: 'points', features: 2696, crs: 'EPSG:4326 (from crs member)', codeField: 'LSOA21CD', errors: [] },
    ]);
  });
});
