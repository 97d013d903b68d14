import { describe, expect, it } from 'vitest';
import { joinAreas } from '../../test/fixtures/join/areas';
import Papa from 'papaparse';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { buildPolygonIndex } from '../geo/polygon-index';
import { locatePoints } from '../geo/polygon-index-locate';
import type { AreaGeometry, ColumnDetection } from '../types';
import { compareWithFileCodes } from './join-agreement';

const detection: ColumnDetection = { columns: ['lng', 'lat', 'LSOA code'], mapping: { lng: 'lng', lat: 'lat', areaCode: 'LSOA code' }, recognisedAs: null };
const index = buildPolygonIndex(joinAreas.geometries);
/** Degrees of latitude per metre on the mean-radius sphere. */
const DEGREE_PER_M = 180 / (Math.PI * 6_371_008.8);

describe('compareWithFileCodes', () => {
  it('sorts every incident into agree, disagree, code not loaded, no code or outside, listing disagreements nearest the edge first', () => {
    // A (area 0) spans lat 51–51.5; the point 5 m north of its southern edge is in A.
    const incidents = {
      lng: Float64Array.from([-2.875, -2.875, -2.875, -2.75, -2.875, 0]),
      lat: Float64Array.from([51.375, 51 + 5 * DEGREE_PER_M, 51.25, 51.75, 51.375, 0]),
      fileAreaCodeIndex: Int32Array.from([0, 1, 2, -1, 0, 0]),
      fileAreaCodes: ['X01000001', ' X01000003 ', 'W01001234'],
      detection,
    };
    const areaIndex = locatePoints(index, incidents.lng, incidents.lat);
    const agreement = compareWithFileCodes(incidents, areaIndex, joinAreas.areaCodes, index);
    expect(agreement && { ...agreement, disagreements: agreement.disagreements.map((row) => ({ ...row, distanceM: Math.round(row.distanceM * 1000) / 1000 })) }).toEqual({
      field: 'LSOA code',
      agree: 2,
      disagree: 1,
      fileCodeNotLoaded: 1,
      noFileCode: 1,
      outside: 1,
      agreeShare: 0.5,
      disagreements: [
        { incident: 1, fileAreaCode: ' X01000003 ', joinedAreaCode: 'X01000001', fileCodeLoaded: true, distanceM: 5 },
        { incident: 2, fileAreaCode: 'W01001234', joinedAreaCode: 'X01000001', fileCodeLoaded: false, distanceM: Math.round(0.125 * 1000 / DEGREE_PER_M * Math.cos((51.25 * Math.PI) / 180)) / 1000 },
      ],
    });
  });

  it('returns null when the incidents carry no area codes', () => {
    const incidents = { lng: Float64Array.from([-2.875]), lat: Float64Array.from([51.375]), fileAreaCodeIndex: null, fileAreaCodes: [], detection };
    expect(compareWithFileCodes(incidents, Int32Array.from([0]), joinAreas.areaCodes, index)).toBeNull();
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const GWENT_MAY_2022 = 'police/gwent/2022-05-gwent-street.csv';
const readText = (path: string) => new TextDecoder().decode(readSharedBytes(path));

/** The police.uk rows with coordinates, read directly (analysis tests do not use the data importers). */
function readPoliceRows(path: string) {
  const rows = Papa.parse<Record<string, string>>(readText(path), { header: true, skipEmptyLines: true }).data.filter((row) => row.Longitude !== '' && row.Latitude !== '');
  const fileAreaCodes = [...new Set(rows.map((row) => row['LSOA code']))];
  return {
    lng: Float64Array.from(rows, (row) => Number(row.Longitude)),
    lat: Float64Array.from(rows, (row) => Number(row.Latitude)),
    fileAreaCodeIndex: Int32Array.from(rows, (row) => (row['LSOA code'] === '' ? -1 : fileAreaCodes.indexOf(row['LSOA code']))),
    fileAreaCodes,
    detection: { columns: Object.keys(rows[0]), mapping: { areaCode: 'LSOA code' }, recognisedAs: null },
  };
}

describeWithSharedData('join agreement on Caerphilly LSOA 2011 boundaries and Gwent May 2022', [CAERPHILLY, GWENT_MAY_2022], () => {
  it('puts 1,384 points inside Caerphilly, 97.7% agreeing with police.uk, the other 32 within 14 m of an edge', () => {
    const areas = (JSON.parse(readText(CAERPHILLY)) as { features: { geometry: AreaGeometry; properties: { LSOA11CD: string } }[] }).features;
    const incidents = readPoliceRows(GWENT_MAY_2022);
    const polygonIndex = buildPolygonIndex(areas.map((feature) => feature.geometry));
    const areaIndex = locatePoints(polygonIndex, incidents.lng, incidents.lat);
    const agreement = compareWithFileCodes(incidents, areaIndex, areas.map((feature) => feature.properties.LSOA11CD), polygonIndex);
    expect(agreement && { ...agreement, agreeShare: Math.round((agreement.agreeShare ?? 0) * 1000) / 1000, disagreements: agreement.disagreements.length }).toEqual({
      field: 'LSOA code',
      agree: 1352,
      disagree: 32,
      fileCodeNotLoaded: 0,
      noFileCode: 0,
      outside: 5122 - 1384,
      agreeShare: 0.977,
      disagreements: 32,
    });
    expect(Math.max(...(agreement?.disagreements ?? []).map((row) => row.distanceM))).toBeLessThan(14);
  });
});
