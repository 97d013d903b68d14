import { describe, expect, it } from 'vitest';
import { customProxyCatalogue, exportCustomProxies } from './custom-proxies';
import { suggestIndicatorForColumn, validateIndicatorCatalogue } from './indicator-catalogue';

const proxies = [
  { columnName: 'Turnout (%) 2022', label: 'Local election turnout', direction: 'positive' as const },
  { columnName: 'Hate incidents', label: 'Hate incidents reported', direction: 'negative' as const },
];

describe('the users\' own proxies', () => {
  it('become custom catalogue indicators that recognise their own column, and nothing else', () => {
    const catalogue = customProxyCatalogue(proxies);
    expect([catalogue.indicators.map((i) => [i.id, i.direction, i.custom]), validateIndicatorCatalogue(catalogue).ok]).toEqual([[['custom-turnout_pct_2022', 'positive', true], ['custom-hate_incidents', 'negative', true]], true]);
    expect(['turnout (%) 2022', 'Hate incidents', 'Hate incidents 2023'].map((name) => suggestIndicatorForColumn(name, catalogue)?.indicatorId ?? null)).toEqual(['custom-turnout_pct_2022', 'custom-hate_incidents', null]);
  });

  it('export as a catalogue file that validates and reads back the same', () => {
    const file = JSON.parse(exportCustomProxies(proxies)) as unknown;
    const result = validateIndicatorCatalogue(file);
    expect(result.ok && result.value.indicators.map((i) => [i.label, i.direction])).toEqual([['Local election turnout', 'positive'], ['Hate incidents reported', 'negative']]);
  });
});
