import { describe, expect, it } from 'vitest';
import type { Position } from 'geojson';
import { textFile } from '../../../test/helpers/bytes';
import { deepFreeze } from '../../../test/helpers/freeze';
import { describeWithSharedData, readSharedBytes } from '../../../test/helpers/shared-data';
import { squareRing } from '../../../test/fixtures/boundaries/areas';
import { BNG_PRJ, IRISH_GRID_PRJ, UTM30N_PRJ, WGS84_PRJ } from '../../../test/fixtures/boundaries/prj';
import { buildShapefile, encodeLatin1, type DbfField, type ShapefileRecord } from '../../../test/fixtures/boundaries/shapefile-bytes';
import type { InputFile } from '../../types';
import { bngToWgs84 } from '../../geo/projection';
import { buildAreaDataset } from '../area-dataset';
import { parseShapefileAreas, type ShapefileParts } from './shapefile';

const FIELDS: DbfField[] = [
  { name: 'WD22CD', type: 'C', length: 9 },
  { name: 'WD22NM', type: 'C', length: 30 },
  { name: 'POP', type: 'N', length: 8 },
];

/** Two BNG squares in Cardiff, the second with a hole; a null shape in between. */
const BNG_RECORDS: ShapefileRecord[] = deepFreeze([
  { geometry: { type: 'Polygon', coordinates: [squareRing(318000, 176000, 1000)] }, properties: { WD22CD: 'W05001000', WD22NM: 'Castle', POP: 1520 } },
  { geometry: null, properties: { WD22CD: 'W05001002', WD22NM: 'Nowhere', POP: 0 } },
  {
    geometry: { type: 'Polygon', coordinates: [squareRing(319000, 176000, 1000), squareRing(319250, 176250, 500).reverse()] },
    properties: { WD22CD: 'W05001001', WD22NM: 'Docks', POP: null },
  },
]);

function partsOf(base: string, records: ShapefileRecord[], extra: { prj?: string; cpg?: string; encode?: (text: string) => Uint8Array } = {}): Required<Pick<ShapefileParts, 'shp' | 'dbf' | 'shx'>> & ShapefileParts {
  const bytes = buildShapefile(records, FIELDS, extra.encode);
  return {
    shp: { name: `${base}.shp`, bytes: bytes.shp },
    dbf: { name: `${base}.dbf`, bytes: bytes.dbf },
    shx: { name: `${base}.shx`, bytes: bytes.shx },
    ...(extra.prj !== undefined ? { prj: textFile(`${base}.prj`, extra.prj) } : {}),
    ...(extra.cpg !== undefined ? { cpg: textFile(`${base}.cpg`, extra.cpg) } : {}),
  };
}

const toWgs84Rings = (rings: Position[][]) => rings.map((ring) => ring.map(([x, y]) => bngToWgs84(x, y)));

describe('parseShapefileAreas', () => {
  it('reads a BNG shapefile with a .prj: reprojects, keeps the hole, skips the null shape', async () => {
    const result = await parseShapefileAreas(partsOf('wards', BNG_RECORDS, { prj: BNG_PRJ, cpg: 'UTF-8' }));
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    expect(result.value.crs).toEqual({ source: 'bng', detectedBy: 'prj', declared: BNG_PRJ });
    expect(result.value.files).toEqual(['wards.shp', 'wards.dbf', 'wards.prj', 'wards.cpg', 'wards.shx']);
    expect(result.value.features).toEqual([
      // The shapefile reader returns rings in file order: outer rings clockwise, holes anticlockwise (ESRI).
      { type: 'Feature', id: 0, geometry: { type: 'Polygon', coordinates: toWgs84Rings([[...squareRing(318000, 176000, 1000)].reverse()]) }, properties: { WD22CD: 'W05001000', WD22NM: 'Castle', POP: 1520 } },
      {
        type: 'Feature',
        id: 1,
        geometry: { type: 'Polygon', coordinates: toWgs84Rings([[...squareRing(319000, 176000, 1000)].reverse(), squareRing(319250, 176250, 500)]) },
        properties: { WD22CD: 'W05001001', WD22NM: 'Docks', POP: null },
      },
    ]);
    expect(result.warnings.map((warning) => [warning.code, warning.count ?? null, warning.examples ?? null])).toEqual([
      ['features-skipped-no-geometry', 1, ['2']],
      ['reprojected-from-bng', null, null],
    ]);
  });

  it('guesses the CRS from the coordinates without a .prj and says so', async () => {
    const result = await parseShapefileAreas(partsOf('wards', BNG_RECORDS.slice(0, 1)));
    expect(result.ok && [result.value.crs, result.warnings.map((warning) => warning.code)]).toEqual([
      { source: 'bng', detectedBy: 'coordinate-range' },
      ['missing-prj'],
    ]);
  });

  it('reads a WGS84 shapefile without reprojecting', async () => {
    const records: ShapefileRecord[] = [{ geometry: { type: 'Polygon', coordinates: [squareRing(-3.2, 51.48, 0.01)] }, properties: { WD22CD: 'X05000001', WD22NM: 'A', POP: 1 } }];
    const result = await parseShapefileAreas(partsOf('wgs', records, { prj: WGS84_PRJ }));
    expect(result.ok && [result.value.crs.source, result.value.features[0].geometry, result.warnings]).toEqual(['wgs84', { type: 'Polygon', coordinates: [[...squareRing(-3.2, 51.48, 0.01)].reverse()] }, []]);
  });

  it('decodes Windows-1252 attributes named by the .cpg', async () => {
    const records: ShapefileRecord[] = [{ geometry: BNG_RECORDS[0].geometry, properties: { WD22CD: 'W05000001', WD22NM: 'Ynys Môn – Llanfaethlu', POP: 1 } }];
    const parts = partsOf('anglesey', records, { prj: BNG_PRJ, cpg: 'ANSI 1252', encode: (text) => Uint8Array.from(text, (char) => (char === '–' ? 0x96 : char.charCodeAt(0))) });
    const result = await parseShapefileAreas(parts);
    expect(result.ok && result.value.features[0].properties.WD22NM).toBe('Ynys Môn – Llanfaethlu');
  });

  it('falls back to Windows-1252 with a warning when there is no .cpg and the text is not UTF-8', async () => {
    const records: ShapefileRecord[] = [{ geometry: BNG_RECORDS[0].geometry, properties: { WD22CD: 'W05000001', WD22NM: 'Ynys Môn', POP: 1 } }];
    const result = await parseShapefileAreas(partsOf('anglesey', records, { prj: BNG_PRJ, encode: encodeLatin1 }));
    expect(result.ok && [result.value.features[0].properties.WD22NM, result.warnings.map((warning) => [warning.code, warning.file])]).toEqual([
      'Ynys Môn',
      [['unknown-encoding', 'anglesey.dbf'], ['reprojected-from-bng', 'anglesey.shp']],
    ]);
  });

  it('rejects a .shp without its .dbf', async () => {
    const { shp, prj } = partsOf('wards', BNG_RECORDS, { prj: BNG_PRJ });
    expect(await parseShapefileAreas({ shp, prj })).toEqual({
      ok: false,
      error: { code: 'missing-dbf', file: 'wards.shp', params: { file: 'wards.shp', dbf: 'wards.dbf' } },
    });
  });

  it('rejects a .dbf and .prj without the .shp', async () => {
    const { dbf, prj } = partsOf('wards', BNG_RECORDS, { prj: BNG_PRJ });
    const result = await parseShapefileAreas({ dbf, prj });
    expect(result.ok ? null : [result.error.code, result.error.file]).toEqual(['missing-shp', 'wards.dbf']);
  });

  it('rejects a .prj proj4 cannot read as unsupported-crs, naming it', async () => {
    const result = await parseShapefileAreas(partsOf('wards', BNG_RECORDS, { prj: 'LOCAL_CS["Site grid",UNIT["Meter",1]]' }));
    expect(result.ok ? null : result.error).toEqual({ code: 'unsupported-crs', detail: 'prj', file: 'wards.prj', params: { file: 'wards.prj', crs: 'Site grid' } });
  });

  it.each([
    ['Irish Grid', IRISH_GRID_PRJ, 'TM65_Irish_Grid'],
    ['UTM zone 30N', UTM30N_PRJ, 'WGS_1984_UTM_Zone_30N'],
  ])('reads a .prj in %s through proj4 and names it', async (_label, prj, name) => {
    const result = await parseShapefileAreas(partsOf('wards', BNG_RECORDS, { prj }));
    expect(result.ok && [result.value.crs.source, result.value.crs.name, result.warnings.map((warning) => warning.code)]).toEqual(['projected', name, ['features-skipped-no-geometry', 'reprojected-from-crs']]);
  });

  it('rejects a shapefile of points as wrong-geometry', async () => {
    const points: ShapefileRecord[] = [
      { geometry: { type: 'Point', coordinates: [318000, 176000] }, properties: { WD22CD: 'a', WD22NM: 'b', POP: 1 } },
      { geometry: { type: 'Point', coordinates: [318500, 176500] }, properties: { WD22CD: 'c', WD22NM: 'd', POP: 2 } },
    ];
    const result = await parseShapefileAreas(partsOf('stops', points, { prj: BNG_PRJ }));
    expect(result.ok ? null : [result.error.code, result.error.params]).toEqual(['wrong-geometry', { file: 'stops.shp', found: 'Point (2)', expected: 'areas' }]);
  });

  it('rejects a .shp that is not a shapefile', async () => {
    const { dbf } = partsOf('wards', BNG_RECORDS);
    const result = await parseShapefileAreas({ shp: textFile('wards.shp', 'not a shapefile at all'), dbf });
    expect(result.ok ? null : [result.error.code, result.error.file]).toEqual(['parse-failed', 'wards.shp']);
  });
});

const CARDIFF = ['cpg', 'dbf', 'prj', 'shp', 'shx'].map((extension) => `shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.${extension}`);
const readPart = (path: string): InputFile => ({ name: path.split('/').pop()!, bytes: readSharedBytes(path) });

describeWithSharedData('parseShapefileAreas on the Cardiff LSOA 2021 shapefile (BNG)', [...CARDIFF, 'boundaries/wales/lsoa21_wales_and_border.geojson'], () => {
  it('reads 218 LSOAs with small_area codes, reprojected into Cardiff, matching the ONS WGS84 boundaries within 100 m', async () => {
    const [cpg, dbf, prj, shp, shx] = CARDIFF.map(readPart);
    const result = await parseShapefileAreas({ shp, dbf, prj, cpg, shx });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const dataset = buildAreaDataset(result.value, { id: 'cardiff', label: 'Cardiff LSOA' });
    if (!dataset.ok) throw new Error(JSON.stringify(dataset.error));
    const [minLng, minLat, maxLng, maxLat] = dataset.value.bbox;
    expect({
      features: dataset.value.features.length,
      codeField: dataset.value.codeField,
      level: dataset.value.level,
      allWelshLsoa: dataset.value.areaCodes.every((code) => /^W01\d{6}$/.test(code)),
      withinCardiff: minLng > -3.35 && maxLng < -3.05 && minLat > 51.37 && maxLat < 51.57,
      crs: dataset.value.crs.source,
      warnings: [...result.warnings, ...dataset.warnings].map((warning) => warning.code),
    }).toEqual({ features: 218, codeField: 'small_area', level: 'lsoa', allWelshLsoa: true, withinCardiff: true, crs: 'bng', warnings: ['reprojected-from-bng'] });

    // The same LSOAs from ONS in WGS84 (super-generalised, so it keeps a subset of the vertices): nearly
    // every ONS vertex should sit on one of our reprojected vertices, up to the Helmert-vs-OSTN15 difference.
    const reference = JSON.parse(new TextDecoder().decode(readSharedBytes('boundaries/wales/lsoa21_wales_and_border.geojson'))) as {
      features: { properties: { LSOA21CD: string }; geometry: { coordinates: Position[][][] } }[];
    };
    const byCode = new Map(reference.features.map((feature) => [feature.properties.LSOA21CD, feature.geometry.coordinates.flat(2)]));
    const nearestVertexM = dataset.value.features.flatMap((feature, index) => {
      const ours = feature.geometry.type === 'Polygon' ? feature.geometry.coordinates.flat() : feature.geometry.coordinates.flat(2);
      return byCode.get(dataset.value.areaCodes[index])!.map((theirs) =>
        Math.min(...ours.map((our) => Math.hypot((our[0] - theirs[0]) * 69_500, (our[1] - theirs[1]) * 111_320))),
      );
    });
    nearestVertexM.sort((a, b) => a - b);
    expect(nearestVertexM.length).toBeGreaterThan(1500);
    expect(nearestVertexM[Math.floor(nearestVertexM.length * 0.5)]).toBeLessThan(2);
    expect(nearestVertexM[Math.floor(nearestVertexM.length * 0.9)]).toBeLessThan(5);
  });
});

const ENGLAND_LAD = ['dbf', 'prj', 'shp', 'shx'].map((extension) => `shapefiles/england_lad_2011_gen/england_lad_2011_gen.${extension}`);

describeWithSharedData('parseShapefileAreas on the England LAD 2011 shapefile', ENGLAND_LAD, () => {
  it('reads 326 districts with the code in "label" and the name in "name"', async () => {
    const [dbf, prj, shp, shx] = ENGLAND_LAD.map(readPart);
    const result = await parseShapefileAreas({ shp, dbf, prj, shx });
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    const dataset = buildAreaDataset(result.value, { id: 'lad', label: 'LAD' });
    expect(dataset.ok && [dataset.value.features.length, dataset.value.codeField, dataset.value.nameField, dataset.value.level, dataset.warnings]).toEqual([
      326, 'label', 'name', 'local-authority', [],
    ]);
  });
});
