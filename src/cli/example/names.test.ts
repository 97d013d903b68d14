import { describe, expect, it } from 'vitest';
import { createWardNames, type WardNaming } from './names';
import { createRandom } from './random';

const wards: WardNaming[] = Array.from({ length: 32 }, (_, i) => ({
  authorityName: i < 20 ? 'Ashbridge' : 'Wellmoor',
  centrality: (i % 10) / 10,
  isTownCentre: i === 0 || i === 20,
}));

describe('createWardNames', () => {
  const names = createWardNames(wards, createRandom(1));

  it('names each town-centre ward after its town', () => {
    expect([names[0], names[20]]).toEqual(['Ashbridge Central', 'Wellmoor Central']);
  });

  it('gives 32 wards 32 different names', () => {
    expect(new Set(names).size).toBe(32);
  });

  it('writes names as capitalised words, saints with an apostrophe', () => {
    for (const name of names) expect(name).toMatch(/^(St [A-Z][a-z]+'s|([A-Z][a-z]+ )*[A-Z][a-z]+)$/);
  });

  it('is deterministic for a seed', () => {
    expect(createWardNames(wards, createRandom(1))).toEqual(names);
    expect(createWardNames(wards, createRandom(2))).not.toEqual(names);
  });
});
