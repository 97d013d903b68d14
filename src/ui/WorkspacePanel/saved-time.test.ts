import { describe, expect, it } from 'vitest';
import { translate } from '../../i18n/translate';
import { formatSavedTime } from './saved-time';

describe('formatSavedTime', () => {
  it('writes the local date and time in the interface language', () => {
    const local = new Date(2026, 10, 21, 9, 5).toISOString();
    expect(formatSavedTime(local, (key, params) => translate('en', key, params))).toBe('21 November 2026 at 09:05');
    expect(formatSavedTime(local, (key, params) => translate('cy', key, params))).toBe('21 Tachwedd 2026 am 09:05');
  });
});
