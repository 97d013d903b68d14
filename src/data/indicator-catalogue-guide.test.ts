import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { BUILT_IN_INDICATOR_CATALOGUE, CATALOGUE_GUIDE, suggestIndicatorForColumn } from './indicator-catalogue';

interface GuideFixture {
  factors: { id: string; natureOfAssociation: string | null; direction?: string }[];
  proxies: { wording: string; factor: string | null; direction: string | null }[];
}

const guide = JSON.parse(readFileSync(new URL('../../test/fixtures/cohesion/guide-part2-step3.json', import.meta.url), 'utf8')) as GuideFixture;
const factor = (id: string) => BUILT_IN_INDICATOR_CATALOGUE.indicators.find((indicator) => indicator.id === id);

describe('the catalogue against the guide\'s Part 2, Step 3 table (test/fixtures/cohesion/guide-part2-step3.json)', () => {
  it('has the guide\'s eight factors, quotes each "nature of association" the fixture holds word for word, and claims no quote it does not hold', () => {
    expect(BUILT_IN_INDICATOR_CATALOGUE.indicators.map((indicator) => indicator.id)).toEqual(guide.factors.map((f) => f.id));
    for (const f of guide.factors) {
      const association = factor(f.id)?.association;
      const expected = f.natureOfAssociation === null ? { quotedFromGuide: false } : { text: f.natureOfAssociation, quotedFromGuide: true };
      expect([f.id, f.natureOfAssociation === null ? { quotedFromGuide: association?.quotedFromGuide } : association]).toEqual([f.id, expected]);
      if (f.direction) expect([f.id, factor(f.id)?.direction]).toEqual([f.id, f.direction]);
    }
    expect(CATALOGUE_GUIDE.quotesVerified).toBe(guide.factors.every((f) => f.natureOfAssociation !== null));
  });

  it('recognises every proxy as the guide words it, as that proxy, with the guide\'s factor and direction where the table gives them', () => {
    const found = guide.proxies.map((proxy) => {
      const suggestion = suggestIndicatorForColumn(proxy.wording);
      const definition = factor(suggestion?.indicatorId ?? '')?.proxies?.find((p) => p.id === suggestion?.proxyId);
      return [proxy.wording, definition?.guideWording, proxy.factor === null ? proxy.factor : suggestion?.indicatorId, proxy.direction === null ? proxy.direction : suggestion?.direction];
    });
    expect(found).toEqual(guide.proxies.map((proxy) => [proxy.wording, proxy.wording, proxy.factor, proxy.direction]));
  });

  it('gives no proxy a guide wording the table does not have', () => {
    const wordings = BUILT_IN_INDICATOR_CATALOGUE.indicators.flatMap((indicator) => (indicator.proxies ?? []).flatMap((proxy) => (proxy.guideWording ? [proxy.guideWording] : [])));
    expect(wordings.sort()).toEqual(guide.proxies.map((proxy) => proxy.wording).sort());
  });

  it('recognises the machine forms of the guide\'s wordings with the same proxy', () => {
    const machine = {
      pct_non_uk_born: 'non-uk-born',
      'Percentage: Born outside the UK': 'non-uk-born',
      pct_born_in_wales: 'born-in-wales',
      'welsh_speakers_pct': 'welsh-speakers',
      pct_bme: 'bme-16-64',
      'NINO registrations per 1000': 'nino-registrations',
      nino_registrations_pct: 'nino-registrations',
      dla_claimants_rate: 'dla-entitlement',
      '% receiving PIP': 'dla-entitlement',
    };
    expect(Object.fromEntries(Object.keys(machine).map((name) => [name, suggestIndicatorForColumn(name)?.proxyId ?? null]))).toEqual(machine);
  });
});
