import { useMemo } from 'react';
import { useLayerStore } from '../../state/layer-store';
import { useDataStore } from '../../state/data-store';
import { useIncidentStore } from '../../state/incident-store';
import { useTableStore } from '../../state/table-store';
import { useCohesionStore } from '../../state/cohesion-store';
import { useTimelineStore } from '../../state/timeline-store';
import { useTimelinePeriods } from '../../state/timeline-derived';
import { incidentFieldsFor } from '../../state/incident-derived';
import { mappableFields } from '../../analysis/default-field';
import { useCohesionFieldsAvailable } from '../CohesionPanel/use-cohesion-fields';
import { useFieldLabel } from '../use-field-label';
import { useLocaleTag, useT } from '../use-t';
import { formatPeriod } from '../TimeSlider/format-period';

export interface BatchChoices {
  datasetId: string | null;
  /** Value fields the mapped layer can show (as the style panel lists them). */
  fields: Array<{ field: string; label: string }>;
  /** Timeline periods, by step. */
  periods: Array<{ step: number; label: string }>;
}

/** What a batch export can step through for the mapped layer: its value fields and the timeline's periods. */
export function useBatchChoices(): BatchChoices {
  const t = useT();
  const localeTag = useLocaleTag();
  const fieldLabel = useFieldLabel();
  const datasetId = useLayerStore((s) => s.activeLayerId);
  const dataset = useDataStore((s) => (datasetId ? s.datasets[datasetId] : undefined));
  const joins = useIncidentStore((s) => s.joins);
  const populations = useIncidentStore((s) => s.populations);
  const tables = useTableStore((s) => s.tables);
  const cohesionBoundary = useCohesionStore((s) => s.boundaryId);
  const cohesionFields = useCohesionFieldsAvailable();
  const kind = useTimelineStore((s) => s.kind);
  const timeline = useTimelinePeriods(kind);
  return useMemo(() => {
    const names = dataset
      ? [...incidentFieldsFor(dataset, { joins, tables, populations }), ...(cohesionBoundary === dataset.id ? cohesionFields : []), ...mappableFields(dataset.fields, dataset.codeField)]
      : [];
    return {
      datasetId: datasetId ?? null,
      fields: names.map((field) => ({ field, label: fieldLabel(field) })),
      periods: timeline.keys.map((key, step) => ({ step, label: formatPeriod(key, timeline.kind, t) })),
    };
  }, [dataset, datasetId, joins, tables, populations, cohesionBoundary, cohesionFields, fieldLabel, timeline, localeTag, t]);
}
