import { useCohesionResults } from '../../state/cohesion-derived';

/** The cohesion fields that currently have values (index computed, community chosen). */
export function useCohesionFieldsAvailable(): string[] {
  const results = useCohesionResults();
  if (!results) return [];
  return [
    ...(results.index && results.index.scoredCount > 0 ? ['cohesion:score', 'cohesion:rank', 'cohesion:quintile'] : []),
    ...(results.community ? ['community:share'] : []),
    ...(results.overlapAreas ? ['community:overlap'] : []),
  ];
}
