import { describe, expect, it } from 'vitest';
import { joinAreas } from '../../test/fixtures/join/areas';
import { buildPolygonIndex } from './polygon-index';
import { distanceToAreaEdgeM } from './polygon-index-distance';

const index = buildPolygonIndex([...joinAreas.geometries, null]);
/** Metres per degree of latitude on the mean-radius sphere. */
const DEGREE_M = (Math.PI / 180) * 6_371_008.8;

describe('distanceToAreaEdgeM', () => {
  it('measures to the nearest edge, holes and second parts included, and is 0 on an edge', () => {
    const round = (metres: number) => Math.round(metres * 1000) / 1000;
    expect({
      // Centre of A: 0.25° from its north and south edges; west/east are 0.25° of longitude, shorter.
      centreOfA: round(distanceToAreaEdgeM(index, 0, -2.75, 51.25)),
      onEdgeOfA: distanceToAreaEdgeM(index, 0, -2.5, 51.25),
      // Inside D near its hole: the hole's west edge (lng -2.375) is 0.0625° of longitude away.
      nearHoleOfD: round(distanceToAreaEdgeM(index, 3, -2.4375, 51.75)),
      // Near E's second part, far from its first.
      nearSecondPartOfE: round(distanceToAreaEdgeM(index, 4, -1.625, 50.9375)),
      noGeometry: distanceToAreaEdgeM(index, 6, -2.75, 51.25),
    }).toEqual({
      centreOfA: round(0.25 * DEGREE_M * Math.cos((51.25 * Math.PI) / 180)),
      onEdgeOfA: 0,
      nearHoleOfD: round(0.0625 * DEGREE_M * Math.cos((51.75 * Math.PI) / 180)),
      nearSecondPartOfE: round(0.0625 * DEGREE_M),
      noGeometry: Infinity,
    });
  });
});
