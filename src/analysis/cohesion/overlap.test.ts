import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { lowCohesionFromQuintiles, lowCohesionFromThreshold, summariseOverlap, toCsvRows } from './overlap';

const population = [1000, 2000, 1500, 500, 800];
const lowCohesion = [true, false, true, null, false];
const bornOutside = { id: 'born-outside-uk', label: 'Born outside the UK', counts: [100, 50, 300, 200, NaN] };
const bornInside = { id: 'born-in-uk', label: 'Born in the UK', counts: [900, 1950, 1200, 300, NaN] };

describe('summariseOverlap', () => {
  const summary = summariseOverlap([bornOutside, bornInside], population, lowCohesion, 'cohesion index quintile 1');

  it('compares each community\'s share in low-cohesion areas with all residents\' share over the same areas', () => {
    expect(summary).toEqual({
      definition: 'cohesion index quintile 1',
      lowCohesionAreas: 2,
      communities: [
        { id: 'born-outside-uk', label: 'Born outside the UK', communityResidents: 450, communityInLowCohesion: 400, communityShare: 400 / 450, allResidents: 4500, allInLowCohesion: 2500, allShare: 2500 / 4500, ratio: 400 / 450 / (2500 / 4500), areasCompared: 3, areasLeftOut: 2 },
        { id: 'born-in-uk', label: 'Born in the UK', communityResidents: 4050, communityInLowCohesion: 2100, communityShare: 2100 / 4050, allResidents: 4500, allInLowCohesion: 2500, allShare: 2500 / 4500, ratio: 2100 / 4050 / (2500 / 4500), areasCompared: 3, areasLeftOut: 2 },
      ],
    });
  });

  it('writes CSV rows with a header, percents to 2 decimals and the ratio to 3', () => {
    expect(toCsvRows(summary)).toEqual([
      ['community', 'low cohesion definition', 'community residents', 'community residents in low-cohesion areas', 'share of community (%)', 'all residents', 'all residents in low-cohesion areas', 'share of all residents (%)', 'ratio', 'areas compared', 'areas left out'],
      ['Born outside the UK', 'cohesion index quintile 1', '450', '400', '88.89', '4500', '2500', '55.56', '1.600', '3', '2'],
      ['Born in the UK', 'cohesion index quintile 1', '4050', '2100', '51.85', '4500', '2500', '55.56', '0.933', '3', '2'],
    ]);
  });

  it('leaves shares empty when a community has no residents in the compared areas', () => {
    const none = summariseOverlap([{ id: 'x', label: 'X', counts: [0, 0, 0, 0, 0] }], population, [false, false, false, false, false], 'none');
    expect([none.communities[0].communityShare, none.communities[0].allShare, none.communities[0].ratio, toCsvRows(none)[1].slice(4, 9)]).toEqual([NaN, 0, NaN, ['', '5800', '0', '0.00', '']]);
  });

  it('adds up: communities that partition the residents split the low-cohesion residents exactly', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(5000), fc.nat(5000), fc.constantFrom(true, false, null)), { minLength: 1, maxLength: 30 }), (areas) => {
        const result = summariseOverlap(
          [{ id: 'a', label: 'A', counts: areas.map(([a]) => a) }, { id: 'b', label: 'B', counts: areas.map(([, b]) => b) }],
          areas.map(([a, b]) => a + b),
          areas.map(([, , low]) => low),
          'test',
        );
        const [a, b] = result.communities;
        expect(a.communityInLowCohesion + b.communityInLowCohesion).toBe(a.allInLowCohesion);
        expect(a.communityResidents + b.communityResidents).toBe(a.allResidents);
        if (a.allResidents > 0 && a.communityResidents > 0 && b.communityResidents > 0) {
          expect((a.communityShare * a.communityResidents + b.communityShare * b.communityResidents) / a.allResidents).toBeCloseTo(a.allShare, 12);
        }
      }),
    );
  });
});

describe('low-cohesion definitions', () => {
  it('takes index quintile 1, or a threshold on one indicator, with no data as unknown', () => {
    expect(lowCohesionFromQuintiles(new Float64Array([1, 2, NaN, 1, 5]))).toEqual([true, false, null, true, false]);
    expect(lowCohesionFromThreshold([3, 5, NaN, 7], 5, 'above')).toEqual([false, false, null, true]);
    expect(lowCohesionFromThreshold([3, 5, NaN, 7], 5, 'below')).toEqual([true, false, null, false]);
  });
});
