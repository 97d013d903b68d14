import { describe, expect, it } from 'vitest';
import type { FieldSummary } from '../types';
import { AREA_KM2_FIELD } from './area-size';
import { chooseDefaultField, mappableFields } from './default-field';

const field = (name: string, kind: FieldSummary['kind']): FieldSummary => ({ name, kind, filled: 10, numeric: kind === 'numeric' ? 10 : 0, distinct: 10 });

describe('chooseDefaultField', () => {
  it('skips identifiers, coordinates and geometry bookkeeping', () => {
    const fields = [field('OBJECTID', 'numeric'), field('BNG_E', 'numeric'), field('LAT', 'numeric'), field('SHAPE_Area', 'numeric'), field('population', 'numeric')];
    expect(chooseDefaultField(fields, null)).toBe('population');
  });
  it('falls back to the computed area when no column is a measure', () => {
    expect(chooseDefaultField([field('small_area', 'text'), field('FID', 'numeric')], 'small_area')).toBe(AREA_KM2_FIELD);
  });
  it('offers every numeric field except the code, then the computed area', () => {
    expect(mappableFields([field('code', 'numeric'), field('name', 'text'), field('SHAPE_Area', 'numeric')], 'code')).toEqual(['SHAPE_Area', AREA_KM2_FIELD]);
  });
});
