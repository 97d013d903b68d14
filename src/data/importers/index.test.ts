import { describe, expect, it } from 'vitest';
import { zipSync } from 'fflate';
import { textFile } from '../../../test/helpers/bytes';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { bngSquares, wgs84Squares } from '../../../test/fixtures/boundaries/areas';
import { BNG_PRJ } from '../../../test/fixtures/boundaries/prj';
import { buildShapefile } from '../../../test/fixtures/boundaries/shapefile-bytes';
import { twoAreaObjects } from '../../../test/fixtures/boundaries/topologies';
import type { InputFile } from '../../types';
import { detectFormat, importBoundaryFiles } from './index';

const json = (name: string, value: unknown) => textFile(name, JSON.stringify(value));
const bytesOf = (file: InputFile) => new Uint8Array(file.bytes);
const zipFile = (name: string, entries: Record<string, Uint8Array>): InputFile => {
  const zipped = zipSync(entries);
  return { name, bytes: zipped.buffer.slice(zipped.byteOffset, zipped.byteOffset + zipped.byteLength) as ArrayBuffer };
};

const wardShapefile = buildShapefile(
  bngSquares.features.map((feature) => ({ geometry: feature.geometry as never, properties: feature.properties as Record<string, string> })),
  [{ name: 'WD22CD', type: 'C', length: 9 }, { name: 'WD22NM', type: 'C', length: 20 }],
);

describe('detectFormat', () => {
  it.each([
    ['wards.geojson', '{}', 'geojson'],
    ['wards.topojson', '{}', 'topojson'],
    ['wards.json', '{"type":"Topology","objects":{},"arcs":[]}', 'topojson'],
    ['wards.json', '{"type":"FeatureCollection","features":[]}', 'geojson'],
    ['WARDS.SHP', '', 'shapefile-part'],
    ['wards.dbf', '', 'shapefile-part'],
    ['wards.prj', '', 'shapefile-part'],
    ['wards.cpg', '', 'shapefile-part'],
    ['wards.shp.xml', '', 'shapefile-part'],
    ['wards.zip', '', 'zip'],
    ['incidents.csv', 'a,b\n1,2', 'csv'],
    ['download', '{ "arcs": [], "type" : "Topology" }', 'topojson'],
    ['download', '{"type": "Feature", "geometry": null}', 'geojson'],
    ['notes.txt', 'hello', 'unknown'],
  ])('%s (%s) is %s', (name, text, expected) => {
    expect(detectFormat(textFile(name, text))).toBe(expected);
  });

  it('sniffs zip magic and the .shp file code in files without an extension', () => {
    expect(detectFormat(zipFile('download', { 'a.geojson': new Uint8Array([123, 125]) }))).toBe('zip');
    expect(detectFormat({ name: 'download', bytes: wardShapefile.shp })).toBe('shapefile-part');
  });
});

describe('importBoundaryFiles', () => {
  it('groups loose shapefile parts by name (any case), one result per dataset in input order', async () => {
    const progress: number[] = [];
    const results = await importBoundaryFiles(
      [
        json('first.geojson', wgs84Squares),
        { name: 'Wards.DBF', bytes: wardShapefile.dbf },
        textFile('notes.txt', 'not boundaries'),
        { name: 'wards.shp', bytes: wardShapefile.shp },
        textFile('wards.prj', BNG_PRJ),
      ],
      { onProgress: (fraction) => progress.push(fraction) },
    );
    expect(results.map((result) => (result.ok ? { files: result.value.files, areas: result.value.features.length } : result.error.code))).toEqual([
      { files: ['first.geojson'], areas: 3 },
      { files: ['wards.shp', 'Wards.DBF', 'wards.prj'], areas: 2 },
      'unknown-format',
    ]);
    expect(results[2].ok ? null : results[2].error.file).toBe('notes.txt');
    expect(progress).toEqual([0, 1 / 3, 2 / 3, 1]);
  });

  it('expands a zip holding two shapefile sets and a README, ignoring __MACOSX and dot-files', async () => {
    const zip = zipFile('sets.zip', {
      'wards/wards.shp': bytesOf({ name: '', bytes: wardShapefile.shp }),
      'wards/wards.dbf': bytesOf({ name: '', bytes: wardShapefile.dbf }),
      'wards/wards.prj': new TextEncoder().encode(BNG_PRJ),
      'copy/wards.shp': bytesOf({ name: '', bytes: wardShapefile.shp }),
      'copy/wards.dbf': bytesOf({ name: '', bytes: wardShapefile.dbf }),
      '__MACOSX/wards/._wards.shp': new Uint8Array([0, 5, 22, 7]),
      'wards/.DS_Store': new Uint8Array([0]),
      'README.txt': new TextEncoder().encode('Ward boundaries'),
    });
    const results = await importBoundaryFiles([zip]);
    expect(results.map((result) => (result.ok ? [result.value.files, result.warnings.map((warning) => warning.code)] : result.error.code))).toEqual([
      [['sets.zip/wards/wards.shp', 'sets.zip/wards/wards.dbf', 'sets.zip/wards/wards.prj'], ['reprojected-from-bng', 'extra-files-ignored']],
      [['sets.zip/copy/wards.shp', 'sets.zip/copy/wards.dbf'], ['missing-prj', 'extra-files-ignored']],
    ]);
  });

  it('reads GeoJSON and TopoJSON inside a zip, passing the TopoJSON object choice on', async () => {
    const zip = zipFile('mixed.zip', {
      'areas.geojson': new TextEncoder().encode(JSON.stringify(wgs84Squares)),
      'both.topojson': new TextEncoder().encode(JSON.stringify(twoAreaObjects)),
    });
    const results = await importBoundaryFiles([zip], { topojsonObject: 'wards' });
    expect(results.map((result) => (result.ok ? [result.value.format, result.value.features.length] : result.error.code))).toEqual([
      ['geojson', 3],
      ['topojson', 1],
    ]);
  });

  it.each([
    ['a damaged zip', textFile('broken.zip', 'PK\u0003\u0004 this is not really a zip'), 'bad-zip'],
    ['a zip with only a PDF', zipFile('docs.zip', { 'guide.pdf': new Uint8Array([37, 80, 68, 70]) }), 'unknown-format'],
    ['a zip with nothing but macOS clutter', zipFile('empty.zip', { '__MACOSX/._x': new Uint8Array([1]) }), 'empty'],
    ['a CSV table', textFile('rates.csv', 'code,rate\nE01000001,3'), 'unknown-format'],
    ['a .dbf on its own', { name: 'wards.dbf', bytes: wardShapefile.dbf }, 'missing-shp'],
  ])('reports %s', async (_label, file, code) => {
    const [result] = await importBoundaryFiles([file]);
    expect(result.ok ? null : { code: result.error.code, file: result.error.file }).toEqual({ code, file: file.name });
  });
});

const CARDIFF = ['shp', 'dbf', 'prj', 'cpg', 'shx'].map((extension) => `shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.${extension}`);

describeWithSharedData('importBoundaryFiles on the zipped Cardiff shapefile', CARDIFF, () => {
  it('reads the same 218 areas from a zip as from the loose files', async () => {
    const loose = CARDIFF.map((path) => ({ name: path.split('/').pop()!, bytes: readSharedBytes(path) }));
    const zip = zipFile('cardiff.zip', Object.fromEntries(loose.map((file) => [`cardiff_lsoa21_bng/${file.name}`, bytesOf(file)])));
    const [fromLoose] = await importBoundaryFiles(loose);
    const [fromZip] = await importBoundaryFiles([zip]);
    if (!fromLoose.ok || !fromZip.ok) throw new Error('Cardiff shapefile did not load');
    expect(fromZip.value.features).toEqual(fromLoose.value.features);
    expect(fromZip.value.features).toHaveLength(218);
    expect(fromZip.value.files).toEqual(loose.map((file) => `cardiff.zip/cardiff_lsoa21_bng/${file.name}`));
  });
});
