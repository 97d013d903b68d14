import { describe, expect, it } from 'vitest';
import { deepFreeze } from '../../test/helpers/freeze';
import type { FieldValue } from '../types';
import { detectAreaFields, parseNumericValue, summariseFields } from './field-detection';

const rows = (list: Record<string, FieldValue>[]) => deepFreeze(list.map((properties) => ({ properties })));
const detect = (list: Record<string, FieldValue>[]) => {
  const features = rows(list);
  return detectAreaFields(features, summariseFields(features));
};

describe('parseNumericValue', () => {
  it.each([
    [12, 12],
    ['12', 12],
    [' -3.5 ', -3.5],
    ['1,234', 1234],
    ['12,345.67', 12345.67],
    ['1e3', 1000],
    ['', null],
    ['n/a', null],
    ['1,23', null],
    ['E01000001', null],
    [true, null],
    [null, null],
    [Number.NaN, null],
  ] as const)('%j → %j', (value, expected) => {
    expect(parseNumericValue(value)).toBe(expected);
  });
});

describe('summariseFields', () => {
  it('counts filled, numeric and distinct values per column in first-seen order', () => {
    expect(summariseFields(rows([
      { code: 'X01000001', population: '1,520', note: null },
      { code: 'X01000002', population: 1730, note: '' },
      { code: 'X01000002', population: 'unknown', extra: 4 },
    ]))).toEqual([
      { name: 'code', kind: 'text', filled: 3, numeric: 0, distinct: 2 },
      { name: 'population', kind: 'text', filled: 3, numeric: 2, distinct: 3 },
      { name: 'note', kind: 'empty', filled: 0, numeric: 0, distinct: 0 },
      { name: 'extra', kind: 'numeric', filled: 1, numeric: 1, distinct: 1 },
    ]);
  });
});

describe('detectAreaFields', () => {
  it('finds LSOA code and English name columns whatever their case, Welsh names ranked lower', () => {
    expect(detect([
      { lsoa21cd: 'W01001694', LSOA21NMW: 'Caerdydd 001A', lsoa21nm: 'Cardiff 001A' },
      { lsoa21cd: 'W01001695', LSOA21NMW: 'Caerdydd 001B', lsoa21nm: 'Cardiff 001B' },
    ])).toEqual({ codeField: 'lsoa21cd', nameField: 'lsoa21nm', codeCandidates: ['lsoa21cd'], nameCandidates: ['lsoa21nm', 'LSOA21NMW'] });
  });

  it('prefers a column of unique GSS-shaped values over a column merely named like a code', () => {
    expect(detect([
      { code: '101', small_area: 'W01001694', name: 'A' },
      { code: '102', small_area: 'W01001695', name: 'B' },
      { code: '103', small_area: 'W01001696', name: 'C' },
    ])).toEqual({ codeField: 'small_area', nameField: 'name', codeCandidates: ['small_area', 'code'], nameCandidates: ['name'] });
  });

  it('detects example-data X codes by their shape even under an unknown column name', () => {
    expect(detect([
      { zone: 'X05000001', title: 'North' },
      { zone: 'X05000002', title: 'South' },
    ])).toEqual({ codeField: 'zone', nameField: null, codeCandidates: ['zone'], nameCandidates: [] });
  });

  it('prefers the unique code column (LSOA) over a repeated parent code (LAD) and pairs the name by prefix', () => {
    expect(detect([
      { LAD11CD: 'E08000004', LSOA11CD: 'E01005000', LAD11NM: 'Oldham', LSOA11NM: 'Oldham 001A' },
      { LAD11CD: 'E08000004', LSOA11CD: 'E01005001', LAD11NM: 'Oldham', LSOA11NM: 'Oldham 001B' },
    ])).toEqual({ codeField: 'LSOA11CD', nameField: 'LSOA11NM', codeCandidates: ['LSOA11CD', 'LAD11CD'], nameCandidates: ['LSOA11NM', 'LAD11NM'] });
  });

  it('reads table headers such as "geography code" and "LSOA code"', () => {
    expect(detect([{ date: '2021', geography: 'Hartlepool 001A', 'geography code': 'E01011954' }]).codeField).toBe('geography code');
    expect(detect([
      { 'Crime ID': 'abc', 'LSOA code': 'W01001694', 'LSOA name': 'Cardiff 001A' },
      { 'Crime ID': 'def', 'LSOA code': 'W01001694', 'LSOA name': 'Cardiff 001A' },
    ])).toEqual({ codeField: 'LSOA code', nameField: 'LSOA name', codeCandidates: ['LSOA code'], nameCandidates: ['LSOA name'] });
  });

  it('finds nothing in columns that are neither code- nor name-like', () => {
    expect(detect([{ FID: 1, SHAPE_Area: 0.2 }, { FID: 2, SHAPE_Area: 0.3 }])).toEqual({ codeField: null, nameField: null, codeCandidates: [], nameCandidates: [] });
  });
});
