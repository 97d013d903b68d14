import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { createLsoaFigureModel } from './indicators';
import { createRandom } from './random';
import { BOROUGH_TOWN_CENTRE } from './region';

describe('createLsoaFigureModel', () => {
  it('keeps every figure in its believable range anywhere in and around the region', () => {
    const model = createLsoaFigureModel(createRandom(5));
    fc.assert(
      fc.property(fc.double({ min: -20, max: 20, noNaN: true }), fc.double({ min: -12, max: 12, noNaN: true }), (x, y) => {
        const f = model([x, y]);
        return (
          Number.isInteger(f.population) && f.population >= 1000 && f.population <= 3000 &&
          f.pctBornOutsideUk >= 2 && f.pctBornOutsideUk <= 45 &&
          f.pctAged65Plus >= 8 && f.pctAged65Plus <= 32 &&
          f.deprivationScore >= 5 && f.deprivationScore <= 60
        );
      }),
    );
  });

  it('makes the town centre more deprived, more diverse and younger than open country', () => {
    const model = createLsoaFigureModel(createRandom(5));
    const centre = model(BOROUGH_TOWN_CENTRE);
    const country = model([BOROUGH_TOWN_CENTRE[0] + 12, BOROUGH_TOWN_CENTRE[1] + 8]);
    expect(centre.deprivationScore).toBeGreaterThan(country.deprivationScore + 15);
    expect(centre.pctBornOutsideUk).toBeGreaterThan(country.pctBornOutsideUk + 15);
    expect(centre.pctAged65Plus).toBeLessThan(country.pctAged65Plus);
  });

  it('gives the same figures for the same seed and call order', () => {
    const run = () => {
      const model = createLsoaFigureModel(createRandom(9));
      return [model([0, 0]), model([3, -2])];
    };
    expect(run()).toEqual(run());
  });
});
