import { describe, expect, it } from 'vitest';
import { chooseDecimals, formatNumber } from './format-number';

describe('chooseDecimals', () => {
  it('uses no decimals when whole numbers already differ', () => {
    expect(chooseDecimals([0, 12, 250, 1300.4])).toBe(0);
    expect(chooseDecimals([])).toBe(0);
  });

  it('adds decimals until every distinct value prints differently', () => {
    expect(chooseDecimals([1, 1.5, 2])).toBe(1);
    expect(chooseDecimals([0.12, 0.15, 0.2])).toBe(2);
    expect(chooseDecimals([0.001, 0.002, 1])).toBe(3);
  });

  it('stops at 3 decimals and ignores repeats and non-finite values', () => {
    expect(chooseDecimals([0.0001, 0.0002])).toBe(3);
    expect(chooseDecimals([2, 2, 3, Number.NaN, Infinity])).toBe(0);
  });
});

describe('formatNumber', () => {
  it('groups thousands and fixes the decimals in en-GB and Welsh', () => {
    expect([formatNumber(1234567.891, 'en-GB', 2), formatNumber(1234567.891, 'cy', 2)]).toEqual(['1,234,567.89', '1,234,567.89']);
    expect([formatNumber(12.5, 'en-GB', 0), formatNumber(3, 'cy', 1), formatNumber(-4200, 'en-GB', 0)]).toEqual(['13', '3.0', '-4,200']);
  });

  it('never prints a negative zero', () => {
    expect([formatNumber(-0.0004, 'en-GB', 2), formatNumber(-0, 'cy', 0), formatNumber(-0.005, 'en-GB', 2)]).toEqual([
      '0.00',
      '0',
      '-0.01',
    ]);
  });

  it('clamps the number of decimals to 0..20', () => {
    expect([formatNumber(1.25, 'en-GB', -1), formatNumber(1.25, 'en-GB', 2.4)]).toEqual(['1', '1.25']);
  });
});
