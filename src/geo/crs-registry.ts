/**
 * The coordinate systems councils and police in the UK and Ireland meet, by EPSG code, with the proj4
 * definition (datum shift included) and how accurate that shift is. proj4 carries no EPSG database beyond
 * WGS84, Web Mercator and the WGS84 UTM zones, so a file that names only a code needs this table; a file
 * with WKT (a .prj, a GeoPackage) is read by proj4 directly. Definitions as published at epsg.io.
 */

/** One coordinate system: its EPSG code, its name, a proj4 definition and the datum shift's accuracy. */
export interface KnownCrs {
  code: number;
  name: string;
  definition: string;
  /** How far the datum shift to WGS84 may be off, in metres (0 when the datum is WGS84 itself). */
  shiftAccuracyM: number;
}

/** OSGB36 → WGS84, the standard 7-parameter Helmert (EPSG:1314); OSTN15 would need a grid we do not ship. */
export const OSGB36_TOWGS84 = [446.448, -125.157, 542.06, 0.15, 0.247, 0.842, -20.489];
/** TM75 (Irish Grid) → WGS84, the 7-parameter shift OSNI and OSi publish (EPSG:1954). */
export const TM75_TOWGS84 = [482.5, -130.6, 564.6, -1.042, -0.214, -0.631, 8.15];

const IRISH_GRID = '+proj=tmerc +lat_0=53.5 +lon_0=-8 +k=1.000035 +x_0=200000 +y_0=250000 +ellps=mod_airy +units=m +no_defs';
const ETRS89_UTM = (zone: number) => `+proj=utm +zone=${zone} +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs`;

const TABLE: readonly KnownCrs[] = [
  {
    code: 27700,
    name: 'OSGB36 / British National Grid',
    definition: `+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +towgs84=${OSGB36_TOWGS84.join(',')} +units=m +no_defs`,
    shiftAccuracyM: 5,
  },
  { code: 29903, name: 'TM75 / Irish Grid', definition: `${IRISH_GRID} +towgs84=${TM75_TOWGS84.join(',')}`, shiftAccuracyM: 1 },
  { code: 29902, name: 'TM65 / Irish Grid', definition: `${IRISH_GRID} +towgs84=${TM75_TOWGS84.join(',')}`, shiftAccuracyM: 1 },
  { code: 2157, name: 'IRENET95 / Irish Transverse Mercator', definition: '+proj=tmerc +lat_0=53.5 +lon_0=-8 +k=0.99982 +x_0=600000 +y_0=750000 +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +units=m +no_defs', shiftAccuracyM: 1 },
  { code: 25829, name: 'ETRS89 / UTM zone 29N', definition: ETRS89_UTM(29), shiftAccuracyM: 1 },
  { code: 25830, name: 'ETRS89 / UTM zone 30N', definition: ETRS89_UTM(30), shiftAccuracyM: 1 },
  { code: 25831, name: 'ETRS89 / UTM zone 31N', definition: ETRS89_UTM(31), shiftAccuracyM: 1 },
  { code: 4258, name: 'ETRS89', definition: '+proj=longlat +ellps=GRS80 +towgs84=0,0,0,0,0,0,0 +no_defs', shiftAccuracyM: 1 },
  { code: 4277, name: 'OSGB36', definition: `+proj=longlat +ellps=airy +towgs84=${OSGB36_TOWGS84.join(',')} +no_defs`, shiftAccuracyM: 5 },
  { code: 3857, name: 'WGS 84 / Pseudo-Mercator', definition: 'EPSG:3857', shiftAccuracyM: 0 },
];

/** The coordinate system with this EPSG code: from the table, or a WGS84 UTM zone (326zz north, 327zz south). */
export function knownCrsByCode(code: number): KnownCrs | null {
  const listed = TABLE.find((crs) => crs.code === code);
  if (listed) return listed;
  const zone = code % 100;
  if ((Math.floor(code / 100) === 326 || Math.floor(code / 100) === 327) && zone >= 1 && zone <= 60) {
    const hemisphere = Math.floor(code / 100) === 326 ? 'N' : 'S';
    return { code, name: `WGS 84 / UTM zone ${zone}${hemisphere}`, definition: `+proj=utm +zone=${zone}${hemisphere === 'S' ? ' +south' : ''} +datum=WGS84 +units=m +no_defs`, shiftAccuracyM: 0 };
  }
  return null;
}

/**
 * The datum shift to WGS84 for a datum named in ESRI-style WKT, which leaves TOWGS84 out (ArcGIS keeps it
 * elsewhere): OSGB 1936, TM75/TM65 and the ETRS89 family (within about a metre of WGS84). Null otherwise.
 */
export function datumShiftByName(datumName: string): { towgs84: number[]; shiftAccuracyM: number } | null {
  const squashed = datumName.toLowerCase().replace(/[^a-z0-9]/g, '');
  if (squashed.includes('osgb1936') || squashed === 'osgb36') return { towgs84: OSGB36_TOWGS84, shiftAccuracyM: 5 };
  if (squashed.includes('tm75') || squashed.includes('tm65') || squashed === 'ire65' || squashed.includes('ireland1965')) return { towgs84: TM75_TOWGS84, shiftAccuracyM: 1 };
  if (squashed.includes('etrs1989') || squashed.includes('europeanterrestrialreferencesystem1989') || squashed.includes('irenet95') || squashed.includes('etrs89')) {
    return { towgs84: [0, 0, 0, 0, 0, 0, 0], shiftAccuracyM: 1 };
  }
  return null;
}
