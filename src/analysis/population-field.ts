/** Finds the resident population column of a boundary layer, for rates per 1,000 residents. */
import type { FieldSummary } from '../types';

const POPULATION_NAME = /^(population|pop|usual_?residents|all_usual_residents|residents|total_?population|usual resident population|observation)$/i;

/** The numeric field most likely to hold resident population, or null. Exact names win over "…population…". */
export function detectPopulationField(fields: ReadonlyArray<FieldSummary>): string | null {
  const numeric = fields.filter((f) => f.kind === 'numeric');
  return numeric.find((f) => POPULATION_NAME.test(f.name))?.name ?? numeric.find((f) => /population|residents/i.test(f.name))?.name ?? null;
}
