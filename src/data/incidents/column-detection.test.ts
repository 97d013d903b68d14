import { describe, expect, it } from 'vitest';
import { detectIncidentColumns, extraColumnNames, hasPositionColumns } from './column-detection';

const POLICE_HEADER = ['Crime ID', 'Month', 'Reported by', 'Falls within', 'Longitude', 'Latitude', 'Location', 'LSOA code', 'LSOA name', 'Crime type', 'Last outcome category', 'Context'];
const table = (text: string) => text.trim().split('\n').map((line) => line.split(','));
const detect = (text: string, positionFromGeometry = false) => {
  const [columns, ...rows] = table(text);
  return detectIncidentColumns(columns, rows, { positionFromGeometry });
};

describe('detectIncidentColumns', () => {
  it('recognises the police.uk street-level header and maps it', () => {
    expect(detectIncidentColumns(POLICE_HEADER, [], { positionFromGeometry: false })).toEqual({
      columns: POLICE_HEADER,
      mapping: { lng: 'Longitude', lat: 'Latitude', date: 'Month', category: 'Crime type', id: 'Crime ID', areaCode: 'LSOA code' },
      recognisedAs: 'police.uk street-level crime',
    });
  });

  it('recognises the police.uk header in any case, keeping the file spelling in the mapping', () => {
    const lower = POLICE_HEADER.map((name) => (name === 'Longitude' || name === 'Latitude' ? name.toLowerCase() : name));
    expect(detectIncidentColumns(lower, [], { positionFromGeometry: false }).mapping).toEqual({ lng: 'longitude', lat: 'latitude', date: 'Month', category: 'Crime type', id: 'Crime ID', areaCode: 'LSOA code' });
    const upper = POLICE_HEADER.map((name) => name.toUpperCase());
    expect(detectIncidentColumns(upper, [], { positionFromGeometry: false }).recognisedAs).toBe('police.uk street-level crime');
  });

  it('detects lng/lat, date, category, id, weight and area code by name and values', () => {
    const detection = detect(`
ref,when,lon,lat,offence type,severity,lsoa21cd,notes
A1,2022-05-14,-3.18,51.48,Graffiti,2,W01001700,by the shop
A2,2022-05-15,-3.19,51.49,Graffiti,1,W01001701,
A3,2022-05-16,-3.17,51.47,Assault,3,W01001702,night`);
    expect(detection).toEqual({
      columns: ['ref', 'when', 'lon', 'lat', 'offence type', 'severity', 'lsoa21cd', 'notes'],
      mapping: { lng: 'lon', lat: 'lat', date: 'when', category: 'offence type', id: 'ref', weight: 'severity', areaCode: 'lsoa21cd' },
      recognisedAs: null,
    });
    expect(extraColumnNames(detection, detection.mapping)).toEqual(['ref', 'notes']);
  });

  it('reads x/y as easting/northing when the values are metres, and as lng/lat when they are degrees', () => {
    expect(detect('x,y,date\n318000,176000,2022-05-14\n318500,176250,2022-05-15').mapping).toEqual({ easting: 'x', northing: 'y', date: 'date' });
    expect(detect('X,Y,date\n-3.18,51.48,2022-05-14').mapping).toEqual({ lng: 'X', lat: 'Y', date: 'date' });
  });

  it('finds BNG columns by name (BNG_E/BNG_N, Easting/Northing)', () => {
    expect(detect('BNG_E,BNG_N,Date\n318000,176000,14/05/2022').mapping).toEqual({ easting: 'BNG_E', northing: 'BNG_N', date: 'Date' });
    expect(detect('Easting,Northing,Month\n318000,176000,2022-05').mapping).toEqual({ easting: 'Easting', northing: 'Northing', date: 'Month' });
  });

  it('finds unnamed UK longitude/latitude columns by their value ranges', () => {
    expect(detect('a,b,c,d\n1,-3.18,51.48,2022-05-14\n2,-3.2,51.5,2022-05-14').mapping).toEqual({ lng: 'b', lat: 'c', date: 'd' });
  });

  it('leaves the position unmapped when nothing looks like one, and finds the postcode column (placed once a lookup is loaded)', () => {
    const detection = detect('street,postcode,date\nHigh St,CF10 1AA,2022-05-14');
    expect(detection.mapping).toEqual({ date: 'date', postcode: 'postcode' });
    expect(hasPositionColumns(detection.mapping)).toBe(false);
  });

  it('falls back to a text column with few distinct values as the category', () => {
    expect(detect('lng,lat,date,kind of thing\n-3.1,51.4,2022-05,dog\n-3.1,51.4,2022-05,cat\n-3.1,51.4,2022-05,dog\n-3.1,51.4,2022-05,dog').mapping).toEqual({ lng: 'lng', lat: 'lat', date: 'date', category: 'kind of thing' });
  });

  it('looks for no position columns in GeoJSON properties', () => {
    expect(detect('lng,lat,date,type\n-3.1,51.4,2022-05,dog', true).mapping).toEqual({ date: 'date', category: 'type' });
  });
});

describe('extraColumnNames', () => {
  it('keeps Crime ID, Reported by, Location, LSOA name and Last outcome category for police.uk', () => {
    const detection = detectIncidentColumns(POLICE_HEADER, [], { positionFromGeometry: false });
    expect(extraColumnNames(detection, detection.mapping)).toEqual(['Crime ID', 'Reported by', 'Location', 'LSOA name', 'Last outcome category']);
  });
});
