import { describe, expect, it } from 'vitest';
import { buildPolygonIndex } from '../../geo/polygon-index';
import { locatePoints } from '../../geo/polygon-index-locate';
import { generateBenchPoints } from './points';
import { generateTessellation } from './tessellation';

describe('generateBenchPoints', () => {
  const { geometries, bbox } = generateTessellation({ count: 120, seed: 5, bbox: [-3.5, 51.4, -3, 51.8] });
  const options = { count: 5000, seed: 9, locationsPerPoint: 0.25, outsideShare: 0.02 };
  const points = generateBenchPoints(geometries, bbox, options);

  it('places exactly the asked share outside every area and repeats snap locations', () => {
    const areaIndex = locatePoints(buildPolygonIndex(geometries), points.lng, points.lat);
    const distinct = new Set(Array.from(points.lng, (lng, i) => `${lng},${points.lat[i]}`)).size;
    expect({
      count: points.lng.length,
      outside: areaIndex.filter((area) => area === -1).length,
      outsideCount: points.outsideCount,
      locationCount: points.locationCount,
      repeated: distinct < 5000 * 0.25 + 100,
    }).toEqual({ count: 5000, outside: 100, outsideCount: 100, locationCount: 1250, repeated: true });
  });

  it('is the same for the same seed', () => {
    expect(generateBenchPoints(geometries, bbox, options)).toEqual(points);
  });
});
