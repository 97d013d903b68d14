/** Seeded, spatially smooth noise for the synthetic indicators: neighbouring areas get similar values. */
import type { PlanePoint } from './plane';
import { randomBetween, type Random } from './random';

/** A smooth field over the plane with values in [-1, 1]. */
export type SmoothField = (point: PlanePoint) => number;

/**
 * A sum of a few plane waves with random directions, wavelengths (minWavelengthKm to maxWavelengthKm) and
 * phases, scaled into [-1, 1]. Enough structure for believable patches, with no grid artefacts.
 */
export function createSmoothField(random: Random, minWavelengthKm = 5, maxWavelengthKm = 14, waveCount = 4): SmoothField {
  const waves = Array.from({ length: waveCount }, () => {
    const angle = randomBetween(random, 0, Math.PI);
    const frequency = (2 * Math.PI) / randomBetween(random, minWavelengthKm, maxWavelengthKm);
    return {
      fx: frequency * Math.cos(angle),
      fy: frequency * Math.sin(angle),
      phase: randomBetween(random, 0, 2 * Math.PI),
      weight: randomBetween(random, 0.5, 1),
    };
  });
  const totalWeight = waves.reduce((sum, wave) => sum + wave.weight, 0);
  return ([x, y]) => waves.reduce((sum, wave) => sum + wave.weight * Math.sin(wave.fx * x + wave.fy * y + wave.phase), 0) / totalWeight;
}
