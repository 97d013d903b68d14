import { describe, expect, it } from 'vitest';
import { catalogueFor, listMessageKeys, translate } from './translate';
import { welshReviewNeeded } from './messages-cy';

describe('message catalogue', () => {
  it('has exactly the same keys in English and Welsh, none empty', () => {
    const en = Object.keys(catalogueFor('en')).sort();
    const cy = Object.keys(catalogueFor('cy')).sort();
    expect(cy).toEqual(en);
    for (const key of listMessageKeys()) {
      expect(catalogueFor('en')[key].trim(), key).not.toBe('');
      expect(catalogueFor('cy')[key].trim(), key).not.toBe('');
    }
  });

  it('uses the same placeholders in both languages', () => {
    const placeholders = (s: string) => (s.match(/\{\w+\}/g) ?? []).sort();
    for (const key of listMessageKeys()) {
      expect(placeholders(catalogueFor('cy')[key]), key).toEqual(placeholders(catalogueFor('en')[key]));
    }
  });

  it('fills given placeholders and leaves other braces alone', () => {
    expect(translate('en', 'load.loaded', { name: 'Cardiff', count: 218 })).toBe('Loaded Cardiff: 218 areas.');
    expect(translate('cy', 'load.loaded', { name: 'Caerdydd', count: 218 })).toBe('Wedi llwytho Caerdydd: 218 ardal.');
    expect(translate('en', 'settings.basemapHelp', {})).toContain('{z}/{x}/{y}');
  });

  it('lists only existing keys as needing Welsh review', () => {
    const keys = new Set(listMessageKeys());
    expect(welshReviewNeeded.filter((k) => !keys.has(k))).toEqual([]);
  });
});
