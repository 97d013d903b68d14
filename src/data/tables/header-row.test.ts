import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../../test/helpers/freeze';
import { findHeaderRow } from './header-row';

const rows = deepFreeze([
  ['Welsh Index of Multiple Deprivation 2019'],
  [],
  [null, null, 'Domain Score'],
  ['LSOA Code', 'LSOA Name', 'WIMD 2019'],
  ['W01000001', 'Aberffraw 1', 19.2],
  ['W01000002', 'Aberffraw 2', 12.2],
]);

describe('findHeaderRow', () => {
  it('finds the header under title rows: the first row whose column is followed by GSS codes', () => {
    expect(findHeaderRow(rows)).toBe(3);
  });

  it('takes the first row when data starts right under it', () => {
    expect(findHeaderRow(rows.slice(3))).toBe(0);
  });

  it('is not fooled by a UK-wide total row (K04000001) straight under the header', () => {
    expect(findHeaderRow([['Title'], ['code', 'value'], ['K04000001', 9], ['E01000001', 1], ['E01000002', 2]])).toBe(1);
  });

  it('finds the row holding a named code column when one is given (case-insensitive)', () => {
    expect([findHeaderRow(rows, 'lsoa code'), findHeaderRow(rows, 'Domain Score'), findHeaderRow(rows, 'missing')]).toEqual([3, 2, null]);
  });

  it('falls back to the first row as wide as the widest early row when there are no GSS codes', () => {
    expect(findHeaderRow([['Populations'], ['Name', 'Residents'], ['Ashbridge', 1200], ['Wellmoor', 800]])).toBe(1);
  });

  it('gives null for a table of blank rows', () => {
    expect(findHeaderRow([[], ['', null], ['  ']])).toBeNull();
  });
});
