import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import type { MultiPolygon, Point } from 'geojson';
import { deepFreeze } from '../../test/helpers/freeze';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { bngToWgs84, reprojectGeometryFromBng, wgs84ToBng } from './projection';

/** Approximate ground distance in metres between two nearby WGS84 positions. */
function distanceM(a: [number, number], b: [number, number]): number {
  const metresPerDegreeLat = 111_320;
  const dx = (a[0] - b[0]) * metresPerDegreeLat * Math.cos((a[1] * Math.PI) / 180);
  const dy = (a[1] - b[1]) * metresPerDegreeLat;
  return Math.hypot(dx, dy);
}

describe('bngToWgs84 / wgs84ToBng', () => {
  it('matches the Ordnance Survey worked example (Caister water tower) within the Helmert accuracy', () => {
    // OS "A guide to coordinate systems in Great Britain", annex: ETRS89 52°39'28.8282"N 1°42'57.8663"E
    // is OSGB36 grid 651409.903, 313177.270 (via OSTN15). The 7-parameter shift is good to ~5 m.
    const expected: [number, number] = [1 + 42 / 60 + 57.8663 / 3600, 52 + 39 / 60 + 28.8282 / 3600];
    expect(distanceM(bngToWgs84(651409.903, 313177.27), expected)).toBeLessThan(5);
    const [easting, northing] = wgs84ToBng(...expected);
    expect(Math.hypot(easting - 651409.903, northing - 313177.27)).toBeLessThan(5);
  });

  it('round-trips BNG → WGS84 → BNG within 1 mm anywhere in the GB grid extent', () => {
    fc.assert(
      fc.property(
        fc.double({ min: 0, max: 700_000, noNaN: true }),
        fc.double({ min: 0, max: 1_300_000, noNaN: true }),
        (easting, northing) => {
          const [lng, lat] = bngToWgs84(easting, northing);
          const [backEasting, backNorthing] = wgs84ToBng(lng, lat);
          expect(Math.hypot(backEasting - easting, backNorthing - northing)).toBeLessThan(0.001);
        },
      ),
      { numRuns: 2000 },
    );
  });

  it('round-trips WGS84 → BNG → WGS84 within 1 mm over Great Britain', () => {
    fc.assert(
      fc.property(
        fc.double({ min: -8.2, max: 1.8, noNaN: true }),
        fc.double({ min: 49.9, max: 60.9, noNaN: true }),
        (lng, lat) => {
          const [easting, northing] = wgs84ToBng(lng, lat);
          expect(distanceM(bngToWgs84(easting, northing), [lng, lat])).toBeLessThan(0.001);
        },
      ),
      { numRuns: 2000 },
    );
  });
});

describe('reprojectGeometryFromBng', () => {
  it('reprojects every position of a multipolygon with a hole and leaves the input untouched', () => {
    const square = (x: number, y: number, size: number) => [[x, y], [x + size, y], [x + size, y + size], [x, y + size], [x, y]];
    const input: MultiPolygon = deepFreeze({
      type: 'MultiPolygon',
      coordinates: [[square(318000, 176000, 1000), square(318250, 176250, 500).reverse()], [square(320000, 176000, 200)]],
    });
    const output = reprojectGeometryFromBng(input);
    expect(output).not.toBe(input);
    expect(output).toEqual({
      type: 'MultiPolygon',
      coordinates: input.coordinates.map((polygon) =>
        polygon.map((ring) => ring.map(([easting, northing]) => bngToWgs84(easting, northing))),
      ),
    });
  });

  it('reprojects a point and drops its z ordinate', () => {
    const point: Point = deepFreeze({ type: 'Point', coordinates: [318375, 176960, 12] });
    expect(reprojectGeometryFromBng(point)).toEqual({ type: 'Point', coordinates: bngToWgs84(318375, 176960) });
  });
});

describeWithSharedData('bngToWgs84 against ONS published centroids', ['boundaries/wales/lsoa21_wales_and_border.geojson'], () => {
  it('agrees with the BNG_E/BNG_N → LONG/LAT pairs of all 2,696 LSOA 2021 centroids within 5 m', () => {
    const text = new TextDecoder().decode(readSharedBytes('boundaries/wales/lsoa21_wales_and_border.geojson'));
    const collection = JSON.parse(text) as { features: { properties: Record<string, number> }[] };
    const errorsM = collection.features.map(({ properties }) =>
      distanceM(bngToWgs84(properties.BNG_E, properties.BNG_N), [properties.LONG, properties.LAT]),
    );
    expect(errorsM).toHaveLength(2696);
    // ONS rounds BNG_E/BNG_N to whole metres and uses OSTN15; the Helmert shift differs by ~2-3 m here.
    expect(Math.max(...errorsM)).toBeLessThan(5);
  });
});
