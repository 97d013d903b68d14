import { describe, expect, it } from 'vitest';
import { fileStem, uniqueStems } from './file-names';

describe('fileStem', () => {
  it('keeps letters of any script and digits, turning the rest into single hyphens', () => {
    expect(fileStem('Crime rate per 1,000 (May 2020)')).toBe('Crime-rate-per-1-000-May-2020');
    expect(fileStem('Ŵyr / Wyrion: Tŷ')).toBe('Ŵyr-Wyrion-Tŷ');
    expect(fileStem('../../etc/passwd')).toBe('etc-passwd');
    expect(fileStem('  ***  ')).toBe('map');
    expect(fileStem('x'.repeat(200))).toHaveLength(80);
  });
});

describe('uniqueStems', () => {
  it('numbers repeats, ignoring case, and leaves distinct names alone', () => {
    expect(uniqueStems(['rate', 'Rate', 'count', 'rate'])).toEqual(['rate', 'Rate-2', 'count', 'rate-3']);
  });
});
