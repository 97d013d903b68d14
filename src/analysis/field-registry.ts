/**
 * The field registry: for every kind of `FieldRef`, its persisted form, its label (a catalogue key with
 * parameters), whether its classes are numeric ranges or named categories, and what a layer needs before the
 * field can be drawn. Adding a kind is adding a case here; the exhaustive switches make the compiler list every
 * place that must know.
 */
import type { CohesionMeasure, FieldProblem, FieldRef, TableMeasure } from '../types/field';

/** The computed area of each polygon, in km² (never a column of the file). */
export const AREA_KM2_ID = '__area_km2';

const COHESION_IDS: Record<CohesionMeasure, string> = {
  score: 'cohesion:score',
  rank: 'cohesion:rank',
  quintile: 'cohesion:quintile',
  share: 'community:share',
  overlap: 'community:overlap',
};

/**
 * The persisted form of a field: a stable string kept in stores, workspaces and saved views. Older
 * workspaces wrote exactly these strings, so they read back without a migration.
 */
export function fieldId(ref: FieldRef): string {
  switch (ref.kind) {
    case 'column': return ref.name;
    case 'area-km2': return AREA_KM2_ID;
    case 'incidents': return `incidents:${ref.datasetId}:${ref.measure}`;
    case 'table': return `table:${ref.tableId}:${ref.indicator}:${ref.period}:${ref.measure}`;
    case 'hotspot': return ref.variant === 'gi' ? 'hotspot:gi' : 'hotspot:emerging';
    case 'tension': return 'tension:level';
    case 'cohesion': return COHESION_IDS[ref.measure];
    default: throw new Error(`Unknown field kind ${String((ref satisfies never as { kind: string }).kind)}`);
  }
}

/** The typed field behind a persisted id; anything that is not a known form is a column of the layer. */
export function parseFieldId(id: string): FieldRef {
  if (id === AREA_KM2_ID) return { kind: 'area-km2' };
  if (id === 'hotspot:gi') return { kind: 'hotspot', variant: 'gi' };
  if (id === 'hotspot:emerging') return { kind: 'hotspot', variant: 'emerging' };
  if (id === 'tension:level') return { kind: 'tension' };
  const cohesion = (Object.entries(COHESION_IDS) as [CohesionMeasure, string][]).find(([, value]) => value === id);
  if (cohesion) return { kind: 'cohesion', measure: cohesion[0] };
  const incidents = /^incidents:(.+):(count|rate)$/.exec(id);
  if (incidents) return { kind: 'incidents', datasetId: incidents[1], measure: incidents[2] as 'count' | 'rate' };
  const table = /^table:(.+):(\d+):(\d+):(value|diff|rank|change)$/.exec(id);
  if (table) return { kind: 'table', tableId: table[1], indicator: Number(table[2]), period: Number(table[3]), measure: table[4] as TableMeasure };
  return { kind: 'column', name: id };
}

/**
 * True when the field's classes are fixed categories with names (Gi* significance, emerging hot spot
 * categories, tension levels, the yes/no overlap), never numeric ranges or per-authority breaks.
 */
export function isCategoricalField(ref: FieldRef): boolean {
  switch (ref.kind) {
    case 'hotspot':
    case 'tension':
      return true;
    case 'cohesion':
      return ref.measure === 'overlap';
    case 'column':
    case 'area-km2':
    case 'incidents':
    case 'table':
      return false;
    default: return ref satisfies never;
  }
}

/** What the registry needs to know about the workspace to label a field and decide whether it can be drawn. */
export interface FieldContext {
  /** The layer the field is drawn on, and its numeric columns. */
  layer: { id: string; columns: ReadonlyArray<string> };
  /** Incident datasets by id: their label and the layer they are joined into (null: not joined). */
  incidents: Record<string, { label: string; joinedInto: string | null }>;
  /** Whether the layer has residents per area (for rates). */
  hasPopulation: boolean;
  /** Indicator tables by id: label, indicator names, period labels. */
  tables: Record<string, { label: string; indicators: ReadonlyArray<string>; periods: ReadonlyArray<string> }>;
  /** The last hot spot analysis: the layer it ran on, and whether it has emerging categories. */
  hotspot: { boundaryId: string; hasEmerging: boolean } | null;
  /** Whether any tension assessment is loaded. */
  hasTension: boolean;
  /** The cohesion analysis: the layer it ran on, and the measures it has results for. */
  cohesion: { boundaryId: string; measures: ReadonlyArray<CohesionMeasure> } | null;
}

/** A catalogue key with its parameters; the interface words it. */
export interface FieldLabel {
  key: string;
  params: Record<string, string>;
}

/** The label of a field ("Crime: incidents", "Hot and cold spots (Gi*, significance)", a column's own name). */
export function fieldLabel(ref: FieldRef, context: Pick<FieldContext, 'incidents' | 'tables'>): FieldLabel {
  switch (ref.kind) {
    case 'column': return { key: 'field.column', params: { name: ref.name } };
    case 'area-km2': return { key: 'style.field.areaKm2', params: {} };
    case 'incidents': return { key: `incidents.field.${ref.measure}`, params: { name: context.incidents[ref.datasetId]?.label ?? ref.datasetId } };
    case 'table': {
      const table = context.tables[ref.tableId];
      const period = table?.periods[ref.period] ?? '';
      // The period is a word of the phrase, placed by the catalogue (its own key when there is one), not glued on here.
      return period
        ? { key: `tables.measure.${ref.measure}.dated`, params: { indicator: table?.indicators[ref.indicator] ?? '?', period } }
        : { key: `tables.measure.${ref.measure}`, params: { indicator: table?.indicators[ref.indicator] ?? '?' } };
    }
    case 'hotspot': return { key: ref.variant === 'gi' ? 'hotspot.field' : 'hotspot.emergingField', params: {} };
    case 'tension': return { key: 'tension.field', params: {} };
    case 'cohesion': return { key: `cohesion.field.${fieldId(ref).split(':')[1]}`, params: {} };
    default: return ref satisfies never;
  }
}

/**
 * Why the field cannot be drawn on the context's layer, or null when it can. A view whose field has a problem
 * is refused by name; it is never drawn with another field in its place.
 */
export function fieldProblem(ref: FieldRef, context: FieldContext): FieldProblem | null {
  switch (ref.kind) {
    case 'column':
      return context.layer.columns.includes(ref.name) ? null : { code: 'column-missing', params: { name: ref.name } };
    case 'area-km2':
      return null;
    case 'incidents': {
      const incidents = context.incidents[ref.datasetId];
      if (!incidents) return { code: 'incidents-missing', params: { name: ref.datasetId } };
      if (incidents.joinedInto !== context.layer.id) return { code: 'join-missing', params: { name: incidents.label } };
      if (ref.measure === 'rate' && !context.hasPopulation) return { code: 'population-missing', params: { name: incidents.label } };
      return null;
    }
    case 'table': {
      const table = context.tables[ref.tableId];
      if (!table) return { code: 'table-missing', params: { name: ref.tableId } };
      if (ref.indicator >= table.indicators.length || ref.period >= table.periods.length) return { code: 'indicator-missing', params: { name: table.label } };
      return null;
    }
    case 'hotspot': {
      const run = context.hotspot;
      if (!run || run.boundaryId !== context.layer.id) return { code: 'hotspot-not-run', params: {} };
      return ref.variant === 'emerging' && !run.hasEmerging ? { code: 'emerging-not-run', params: {} } : null;
    }
    case 'tension':
      return context.hasTension ? null : { code: 'tension-missing', params: {} };
    case 'cohesion': {
      const cohesion = context.cohesion;
      return cohesion && cohesion.boundaryId === context.layer.id && cohesion.measures.includes(ref.measure) ? null : { code: 'cohesion-not-run', params: {} };
    }
    default: return ref satisfies never;
  }
}

/** The ids of datasets and tables a field reads, for the timeline and the period label of a view. */
export function fieldSources(ref: FieldRef): { incidents: string[]; tables: string[]; tension: boolean } {
  switch (ref.kind) {
    case 'incidents': return { incidents: [ref.datasetId], tables: [], tension: false };
    case 'table': return { incidents: [], tables: [ref.tableId], tension: false };
    case 'tension': return { incidents: [], tables: [], tension: true };
    case 'column':
    case 'area-km2':
    case 'hotspot':
    case 'cohesion':
      return { incidents: [], tables: [], tension: false };
    default: return ref satisfies never;
  }
}

const COHESION_ORDER: ReadonlyArray<CohesionMeasure> = ['score', 'rank', 'quintile', 'share', 'overlap'];

/**
 * Every field the context's layer can draw now, in the order the style panel lists them: analyses first
 * (hot spots, tension, cohesion, joined incidents), then the layer's columns and its area. Table fields are
 * chosen indicator by indicator elsewhere and passed in as `tableFields`.
 */
export function offeredFields(context: FieldContext, tableFields: ReadonlyArray<Extract<FieldRef, { kind: 'table' }>> = []): FieldRef[] {
  const layerId = context.layer.id;
  const hotspot: FieldRef[] = context.hotspot?.boundaryId === layerId
    ? [{ kind: 'hotspot', variant: 'gi' }, ...(context.hotspot.hasEmerging ? [{ kind: 'hotspot', variant: 'emerging' } as const] : [])]
    : [];
  const cohesion: FieldRef[] = context.cohesion?.boundaryId === layerId
    ? COHESION_ORDER.filter((m) => context.cohesion!.measures.includes(m)).map((measure) => ({ kind: 'cohesion', measure }))
    : [];
  const incidents: FieldRef[] = Object.entries(context.incidents)
    .filter(([, d]) => d.joinedInto === layerId)
    .flatMap(([datasetId]) => [{ kind: 'incidents', datasetId, measure: 'count' } as const, ...(context.hasPopulation ? [{ kind: 'incidents', datasetId, measure: 'rate' } as const] : [])]);
  const all: FieldRef[] = [
    ...hotspot,
    ...(context.hasTension ? [{ kind: 'tension' } as const] : []),
    ...cohesion,
    ...incidents,
    ...tableFields,
    ...context.layer.columns.map((name): FieldRef => ({ kind: 'column', name })),
    { kind: 'area-km2' },
  ];
  return all.filter((ref) => fieldProblem(ref, context) === null);
}
