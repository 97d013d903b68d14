/**
 * Invented population and indicator values for one LSOA. Each is a centre–edge gradient (from the region's
 * centrality) plus smooth seeded noise plus a little per-area jitter, clamped to a believable range.
 */
import type { PlanePoint } from './plane';
import { randomBetween, type Random } from './random';
import { centralityAt } from './region';
import { createSmoothField, type SmoothField } from './smooth-noise';

/** The invented figures for one LSOA (percentages and score to 1 decimal). */
export interface LsoaFigures {
  population: number;
  pctBornOutsideUk: number;
  pctAged65Plus: number;
  deprivationScore: number;
}

/** Computes LSOA figures from a position (km on the generator's plane). */
export type LsoaFigureModel = (point: PlanePoint) => LsoaFigures;

/**
 * A model with its own smooth fields. `random` also feeds the per-LSOA jitter, so call the model for the
 * LSOAs in a fixed order to stay deterministic.
 */
export function createLsoaFigureModel(random: Random): LsoaFigureModel {
  const fields: SmoothField[] = [0, 1, 2, 3].map(() => createSmoothField(random));
  const jitter = (size: number) => randomBetween(random, -size, size);
  return (point) => {
    const c = centralityAt(point);
    const [populationNoise, bornNoise, ageNoise, deprivationNoise] = fields.map((field) => field(point));
    const deprivation = 11 + 38 * c ** 1.1 + 11 * deprivationNoise + jitter(5);
    return {
      population: Math.round(clamp(1350 + 500 * c + 250 * populationNoise + jitter(220), 1000, 3000)),
      pctBornOutsideUk: round1(clamp(3 + 33 * c ** 1.3 + 5 * bornNoise + 0.08 * deprivation + jitter(1.5), 2, 45)),
      pctAged65Plus: round1(clamp(27 - 14 * c + 3.5 * ageNoise + jitter(1.5), 8, 32)),
      deprivationScore: round1(clamp(deprivation, 5, 60)),
    };
  };
}

function clamp(value: number, min: number, max: number): number {
  return Math.min(max, Math.max(min, value));
}

/** Rounds to one decimal place. */
export function round1(value: number): number {
  return Math.round(value * 10) / 10;
}
