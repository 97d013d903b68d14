import { useCallback } from 'react';
import { useIncidentStore } from '../state/incident-store';
import { parseIncidentField } from '../state/incident-derived';
import { AREA_KM2_FIELD } from '../analysis/area-size';
import { useT } from './use-t';

/** Readable name of a mappable field: a column name, the computed area, or a joined incident measure. */
export function useFieldLabel(): (field: string) => string {
  const t = useT();
  const incidents = useIncidentStore((s) => s.incidents);
  return useCallback((field: string) => {
    if (field === AREA_KM2_FIELD) return t('style.field.areaKm2');
    const parsed = parseIncidentField(field);
    if (!parsed) return field;
    const name = incidents[parsed.incidentId]?.label ?? parsed.incidentId;
    return t(parsed.measure === 'count' ? 'incidents.field.count' : 'incidents.field.rate', { name });
  }, [t, incidents]);
}
