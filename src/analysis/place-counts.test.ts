import { describe, expect, it } from 'vitest';
import type { Place } from '../types';
import { deepFreeze } from '../../test/helpers/freeze';
import { buildPolygonIndex } from '../geo/polygon-index';
import { countPlacesInAreas } from './place-counts';

const square = (x: number): GeoJSON.Polygon => ({ type: 'Polygon', coordinates: [[[x, 51], [x + 1, 51], [x + 1, 52], [x, 52], [x, 51]]] });
const place = (category: Place['category'], lng: number): Place => ({ name: '', category, position: [lng, 51.5], row: `p.csv:${lng}` });

describe('countPlacesInAreas', () => {
  it('counts places per area and category, and those outside every area', () => {
    const places = deepFreeze([place('school', -3.5), place('school', -3.2), place('hostel', -3.7), place('venue', -1.5), place('school', 5)]);
    const counts = countPlacesInAreas(places, buildPolygonIndex([square(-4), square(-2)]));
    expect([Array.from(counts.areaIndex), counts.byArea, counts.outside]).toEqual([[0, 0, 0, 1, -1], [{ school: 2, hostel: 1 }, { venue: 1 }], 1]);
  });
});
