import { describe, expect, it } from 'vitest';
import { catalogueFor, listMessageKeys, localeTags, PLURAL_VARIANTS, pluralKey, translate, type Locale } from './translate';

const VARIANT = new RegExp(`^(.*)\\.(${PLURAL_VARIANTS.join('|')})$`);

describe('plural forms through Intl.PluralRules', () => {
  it('words English counts with the one form for 1 and the base (other) form otherwise, numbers formatted or not', () => {
    expect([0, 1, 2, '1', '2,696'].map((count) => translate('en', 'legend.count', { count }))).toEqual(['0 areas', '1 area', '2 areas', '1 area', '2,696 areas']);
    expect(translate('en', 'load.loaded', { name: 'Cardiff', count: 1 })).toBe('Loaded Cardiff: 1 area.');
    expect(translate('en', 'importWarning.rows-do-not-match-header', { file: 'a.csv', count: 1, reason: 'x' })).toBe('a.csv: 1 row does not match the header (x).');
  });

  it('picks the Welsh category of each count (zero, one, two, few, many, other) and falls back to the base form', () => {
    expect([0, 1, 2, 3, 6, 7].map((count) => new Intl.PluralRules(localeTags.cy).select(count))).toEqual(['zero', 'one', 'two', 'few', 'many', 'other']);
    expect([0, 1, 2, 3, 6, 7].map((count) => translate('cy', 'export.startBatch', { count }))).toEqual(['Allforio 0 delwedd', 'Allforio 1 ddelwedd', 'Allforio 2 delwedd', 'Allforio 3 delwedd', 'Allforio 6 delwedd', 'Allforio 7 delwedd']);
    expect([pluralKey('cy', 'legend.count', { count: 1 }), pluralKey('cy', 'legend.count', { count: 2 }), pluralKey('en', 'legend.count', {}), pluralKey('en', 'legend.count', { count: 'many' })]).toEqual(['legend.count.one', 'legend.count', 'legend.count', 'legend.count']);
  });
});

describe('catalogue convention for counted messages', () => {
  const keys = new Set<string>(listMessageKeys());

  it('gives every English message that counts a plural noun ("{count} areas") its one form', () => {
    const missing = listMessageKeys().filter((key) => /\{count\} [\p{L}-]+s\b/u.test(catalogueFor('en')[key]) && !keys.has(`${key}.one`));
    expect(missing).toEqual([]);
  });

  it('has a base (other) message beside every plural variant, and only variants the language has', () => {
    const categories = (locale: Locale) => new Intl.PluralRules(localeTags[locale]).resolvedOptions().pluralCategories as string[];
    const problems = (['en', 'cy'] as const).flatMap((locale) => listMessageKeys().flatMap((key) => {
      const match = VARIANT.exec(key);
      if (!match || catalogueFor('en')[key] === undefined) return [];
      if (!keys.has(match[1])) return [`${key}: no base message ${match[1]}`];
      // English keys hold only `one` variants; a Welsh-only category would need its English key too.
      return categories(locale).includes(match[2]) || locale === 'cy' ? [] : [`${key}: ${locale} has no "${match[2]}" category`];
    }));
    expect(problems).toEqual([]);
  });
});
