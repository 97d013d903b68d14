import { describe, expect, it } from 'vitest';
import type { FieldSummary } from '../types';
import { detectPopulationField } from './population-field';

const f = (name: string, kind: FieldSummary['kind'] = 'numeric'): FieldSummary => ({ name, kind, filled: 1, numeric: kind === 'numeric' ? 1 : 0, distinct: 1 });

describe('detectPopulationField', () => {
  it('prefers an exact name, then any numeric column mentioning population', () => {
    expect(detectPopulationField([f('pop_density'), f('population')])).toBe('population');
    expect(detectPopulationField([f('area'), f('Total population 2021')])).toBe('Total population 2021');
  });
  it('ignores text columns and returns null when nothing fits', () => {
    expect(detectPopulationField([f('population', 'text'), f('score')])).toBeNull();
  });
});
