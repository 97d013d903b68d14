import { useCallback } from 'react';
import { useIncidentStore } from '../../state/incident-store';
import type { IndexSource } from '../../state/cohesion-store';
import { useT } from '../use-t';

/** An incident or tension measure of the index in words: "Gwent crimes: Anti-social behaviour per 1,000 residents". */
export function useIndexSourceLabel(): (source: IndexSource) => string {
  const t = useT();
  const incidents = useIncidentStore((s) => s.incidents);
  return useCallback((source: IndexSource) => {
    if (source.kind === 'tension') return t('cohesion.source.tension');
    const label = incidents[source.incidentId]?.label ?? source.incidentId;
    const category = source.category ?? t('cohesion.source.allCategories');
    return t(source.measure === 'rate' ? 'cohesion.source.rate' : 'cohesion.source.count', { label, category });
  }, [t, incidents]);
}
