/**
 * What a choropleth layer maps: a typed reference to a field (STYLE: "The view model"). The registry in
 * `analysis/field-registry.ts` is the one place that knows every kind: its persisted form, its label, whether
 * it is numeric or categorical, and what it needs before it can be drawn.
 */

/** Table measures: the value, its difference from the district average, its rank, its change since the previous period. */
export type TableMeasure = 'value' | 'diff' | 'rank' | 'change';

/** Measures of the cohesion analysis offered as fields. */
export type CohesionMeasure = 'score' | 'rank' | 'quintile' | 'share' | 'overlap';

export type FieldRef =
  | { kind: 'column'; name: string }
  | { kind: 'area-km2' }
  | { kind: 'incidents'; datasetId: string; measure: 'count' | 'rate' }
  | { kind: 'table'; tableId: string; indicator: number; period: number; measure: TableMeasure }
  | { kind: 'hotspot'; variant: 'gi' | 'emerging' }
  | { kind: 'tension' }
  | { kind: 'cohesion'; measure: CohesionMeasure };

export type FieldKind = FieldRef['kind'];

/** Why a field cannot be drawn for a layer; worded by the catalogue (`field.problem.<code>`). */
export type FieldProblemCode =
  | 'column-missing'
  | 'incidents-missing'
  | 'join-missing'
  | 'population-missing'
  | 'table-missing'
  | 'indicator-missing'
  | 'hotspot-not-run'
  | 'emerging-not-run'
  | 'tension-missing'
  | 'cohesion-not-run'
  /** A saved view's layer is no longer loaded (removed, or merged into another). */
  | 'layer-missing'
  /** A saved view of hot spots whose analysis was run again with other incidents, weights or FDR choice. */
  | 'hotspot-changed';

export interface FieldProblem {
  code: FieldProblemCode;
  /** Names for the message (the column, the incident dataset's or table's label). */
  params: Record<string, string>;
}
