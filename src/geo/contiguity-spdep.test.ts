import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { distanceBandWeights } from './contiguity';

// Reference neighbours from R spdep dnearneigh on the BNG coordinates of the same points
// (test/fixtures/spdep/make-reference.R, made once with Debian's r-cran-spdep 1.2-7).
const fixture = (name: string) => readFileSync(new URL(`../../test/fixtures/spdep/${name}`, import.meta.url), 'utf8').trim().split('\n').slice(1).map((line) => line.split(',').map(Number));
const points = fixture('points.csv');
const lng = Float64Array.from(points, (row) => row[1]);
const lat = Float64Array.from(points, (row) => row[2]);
const reference = fixture('dnearneigh.csv');

function pairsOf(band: number): string[] {
  const weights = distanceBandWeights(lng, lat, band);
  const pairs: string[] = [];
  for (let i = 0; i < points.length; i += 1) {
    for (let k = weights.offsets[i]; k < weights.offsets[i + 1]; k += 1) if (weights.neighbours[k] > i) pairs.push(`${i}-${weights.neighbours[k]}`);
  }
  return pairs.sort();
}

describe('distance-band neighbours against R spdep dnearneigh on British National Grid coordinates', () => {
  for (const band of [2000, 5000]) {
    it(`gives exactly spdep's neighbour pairs within ${band} m`, () => {
      const expected = reference.filter((row) => row[0] === band).map((row) => `${row[1]}-${row[2]}`).sort();
      expect(expected.length).toBeGreaterThan(50);
      expect(pairsOf(band)).toEqual(expected);
    });
  }
});
