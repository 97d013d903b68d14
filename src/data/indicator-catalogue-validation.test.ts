import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../test/helpers/freeze';
import { validateIndicatorCatalogue } from './indicator-catalogue-validation';
import { suggestFactor } from './indicator-catalogue';

describe('validateIndicatorCatalogue', () => {
  it('accepts the users\' own indicators marked custom, with a weight', () => {
    const custom = deepFreeze({
      indicators: [
        { id: 'asb-rate', label: 'Anti-social behaviour per 1,000 residents', direction: 'negative', description: 'More reported ASB tends to go with lower cohesion.', typicalSources: ['police.uk anti-social behaviour'], columnPatterns: [{ pattern: '^asb_rate$' }], custom: true, weight: 0.5 },
        { id: 'turnout', label: 'Local election turnout', direction: 'positive', description: 'Higher turnout tends to go with higher cohesion.', typicalSources: [], columnPatterns: [], custom: true, weight: 1, unreliable: true },
      ],
    });
    const result = validateIndicatorCatalogue(custom);
    expect(result).toEqual({ ok: true, value: { indicators: custom.indicators } });
    if (result.ok) expect(suggestFactor('ASB rate', result.value)).toBe('asb-rate');
  });

  it('lists every problem, naming the indicator and field', () => {
    const bad = deepFreeze([
      { id: 'asb', label: '', direction: 'up', description: 'x', typicalSources: ['ok', ''], columnPatterns: [{ pattern: '(' }, { pattern: 'a', direction: 'unknown' }, 'b'], weight: 0 },
      { id: 'age', label: 'Age', direction: 'positive', description: 'd', typicalSources: [], columnPatterns: [], custom: 'yes', colour: 'red' },
      { id: 'age', label: 'Age', direction: 'positive', description: 'd', typicalSources: [], columnPatterns: {} },
      null,
    ]);
    expect(validateIndicatorCatalogue(bad)).toEqual({
      ok: false,
      problems: [
        'indicator 1 ("asb"): "id" "asb" is not one of the eight factors (age, ethnicity, migration, deprivation, crime, education, occupation, disability); mark your own indicators "custom": true',
        'indicator 1 ("asb"): "label" must be a non-empty string',
        'indicator 1 ("asb"): "direction" must be positive or negative',
        'indicator 1 ("asb"): "typicalSources" must be a list of non-empty strings',
        'indicator 1 ("asb"), column pattern 1: "pattern" is not a valid regular expression (Invalid regular expression: /(/i: Unterminated group)',
        'indicator 1 ("asb"), column pattern 2: a pattern with direction "unknown" needs a "note" saying why',
        'indicator 1 ("asb"), column pattern 3: expected an object { "pattern", "direction"?, "note"? }',
        'indicator 1 ("asb"): "weight" must be a number above 0',
        'indicator 2 ("age"): unknown field "colour"',
        'indicator 2 ("age"): "custom" must be true or false',
        'indicator 3 ("age"): duplicate id "age"',
        'indicator 3 ("age"): "columnPatterns" must be a list',
        'indicator 4: "id" must be a non-empty string',
        'indicator 4: expected an object',
      ],
    });
    expect(validateIndicatorCatalogue({ factors: [] })).toEqual({ ok: false, problems: ['expected a list of indicators or { "indicators": [...] }'] });
  });
});

