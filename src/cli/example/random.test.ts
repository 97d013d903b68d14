import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createRandom, hashSeed, randomBetween, randomInteger } from './random';

describe('createRandom', () => {
  it('matches the published mulberry32 sequence for seed 1', () => {
    const random = createRandom(1);
    expect([random(), random(), random()]).toEqual([0.6270739405881613, 0.002735721180215478, 0.5274470399599522]);
  });

  it('repeats its sequence for the same seed and differs for another', () => {
    const take = (seed: number) => {
      const random = createRandom(seed);
      return Array.from({ length: 20 }, () => random());
    };
    expect(take(42)).toEqual(take(42));
    expect(take(42)).not.toEqual(take(43));
  });

  it('stays within [0, 1)', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 2 ** 32 - 1 }), (seed) => {
        const random = createRandom(seed);
        return Array.from({ length: 50 }, () => random()).every((value) => value >= 0 && value < 1);
      }),
    );
  });
});

describe('hashSeed', () => {
  it('is FNV-1a over the parts joined with "|"', () => {
    expect([hashSeed(''), hashSeed('a'), hashSeed(1, 'edges')]).toEqual([2166136261, 3826002220, 359883250]);
  });

  it('depends on the order of the parts', () => {
    expect(hashSeed('ward', 'edges')).not.toBe(hashSeed('edges', 'ward'));
  });
});

describe('randomBetween and randomInteger', () => {
  it('keep within their bounds, integers inclusive at both ends', () => {
    const random = createRandom(7);
    const integers = new Set(Array.from({ length: 500 }, () => randomInteger(random, 5, 10)));
    const reals = Array.from({ length: 500 }, () => randomBetween(random, -2, 3));
    expect([...integers].sort((a, b) => a - b)).toEqual([5, 6, 7, 8, 9, 10]);
    expect(reals.every((value) => value >= -2 && value < 3)).toBe(true);
  });
});
