import { describe, expect, it } from 'vitest';
import Papa from 'papaparse';
import { COVERAGE_SHARE, incidentCoverage, withoutUncovered } from './incident-coverage';
import { describeWithSharedData, readSharedBytes } from '../../test/helpers/shared-data';
import { buildPolygonIndex } from '../geo/polygon-index';
import { locatePoints } from '../geo/polygon-index-locate';
import type { AreaGeometry } from '../types';

describe('incident coverage (hand-made)', () => {
  // Areas 0–2 in authority 0, areas 3–4 in authority 1.
  const authorities = [0, 0, 0, 1, 1];

  it('leaves out an authority holding only a few stray points per area', () => {
    // 30 points over authority 0 (area 2 has none), 1 point in authority 1: 10 per area against 0.5.
    const areaIndex = Int32Array.from([...Array(15).fill(0), ...Array(15).fill(1), 3, -1, -1]);
    const coverage = incidentCoverage(areaIndex, 5, authorities);
    expect(Array.from(coverage.covered)).toEqual([1, 1, 1, 0, 0]);
    expect(coverage).toMatchObject({
      basis: 'points',
      uncoveredAreas: 2,
      authorities: [{ authority: 0, areas: 3, points: 30, covered: true }, { authority: 1, areas: 2, points: 1, covered: false }],
    });
    expect(withoutUncovered([10, 5, 0, 1, 0], coverage)).toEqual([10, 5, 0, null, null]);
  });

  it('covers an authority at exactly a tenth of the densest points per area, not below', () => {
    // Authority 0: 30 points over 3 areas = 10 per area; authority 1 needs 1 per area, i.e. 2 points.
    const dense = Array(30).fill(0);
    expect(Array.from(incidentCoverage(Int32Array.from([...dense, 3, 4]), 5, authorities).covered)).toEqual([1, 1, 1, 1, 1]);
    expect(Array.from(incidentCoverage(Int32Array.from([...dense, 3]), 5, authorities).covered)).toEqual([1, 1, 1, 0, 0]);
    expect(COVERAGE_SHARE).toBe(0.1);
  });

  it('covers everywhere when there is nothing to tell apart', () => {
    const one = incidentCoverage(Int32Array.from([0, 0, 1]), 3, [0, 0, 0]);
    expect([one.basis, Array.from(one.covered)]).toEqual(['everywhere', [1, 1, 1]]);
    const noAuthorities = incidentCoverage(Int32Array.from([0, 0, 1]), 3, undefined);
    expect([noAuthorities.basis, Array.from(noAuthorities.covered)]).toEqual(['everywhere', [1, 1, 1]]);
    const noPoints = incidentCoverage(Int32Array.from([-1, -1]), 5, authorities);
    expect([noPoints.basis, Array.from(noPoints.covered)]).toEqual(['everywhere', [1, 1, 1, 1, 1]]);
  });

  it('judges areas of unknown authority as one group', () => {
    const coverage = incidentCoverage(Int32Array.from([0, 0, 0, 0, 2]), 3, [0, 0, -1]);
    expect(coverage.authorities).toEqual([{ authority: 0, areas: 2, points: 4, covered: true }, { authority: -1, areas: 1, points: 1, covered: true }]);
    expect(Array.from(incidentCoverage(Int32Array.from(Array(40).fill(0)), 3, [0, 0, -1]).covered)).toEqual([1, 1, 0]);
  });
});

const CAERPHILLY = 'boundaries/wales/lsoa11_W06000018_caerphilly.geojson';
const CARDIFF = 'boundaries/wales/lsoa11_W06000015_cardiff.geojson';
const GWENT = ['police/gwent/2021-01-gwent-street.csv', 'police/gwent/2022-05-gwent-street.csv'];
const SOUTH_WALES = 'police/south-wales/2022-05-south-wales-street.csv';

const readText = (path: string) => new TextDecoder().decode(readSharedBytes(path));
const geometries = (path: string) => (JSON.parse(readText(path)) as { features: { geometry: AreaGeometry }[] }).features.map((f) => f.geometry);

/** Each row's area in the layer (−1 outside), for rows with coordinates; police.uk's lower-cased headers allowed. */
function locateRows(files: string[], layer: AreaGeometry[]): Int32Array {
  const index = buildPolygonIndex(layer);
  const parts = files.map((path) => {
    const rows = Papa.parse<Record<string, string>>(readText(path), { header: true, skipEmptyLines: true, transformHeader: (h) => h.toLowerCase() }).data
      .filter((row) => row.longitude !== '' && row.latitude !== '');
    return locatePoints(index, Float64Array.from(rows, (r) => Number(r.longitude)), Float64Array.from(rows, (r) => Number(r.latitude)));
  });
  return Int32Array.from(parts.flatMap((p) => Array.from(p)));
}

describeWithSharedData('incident coverage on real police.uk data (Caerphilly + Cardiff LSOAs)', [CAERPHILLY, CARDIFF, SOUTH_WALES, ...GWENT], () => {
  const caerphilly = geometries(CAERPHILLY);
  const cardiff = geometries(CARDIFF);
  const layer = [...caerphilly, ...cardiff];
  // Authority 0 = Caerphilly (Gwent Police), 1 = Cardiff (South Wales Police), as a merged layer holds them.
  const authorities = layer.map((_, i) => (i < caerphilly.length ? 0 : 1));

  it('Gwent Police crimes give every Caerphilly LSOA a number and leave Cardiff as no data', () => {
    const areaIndex = locateRows(GWENT, layer);
    const coverage = incidentCoverage(areaIndex, layer.length, authorities);
    const [gwentCaerphilly, gwentCardiff] = coverage.authorities;
    expect(gwentCaerphilly).toMatchObject({ authority: 0, areas: 110, covered: true });
    // A few points fall just over the border into Cardiff: they do not make Cardiff covered.
    expect(gwentCardiff).toMatchObject({ authority: 1, areas: 214, covered: false });
    expect(gwentCardiff.points).toBeGreaterThan(0);
    expect(gwentCardiff.points / gwentCardiff.areas).toBeLessThan((COVERAGE_SHARE / 5) * (gwentCaerphilly.points / gwentCaerphilly.areas));
    expect(coverage.uncoveredAreas).toBe(214);
    const counts = new Array<number>(layer.length).fill(0);
    for (const area of areaIndex) if (area >= 0) counts[area] += 1;
    const values = withoutUncovered(counts, coverage);
    expect(values.slice(110).every((v) => v === null)).toBe(true);
    expect(values.slice(0, 110).every((v) => typeof v === 'number')).toBe(true);
  });

  it('South Wales Police crimes cover Cardiff and leave Caerphilly as no data', () => {
    const coverage = incidentCoverage(locateRows([SOUTH_WALES], layer), layer.length, authorities);
    expect(coverage.authorities.map((a) => [a.authority, a.covered])).toEqual([[0, false], [1, true]]);
  });

  it('both forces loaded as one dataset cover both authorities', () => {
    const coverage = incidentCoverage(locateRows([...GWENT, SOUTH_WALES], layer), layer.length, authorities);
    expect([coverage.basis, coverage.uncoveredAreas]).toEqual(['points', 0]);
  });
});
