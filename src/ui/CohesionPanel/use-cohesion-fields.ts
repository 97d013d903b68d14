import { useCohesionResults } from '../../state/cohesion-derived';
import { fieldId } from '../../analysis/field-registry';

/** The cohesion fields that currently have values (index computed, community chosen). */
export function useCohesionFieldsAvailable(): string[] {
  const results = useCohesionResults();
  if (!results) return [];
  return [
    ...(results.index && results.index.scoredCount > 0 ? [fieldId({ kind: 'cohesion', measure: 'score' }), fieldId({ kind: 'cohesion', measure: 'rank' }), fieldId({ kind: 'cohesion', measure: 'quintile' })] : []),
    ...(results.community ? [fieldId({ kind: 'cohesion', measure: 'share' })] : []),
    ...(results.overlapAreas ? [fieldId({ kind: 'cohesion', measure: 'overlap' })] : []),
  ];
}
