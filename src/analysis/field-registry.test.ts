import { describe, expect, it } from 'vitest';
import type { FieldRef } from '../types/field';
import { fieldId, fieldLabel, fieldProblem, fieldSources, isCategoricalField, offeredFields, parseFieldId, type FieldContext } from './field-registry';
import { listMessageKeys } from '../i18n/translate';

/** A layer 'lsoas' with one column, crime joined into it with a population, a table, hot spots with emerging categories, tension and an index. */
const ready: FieldContext = {
  layer: { id: 'lsoas', columns: ['population'] },
  incidents: { crime: { label: 'Gwent crime', joinedInto: 'lsoas' } },
  hasPopulation: true,
  tables: { imd: { label: 'WIMD 2019', indicators: ['Income', 'Health'], periods: ['2014', '2019'] } },
  hotspot: { boundaryId: 'lsoas', hasEmerging: true },
  hasTension: true,
  cohesion: { boundaryId: 'lsoas', measures: ['score', 'rank', 'quintile', 'share', 'overlap'] },
};

/** The same workspace after a reload that kept no analysis and lost the table: nothing derived is left. */
const bare: FieldContext = {
  layer: { id: 'lsoas', columns: [] },
  incidents: {},
  hasPopulation: false,
  tables: {},
  hotspot: null,
  hasTension: false,
  cohesion: null,
};

interface Row {
  ref: FieldRef;
  id: string;
  label: { key: string; params: Record<string, string> };
  categorical: boolean;
  /** The problem code on the bare workspace (null: always drawable). */
  bareProblem: string | null;
}

const rows: Row[] = [
  { ref: { kind: 'column', name: 'population' }, id: 'population', label: { key: 'field.column', params: { name: 'population' } }, categorical: false, bareProblem: 'column-missing' },
  { ref: { kind: 'area-km2' }, id: '__area_km2', label: { key: 'style.field.areaKm2', params: {} }, categorical: false, bareProblem: null },
  { ref: { kind: 'incidents', datasetId: 'crime', measure: 'count' }, id: 'incidents:crime:count', label: { key: 'incidents.field.count', params: { name: 'Gwent crime' } }, categorical: false, bareProblem: 'incidents-missing' },
  { ref: { kind: 'incidents', datasetId: 'crime', measure: 'rate' }, id: 'incidents:crime:rate', label: { key: 'incidents.field.rate', params: { name: 'Gwent crime' } }, categorical: false, bareProblem: 'incidents-missing' },
  { ref: { kind: 'table', tableId: 'imd', indicator: 1, period: 1, measure: 'change' }, id: 'table:imd:1:1:change', label: { key: 'tables.measure.change.dated', params: { indicator: 'Health', period: '2019' } }, categorical: false, bareProblem: 'table-missing' },
  { ref: { kind: 'hotspot', variant: 'gi' }, id: 'hotspot:gi', label: { key: 'hotspot.field', params: {} }, categorical: true, bareProblem: 'hotspot-not-run' },
  { ref: { kind: 'hotspot', variant: 'emerging' }, id: 'hotspot:emerging', label: { key: 'hotspot.emergingField', params: {} }, categorical: true, bareProblem: 'hotspot-not-run' },
  { ref: { kind: 'tension' }, id: 'tension:level', label: { key: 'tension.field', params: {} }, categorical: true, bareProblem: 'tension-missing' },
  { ref: { kind: 'cohesion', measure: 'score' }, id: 'cohesion:score', label: { key: 'cohesion.field.score', params: {} }, categorical: false, bareProblem: 'cohesion-not-run' },
  { ref: { kind: 'cohesion', measure: 'overlap' }, id: 'community:overlap', label: { key: 'cohesion.field.overlap', params: {} }, categorical: true, bareProblem: 'cohesion-not-run' },
];

describe('field registry, over every kind', () => {
  const keys = new Set<string>(listMessageKeys());
  it.each(rows)('$id: persisted form, round trip, label, categorical, problems', ({ ref, id, label, categorical, bareProblem }) => {
    expect(fieldId(ref)).toBe(id);
    expect(parseFieldId(id)).toEqual(ref);
    expect(fieldLabel(ref, ready)).toEqual(label);
    expect(keys.has(label.key)).toBe(true);
    expect(isCategoricalField(ref)).toBe(categorical);
    expect(fieldProblem(ref, ready)).toBeNull();
    expect(fieldProblem(ref, bare)?.code ?? null).toBe(bareProblem);
  });

  it('every kind is in the table', () => {
    expect(new Set(rows.map((r) => r.ref.kind))).toEqual(new Set(['column', 'area-km2', 'incidents', 'table', 'hotspot', 'tension', 'cohesion']));
  });

  it('every problem code has words in the catalogue', () => {
    const codes = rows.map((r) => r.bareProblem).filter((c): c is string => c !== null);
    for (const code of [...codes, 'join-missing', 'population-missing', 'indicator-missing', 'emerging-not-run', 'layer-missing', 'hotspot-changed']) expect(keys.has(`field.problem.${code}`)).toBe(true);
  });
});

describe('fieldProblem, the finer reasons', () => {
  it('a join into another layer (the layer was merged) is refused by the incident dataset\'s name', () => {
    const merged = { ...ready, layer: { id: 'merged-1', columns: [] } };
    expect(fieldProblem({ kind: 'incidents', datasetId: 'crime', measure: 'count' }, merged)).toEqual({ code: 'join-missing', params: { name: 'Gwent crime' } });
    expect(fieldProblem({ kind: 'hotspot', variant: 'gi' }, merged)?.code).toBe('hotspot-not-run');
    expect(fieldProblem({ kind: 'cohesion', measure: 'score' }, merged)?.code).toBe('cohesion-not-run');
  });
  it('a rate without residents, emerging categories that were not computed, a period the table lacks', () => {
    expect(fieldProblem({ kind: 'incidents', datasetId: 'crime', measure: 'rate' }, { ...ready, hasPopulation: false })?.code).toBe('population-missing');
    expect(fieldProblem({ kind: 'hotspot', variant: 'emerging' }, { ...ready, hotspot: { boundaryId: 'lsoas', hasEmerging: false } })?.code).toBe('emerging-not-run');
    expect(fieldProblem({ kind: 'table', tableId: 'imd', indicator: 0, period: 2, measure: 'value' }, ready)).toEqual({ code: 'indicator-missing', params: { name: 'WIMD 2019' } });
    expect(fieldProblem({ kind: 'cohesion', measure: 'overlap' }, { ...ready, cohesion: { boundaryId: 'lsoas', measures: ['score'] } })?.code).toBe('cohesion-not-run');
  });
  it('a column named like nothing else stays a column, whatever it is called', () => {
    expect(parseFieldId('table:x')).toEqual({ kind: 'column', name: 'table:x' });
    expect(parseFieldId('incidents:a:b')).toEqual({ kind: 'column', name: 'incidents:a:b' });
  });
});

describe('offeredFields and fieldSources', () => {
  it('offers only what can be drawn, analyses first', () => {
    expect(offeredFields(ready).map(fieldId)).toEqual([
      'hotspot:gi', 'hotspot:emerging', 'tension:level',
      'cohesion:score', 'cohesion:rank', 'cohesion:quintile', 'community:share', 'community:overlap',
      'incidents:crime:count', 'incidents:crime:rate', 'population', '__area_km2',
    ]);
    expect(offeredFields(bare).map(fieldId)).toEqual(['__area_km2']);
  });
  it('names the datasets a field reads', () => {
    expect(fieldSources({ kind: 'incidents', datasetId: 'crime', measure: 'rate' })).toEqual({ incidents: ['crime'], tables: [], tension: false });
    expect(fieldSources({ kind: 'table', tableId: 'imd', indicator: 0, period: 0, measure: 'value' })).toEqual({ incidents: [], tables: ['imd'], tension: false });
    expect(fieldSources({ kind: 'tension' })).toEqual({ incidents: [], tables: [], tension: true });
    expect(fieldSources({ kind: 'hotspot', variant: 'gi' })).toEqual({ incidents: [], tables: [], tension: false });
  });
});
