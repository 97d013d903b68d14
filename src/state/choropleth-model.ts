/**
 * The choropleth of one layer as every renderer reads it (map paint, legend, tooltip, table, export): its own
 * module so the builders of each kind (categorical, hot spots) and the derivation share it without a loop.
 */
import type { CategoryLabel, Classification } from '../types';
import type { FieldProblem } from '../types/field';
import type { AuthorityLegendPart } from './authority-choropleth';

export interface Choropleth {
  datasetId: string;
  field: string;
  /** Set when the field cannot be drawn on this layer: every area is no data and the legend says why. */
  refusal?: FieldProblem;
  values: ReadonlyArray<number | null>;
  /** Class index of each area (parallel to the dataset's features); -1 = no data. */
  classIndexes: ReadonlyArray<number>;
  classification: Classification;
  /** Per-authority classification (issue 7): each authority's classes; `classification` then holds all their bins. */
  byAuthority?: AuthorityLegendPart[];
  /** A line the legend shows under the classes (e.g. that two tension scales share the EEP categories). */
  note?: CategoryLabel;
}
