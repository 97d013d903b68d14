import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/helpers/freeze';
import { describeWithSharedData } from '../../../test/helpers/shared-data';
import { queenContiguityWeights, type SpatialWeights } from '../../geo/contiguity';
import type { AreaGeometry } from '../../types';
import { CAERPHILLY_LSOAS, countCaerphillyCrimes } from './caerphilly-crimes.test-helper';
import { computeGiStar } from './gi-star';
import { NO_RESULT_BIN } from './hotspot-bins';

const square = (x: number, y: number): AreaGeometry => ({ type: 'Polygon', coordinates: [[[x, y], [x + 0.01, y], [x + 0.01, y + 0.01], [x, y + 0.01], [x, y]]] });
/** 3 × 3 grid, areas numbered row by row: queen neighbours are the (up to 8) surrounding squares. */
const grid = deepFreeze(Array.from({ length: 9 }, (_, i) => square(-3.2 + (i % 3) * 0.01, 51.5 + Math.floor(i / 3) * 0.01)));
const round3 = (values: Float64Array) => Array.from(values, (v) => (Number.isNaN(v) ? NaN : Number(v.toFixed(3))));

/*
 * Hand-worked example on the 3 × 3 grid with x = [9, 9, 0, 9, 0, 0, 0, 0, 0]:
 *   n = 9, X̄ = 27/9 = 3, S² = Σx²/n − X̄² = 243/9 − 9 = 18, S = 3√2.
 *   Binary weights with self: corners Σw = 4, edges Σw = 6, the centre Σw = 9 (= n).
 *   Denominator S √[(nΣw − (Σw)²)/(n − 1)]: corners 3√2 · √(20/8) = 3√5; edges 3√2 · √(18/8) = 4.5√2;
 *   centre 3√2 · √0 = 0 → no result.
 *   area 0 (corner): Σwx = 9+9+9+0 = 27, 27 − 3·4 = 15, z = 15/(3√5) = √5 = 2.236 → hot spot, 95%.
 *   areas 1, 3 (edges): Σwx = 27, 27 − 18 = 9, z = 9/(4.5√2) = √2 = 1.414.
 *   areas 2, 6 (corners): Σwx = 9, 9 − 12 = −3, z = −3/(3√5) = −1/√5 = −0.447.
 *   areas 5, 7 (edges): Σwx = 9, 9 − 18 = −9, z = −√2 = −1.414.
 *   area 8 (corner): Σwx = 0, 0 − 12 = −12, z = −4/√5 = −1.789 → cold spot, 90%.
 * With FDR (m = 8 p-values) the smallest q is 8 × p(√5) = 8 × 0.02535 = 0.2028 > 0.10: nothing is significant.
 */
describe('computeGiStar', () => {
  const weights = queenContiguityWeights(grid);
  const values = Float64Array.from([9, 9, 0, 9, 0, 0, 0, 0, 0]);

  it('matches the hand-worked 3 × 3 grid', () => {
    const result = computeGiStar(values, weights);
    expect({ ...result, zScores: round3(result.zScores), pValues: round3(result.pValues), bins: Array.from(result.bins) }).toEqual({
      zScores: [2.236, 1.414, -0.447, 1.414, NaN, -1.414, -0.447, -1.414, -1.789],
      pValues: [0.025, 0.157, 0.655, 0.157, NaN, 0.157, 0.655, 0.157, 0.074],
      bins: [2, 0, 0, 0, NO_RESULT_BIN, 0, 0, 0, -1],
      areasWithData: 9,
      falseDiscoveryRate: false,
    });
  });

  it('bins by Benjamini–Hochberg adjusted p-values when asked', () => {
    const result = computeGiStar(values, weights, { falseDiscoveryRate: true });
    expect([Array.from(result.bins), result.falseDiscoveryRate]).toEqual([[0, 0, 0, 0, NO_RESULT_BIN, 0, 0, 0, 0], true]);
  });

  it('leaves areas without a value out of n, the mean and their neighbours’ sums', () => {
    // Areas 4 and 8 have no data: n = 7, X̄ = 27/7, and area 0's neighbourhood is {0, 1, 3} with Σw = 3.
    const result = computeGiStar(Float64Array.from([9, 9, 0, 9, NaN, 0, 0, 0, NaN]), weights);
    const mean = 27 / 7;
    const sd = Math.sqrt((3 * 81) / 7 - mean * mean);
    const expected0 = (27 - mean * 3) / (sd * Math.sqrt((7 * 3 - 9) / 6));
    expect([result.areasWithData, result.zScores[0], result.bins[4], result.bins[8]]).toEqual([7, expect.closeTo(expected0, 12), NO_RESULT_BIN, NO_RESULT_BIN]);
  });

  it('gives no result when every value is equal (S = 0) and refuses mismatched lengths', () => {
    expect(Array.from(computeGiStar(new Float64Array(9).fill(2), weights).bins)).toEqual(new Array(9).fill(NO_RESULT_BIN));
    expect(() => computeGiStar([1, 2], weights)).toThrow('computeGiStar: 2 values for 9 areas');
  });
});

/** Gi* straight from Ord & Getis (1995) with a dense weight matrix: an independent O(n²) check. */
function giStarByFormula(x: Float64Array, weights: SpatialWeights): Float64Array {
  const n = x.length;
  const w = Array.from({ length: n }, (_, i) => {
    const row = new Float64Array(n);
    row[i] = 1;
    for (let k = weights.offsets[i]; k < weights.offsets[i + 1]; k++) row[weights.neighbours[k]] = 1;
    return row;
  });
  const mean = x.reduce((a, b) => a + b, 0) / n;
  const s = Math.sqrt(x.reduce((a, b) => a + b * b, 0) / n - mean * mean);
  return Float64Array.from(w, (row) => {
    let sumWx = 0;
    let sumW = 0;
    let sumW2 = 0;
    for (let j = 0; j < n; j++) {
      sumWx += row[j] * x[j];
      sumW += row[j];
      sumW2 += row[j] * row[j];
    }
    return (sumWx - mean * sumW) / (s * Math.sqrt((n * sumW2 - sumW * sumW) / (n - 1)));
  });
}

const CRIMES = 'police/gwent/2022-05-gwent-street.csv';

describeWithSharedData('computeGiStar on Gwent crimes in Caerphilly LSOAs (May 2022)', [CAERPHILLY_LSOAS, CRIMES], () => {
  it('agrees with the formula computed directly, and finds hot and cold spots', () => {
    const { geometries, counts } = countCaerphillyCrimes([CRIMES]);
    const weights = queenContiguityWeights(geometries);
    const result = computeGiStar(counts, weights);
    const expected = giStarByFormula(counts, weights);
    const worst = Math.max(...Array.from(result.zScores, (z, i) => Math.abs(z - expected[i])));
    const tally = (bins: Int8Array) => Array.from(bins).reduce<Record<number, number>>((all, bin) => ({ ...all, [bin]: (all[bin] ?? 0) + 1 }), {});
    expect({
      areas: geometries.length,
      incidents: counts.reduce((a, b) => a + b, 0),
      isolated: Array.from({ length: geometries.length }, (_, i) => weights.offsets[i + 1] - weights.offsets[i]).filter((d) => d === 0).length,
      matchesFormulaWithin1e9: worst < 1e-9,
      bins: tally(result.bins),
      fdrBins: tally(computeGiStar(counts, weights, { falseDiscoveryRate: true }).bins),
    }).toEqual({
      areas: 110,
      incidents: 1384,
      isolated: 0,
      matchesFormulaWithin1e9: true,
      bins: { 3: 3, 2: 1, 1: 3, 0: 99, [-1]: 3, [-2]: 1 },
      fdrBins: { 1: 2, 0: 108 },
    });
  });
});
