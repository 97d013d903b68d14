import proj4 from 'proj4';
import { afterEach, describe, expect, it } from 'vitest';
import { writeNtv2Grid } from '../../test/helpers/ntv2-grid';
import { bngDatumShift, installBngDatumGrid, readDatumGrid, removeBngDatumGrid } from './bng-datum-grid';
import { bngToWgs84, wgs84ToBng } from './projection';

// Shifts linear in position (exact under bilinear interpolation), of OSTN15's size: a few seconds.
const shiftAt = (lng: number, lat: number) => ({ latSeconds: 1.5 + 0.25 * (lat - 49), lngSeconds: -4 + 0.5 * (lng + 9) });
const grid = () => writeNtv2Grid({ extent: [-9, 49, 2, 61], stepDeg: 0.5, shiftAt });
// OSGB36 latitude and longitude of a grid reference: the projection alone, no datum shift.
const toOsgb36 = proj4('+proj=tmerc +lat_0=49 +lon_0=-2 +k=0.9996012717 +x_0=400000 +y_0=-100000 +ellps=airy +units=m +no_defs', '+proj=longlat +ellps=airy +no_defs');

afterEach(removeBngDatumGrid);

describe('readDatumGrid', () => {
  it('reads the header of an OSGB36 → ETRS89 NTv2 grid', () => {
    expect(readDatumGrid(grid())).toEqual({ ok: true, info: { subgridName: 'TESTGRID', subgrids: 1, extent: [-9, 49, 2, 61] } });
  });

  it('refuses what is not one: other bytes, a cut file, a grid between other ellipsoids', () => {
    const clarke1866 = writeNtv2Grid({ extent: [-9, 49, 2, 61], stepDeg: 0.5, shiftAt, fromSemiMajorM: 6378206.4 });
    expect([readDatumGrid(new TextEncoder().encode('a'.repeat(400)).buffer), readDatumGrid(grid().slice(0, 2000)), readDatumGrid(clarke1866)].map((r) => (r.ok ? 'ok' : r.problem))).toEqual(['not-ntv2', 'truncated', 'not-osgb36-to-etrs89']);
  });
});

describe('British National Grid through a supplied grid', () => {
  // Cardiff city centre, Caerphilly, Edinburgh, and a point between grid nodes near Norwich.
  const references: [number, number][] = [[318_500, 176_500], [315_500, 187_000], [325_900, 673_900], [623_456, 308_765]];

  it('shifts OSGB36 positions by the grid, interpolated between nodes, and reports the grid as the shift used', () => {
    installBngDatumGrid(grid(), 'OSTN15_NTv2_OSGBtoETRS.gsb');
    expect(bngDatumShift()).toEqual({ kind: 'grid', file: 'OSTN15_NTv2_OSGBtoETRS.gsb', accuracyM: 0.1 });
    for (const [easting, northing] of references) {
      const [lng, lat] = toOsgb36.forward([easting, northing]);
      const shift = shiftAt(lng, lat);
      const [gridLng, gridLat] = bngToWgs84(easting, northing);
      // 1e-9 degrees is 0.1 mm; the grid stores shifts as 32-bit floats.
      expect(Math.abs(gridLng - (lng + shift.lngSeconds / 3600))).toBeLessThan(1e-9);
      expect(Math.abs(gridLat - (lat + shift.latSeconds / 3600))).toBeLessThan(1e-9);
    }
  });

  it('inverts the grid shift for exports in British National Grid to under a millimetre', () => {
    installBngDatumGrid(grid(), 'grid.gsb');
    for (const [easting, northing] of references) {
      const [backEasting, backNorthing] = wgs84ToBng(...bngToWgs84(easting, northing));
      expect(Math.hypot(backEasting - easting, backNorthing - northing)).toBeLessThan(0.001);
    }
  });

  it('falls back to the Helmert shift outside the grid, and uses it everywhere once the grid is removed', () => {
    const helmert = references.map(([easting, northing]) => bngToWgs84(easting, northing));
    expect(bngDatumShift()).toEqual({ kind: 'helmert', accuracyM: 5 });
    // A grid over Wales only: Edinburgh and Norwich are outside it.
    installBngDatumGrid(writeNtv2Grid({ extent: [-6, 51, -2.5, 54], stepDeg: 0.5, shiftAt }), 'wales.gsb');
    const withWalesGrid = references.map(([easting, northing]) => bngToWgs84(easting, northing));
    expect([withWalesGrid[0] !== helmert[0], withWalesGrid[2], withWalesGrid[3]]).toEqual([true, helmert[2], helmert[3]]);
    removeBngDatumGrid();
    expect(references.map(([easting, northing]) => bngToWgs84(easting, northing))).toEqual(helmert);
  });
});
