import { useCallback } from 'react';
import { useIncidentStore } from '../state/incident-store';
import { useTableStore } from '../state/table-store';
import { parseIncidentField } from '../state/incident-derived';
import { parseTableField } from '../state/table-derived';
import { TENSION_FIELD } from '../state/tension-derived';
import { EMERGING_FIELD, HOTSPOT_FIELD } from '../state/hotspot-derived';
import { AREA_KM2_FIELD } from '../analysis/area-size';
import type { MessageKey } from '../i18n/translate';
import { useT } from './use-t';

/** Readable name of a mappable field: a column, the computed area, joined incidents, a table measure, the index. */
export function useFieldLabel(): (field: string) => string {
  const t = useT();
  const incidents = useIncidentStore((s) => s.incidents);
  const tables = useTableStore((s) => s.tables);
  return useCallback((field: string) => {
    if (field === AREA_KM2_FIELD) return t('style.field.areaKm2');
    if (field === TENSION_FIELD) return t('tension.field');
    if (field === HOTSPOT_FIELD) return t('hotspot.field');
    if (field === EMERGING_FIELD) return t('hotspot.emergingField');
    const incident = parseIncidentField(field);
    if (incident) {
      const name = incidents[incident.incidentId]?.label ?? incident.incidentId;
      return t(incident.measure === 'count' ? 'incidents.field.count' : 'incidents.field.rate', { name });
    }
    const ref = parseTableField(field);
    if (ref) {
      const table = tables[ref.tableId];
      const indicator = table?.indicators[ref.indicator]?.name ?? '?';
      const period = table?.periods[ref.period] ?? '';
      return t(`tables.measure.${ref.measure}` as MessageKey, { indicator, period: period ? ` (${period})` : '' });
    }
    if (field.startsWith('cohesion:') || field.startsWith('community:')) return t(`cohesion.field.${field.split(':')[1]}` as MessageKey);
    return field;
  }, [t, incidents, tables]);
}
