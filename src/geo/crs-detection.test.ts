import { describe, expect, it } from 'vitest';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { detectCrsFromName, detectCrsFromPrj, guessCrsFromCoordinateRange } from './crs-detection';

const OGC_BNG =
  'PROJCS["OSGB 1936 / British National Grid",GEOGCS["OSGB 1936",DATUM["OSGB_1936",SPHEROID["Airy 1830",6377563.396,299.3249646,' +
  'AUTHORITY["EPSG","7001"]],TOWGS84[446.448,-125.157,542.06,0.15,0.247,0.842,-20.489],AUTHORITY["EPSG","6277"]],' +
  'PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4277"]],PROJECTION["Transverse_Mercator"],' +
  'PARAMETER["latitude_of_origin",49],PARAMETER["central_meridian",-2],PARAMETER["scale_factor",0.9996012717],' +
  'PARAMETER["false_easting",400000],PARAMETER["false_northing",-100000],UNIT["metre",1],AUTHORITY["EPSG","27700"]]';
const ESRI_WGS84 =
  'GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]]';
const OGC_WGS84 =
  'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563]],PRIMEM["Greenwich",0],UNIT["degree",0.0174532925199433],AUTHORITY["EPSG","4326"]]';
const ESRI_IRISH_GRID =
  'PROJCS["TM65_Irish_Grid",GEOGCS["GCS_TM65",DATUM["D_TM65",SPHEROID["Airy_Modified",6377340.189,299.3249646]],PRIMEM["Greenwich",0.0],' +
  'UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",200000.0],PARAMETER["False_Northing",250000.0],' +
  'PARAMETER["Central_Meridian",-8.0],PARAMETER["Scale_Factor",1.000035],PARAMETER["Latitude_Of_Origin",53.5],UNIT["Meter",1.0]]';
const ESRI_UTM30 =
  'PROJCS["WGS_1984_UTM_Zone_30N",GEOGCS["GCS_WGS_1984",DATUM["D_WGS_1984",SPHEROID["WGS_1984",6378137.0,298.257223563]],PRIMEM["Greenwich",0.0],' +
  'UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",500000.0],PARAMETER["False_Northing",0.0],' +
  'PARAMETER["Central_Meridian",-3.0],PARAMETER["Scale_Factor",0.9996],PARAMETER["Latitude_Of_Origin",0.0],UNIT["Meter",1.0]]';
const UNNAMED_OSGB_TM =
  'PROJCS["Custom",GEOGCS["GCS_OSGB_1936",DATUM["D_OSGB_1936",SPHEROID["Airy_1830",6377563.396,299.3249646]],PRIMEM["Greenwich",0],' +
  'UNIT["Degree",0.017453292519943295]],PROJECTION["Transverse_Mercator"],PARAMETER["latitude_of_origin",49],PARAMETER["central_meridian",-2],' +
  'PARAMETER["scale_factor",0.9996012717],PARAMETER["false_easting",400000],PARAMETER["false_northing",-100000],UNIT["Meter",1]]';

describe('detectCrsFromPrj', () => {
  it.each([
    ['OGC WKT for EPSG:27700', OGC_BNG, { kind: 'bng' }],
    ['OSGB36 transverse mercator with BNG parameters but another name', UNNAMED_OSGB_TM, { kind: 'bng' }],
    ['ESRI WKT for WGS 84', ESRI_WGS84, { kind: 'wgs84' }],
    ['OGC WKT for WGS 84', OGC_WGS84, { kind: 'wgs84' }],
    ['Irish Grid, through proj4', ESRI_IRISH_GRID, { kind: 'projected', crs: { name: 'TM65_Irish_Grid', definition: ESRI_IRISH_GRID, code: null, shiftAccuracyM: 1, shiftMissing: false, geographic: false } }],
    ['UTM zone 30N, through proj4', ESRI_UTM30, { kind: 'projected', crs: { name: 'WGS_1984_UTM_Zone_30N', definition: ESRI_UTM30, code: null, shiftAccuracyM: 0, shiftMissing: false, geographic: false } }],
    ['a local grid proj4 cannot read', 'LOCAL_CS["Site grid",UNIT["Meter",1]]', { kind: 'unsupported', name: 'Site grid' }],
    ['an empty file', '', { kind: 'unsupported', name: 'an empty .prj' }],
  ])('reads %s', (_label, wkt, expected) => {
    expect(detectCrsFromPrj(wkt)).toEqual(expected);
  });
});

describeWithSharedData(
  'detectCrsFromPrj on real .prj files',
  ['shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.prj', 'shapefiles/england_lad_2011_gen/england_lad_2011_gen.prj'],
  () => {
    it('recognises both ESRI spellings of British National Grid', () => {
      const read = (path: string) => new TextDecoder().decode(readSharedBytes(path));
      expect(detectCrsFromPrj(read('shapefiles/cardiff_lsoa21_bng/cardiff_lsoa.prj'))).toEqual({ kind: 'bng' });
      expect(detectCrsFromPrj(read('shapefiles/england_lad_2011_gen/england_lad_2011_gen.prj'))).toEqual({ kind: 'bng' });
    });
  },
);

describe('detectCrsFromName', () => {
  it.each([
    ['EPSG:27700', { kind: 'bng' }],
    ['urn:ogc:def:crs:EPSG::27700', { kind: 'bng' }],
    ['http://www.opengis.net/def/crs/EPSG/0/27700', { kind: 'bng' }],
    ['urn:ogc:def:crs:OGC:1.3:CRS84', { kind: 'wgs84' }],
    ['EPSG:4326', { kind: 'wgs84' }],
    ['http://www.opengis.net/def/crs/EPSG/0/32630', { kind: 'projected', crs: { name: 'WGS 84 / UTM zone 30N', definition: '+proj=utm +zone=30 +datum=WGS84 +units=m +no_defs', code: 32630, shiftAccuracyM: 0, shiftMissing: false, geographic: false } }],
    ['EPSG:123456', { kind: 'unsupported', name: 'EPSG:123456' }],
  ])('reads %s', (name, expected) => {
    expect(detectCrsFromName(name)).toEqual(expected);
  });

  it('reads Irish Grid codes through the registry, named', () => {
    expect(detectCrsFromName('urn:ogc:def:crs:EPSG::29903')).toMatchObject({ kind: 'projected', crs: { name: 'TM75 / Irish Grid', code: 29903, shiftAccuracyM: 1 } });
  });
});

describe('guessCrsFromCoordinateRange', () => {
  it.each([
    ['Cardiff in degrees', [-3.34, 51.38, -3.07, 51.56], 'wgs84'],
    ['Cardiff in BNG metres', [306886, 164586, 325933, 185259], 'bng'],
    ['England LADs in BNG metres', [82645, 5349, 655977, 657600], 'bng'],
    ['UTM-like northings far beyond the grid', [400000, 5_700_000, 420000, 5_720_000], 'unknown'],
    ['negative metres far outside the grid', [-500000, -400000, -300000, -200000], 'unknown'],
    ['an empty box', [Infinity, Infinity, -Infinity, -Infinity], 'unknown'],
  ] as const)('classifies %s', (_label, bbox, expected) => {
    expect(guessCrsFromCoordinateRange(bbox)).toBe(expected);
  });
});
