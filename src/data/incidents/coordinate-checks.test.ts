import { describe, expect, it } from 'vitest';
import { checkEastingNorthing, checkLngLat, parseCoordinate } from './coordinate-checks';

describe('parseCoordinate', () => {
  it.each([
    ['-3.193440', -3.19344],
    [' 51.5 ', 51.5],
    ['+2', 2],
    ['.5', 0.5],
    ['318000', 318000],
    ['1e3', 1000],
  ])('reads %j', (text, value) => {
    expect(parseCoordinate(text)).toBe(value);
  });

  it.each(['', 'abc', '51.5N', '1,000', '0x10', 'Infinity', '-', '1e', '1.2.3'])('gives NaN for %j', (text) => {
    expect(parseCoordinate(text)).toBeNaN();
  });
});

describe('checkLngLat', () => {
  it.each([
    [-3.18, 51.48, 'ok'],
    [-6.3, 49.9, 'ok'], // Isles of Scilly
    [-2.1, 49.2, 'ok'], // Jersey
    [-1.3, 60.4, 'ok'], // Shetland
    [-9.05, 53.27, 'ok'], // Galway
    [51.5, -3.1, 'lat-lng-swapped'],
    [318000, 176000, 'bng-in-lat-lng-columns'],
    [2.35, 48.85, 'outside-uk'], // Paris
    [0, 0, 'outside-uk'],
    [200, 51, 'bad-coordinates'],
    [NaN, 51, 'bad-coordinates'],
  ])('(%d, %d) is %s', (lng, lat, expected) => {
    expect(checkLngLat(lng, lat)).toBe(expected);
  });
});

describe('checkEastingNorthing', () => {
  it.each([
    [318000, 176000, 'ok'],
    [-3.18, 51.48, 'bad-coordinates'],
    [900000, 176000, 'outside-uk'],
    [318000, 2_000_000, 'outside-uk'],
  ])('(%d, %d) is %s', (easting, northing, expected) => {
    expect(checkEastingNorthing(easting, northing)).toBe(expected);
  });
});
