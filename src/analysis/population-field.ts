/** Finds the resident population column of a boundary layer, for rates per 1,000 residents. */
import type { FieldSummary } from '../types';
import { rankPopulationColumns } from './population-columns';

/** The numeric field most likely to hold resident population (analysis/population-columns), or null. */
export function detectPopulationField(fields: ReadonlyArray<FieldSummary>): string | null {
  return rankPopulationColumns(fields.filter((f) => f.kind === 'numeric'))[0]?.name ?? null;
}
