/**
 * Seeded pseudo-random numbers for the example-data generator. Everything the generator draws comes from
 * here, so the same seed always gives byte-identical example files.
 */

/** A stream of numbers in [0, 1), like Math.random but seeded. */
export type Random = () => number;

/** mulberry32: a small, fast 32-bit generator; plenty for invented example data (not for cryptography). */
export function createRandom(seed: number): Random {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/**
 * A 32-bit seed from a list of parts (FNV-1a over their text). Used to give each stage of the generator
 * its own stream (`hashSeed(seed, 'ward-seeds')`) and each boundary edge its own wiggle.
 */
export function hashSeed(...parts: (string | number)[]): number {
  let hash = 0x811c9dc5;
  for (const char of parts.join('|')) {
    hash ^= char.charCodeAt(0);
    hash = Math.imul(hash, 0x01000193);
  }
  return hash >>> 0;
}

/** A number drawn uniformly from [min, max). */
export function randomBetween(random: Random, min: number, max: number): number {
  return min + (max - min) * random();
}

/** A whole number drawn uniformly from min to max inclusive. */
export function randomInteger(random: Random, min: number, max: number): number {
  return min + Math.floor(random() * (max - min + 1));
}
