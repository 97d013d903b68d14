import { describe, expect, it } from 'vitest';
import { converterToWgs84, epsgCodeOf, readCrs } from './crs-proj4';

const ESRI_IRISH_GRID = 'PROJCS["TM75_Irish_Grid",GEOGCS["GCS_TM75",DATUM["D_TM75",SPHEROID["Airy_Modified",6377340.189,299.3249646]],PRIMEM["Greenwich",0.0],UNIT["Degree",0.0174532925199433]],PROJECTION["Transverse_Mercator"],PARAMETER["False_Easting",200000.0],PARAMETER["False_Northing",250000.0],PARAMETER["Central_Meridian",-8.0],PARAMETER["Scale_Factor",1.000035],PARAMETER["Latitude_Of_Origin",53.5],UNIT["Meter",1.0]]';
const UNKNOWN_DATUM = ESRI_IRISH_GRID.replace('D_TM75', 'D_Somewhere_Else').replace('TM75_Irish_Grid', 'Local_Grid');

describe('readCrs', () => {
  it('reads ESRI WKT of Irish Grid, putting back the TM75 datum shift ESRI leaves out', () => {
    expect(readCrs(ESRI_IRISH_GRID)).toEqual({ name: 'TM75_Irish_Grid', definition: ESRI_IRISH_GRID, code: null, shiftAccuracyM: 1, shiftMissing: false, geographic: false });
  });

  it('reads EPSG names from the registry, including WGS84 UTM zones proj4 knows', () => {
    expect([readCrs('EPSG:29903')?.name, readCrs('urn:ogc:def:crs:EPSG::2157')?.name, readCrs('EPSG:32630')?.name, readCrs('EPSG:32730')?.definition]).toEqual([
      'TM75 / Irish Grid',
      'IRENET95 / Irish Transverse Mercator',
      'WGS 84 / UTM zone 30N',
      '+proj=utm +zone=30 +south +datum=WGS84 +units=m +no_defs',
    ]);
  });

  it('reports a datum with no known shift, and refuses only what proj4 cannot read', () => {
    expect(readCrs(UNKNOWN_DATUM)).toMatchObject({ name: 'Local_Grid', shiftMissing: true, shiftAccuracyM: null });
    expect([readCrs('LOCAL_CS["Site grid"]'), readCrs('EPSG:999999'), readCrs('not a coordinate system')]).toEqual([null, null, null]);
  });

  it('finds the trailing EPSG authority of WKT1, WKT2 and PROJJSON', () => {
    expect([
      epsgCodeOf('PROJCS["x",GEOGCS["y"],AUTHORITY["EPSG","29903"]]'),
      epsgCodeOf('PROJCRS["x",BASEGEOGCRS["y"],ID["EPSG",2157]]'),
      epsgCodeOf('{"type":"ProjectedCRS","name":"x","id":{"authority":"EPSG","code":32630}}'),
      epsgCodeOf('PROJCS["x"]'),
    ]).toEqual([29903, 2157, 32630, null]);
  });
});

describe('converterToWgs84', () => {
  // Belfast City Hall: Irish Grid J 33 74 area; WGS84 54.5965° N, 5.9301° W (within metres).
  it('converts Irish Grid to WGS84 the same from ESRI WKT and from EPSG:29903', () => {
    const fromWkt = converterToWgs84(ESRI_IRISH_GRID)(333800, 374000);
    const fromCode = converterToWgs84(readCrs('EPSG:29903')!.definition)(333800, 374000);
    // Within 1e-6° (about 0.1 m): the WKT spells the Airy Modified flattening to 7 decimals.
    expect(fromWkt[0]).toBeCloseTo(fromCode[0], 6);
    expect(fromWkt[1]).toBeCloseTo(fromCode[1], 6);
    expect(fromCode[0]).toBeCloseTo(-5.9302, 3);
    expect(fromCode[1]).toBeCloseTo(54.5967, 3);
  });

  it('converts UTM zone 30N: 500,000 E on the equator is 3° W', () => {
    const [lng, lat] = converterToWgs84(readCrs('EPSG:32630')!.definition)(500000, 0);
    expect(lng).toBeCloseTo(-3, 12);
    expect(lat).toBeCloseTo(0, 12);
  });
});
