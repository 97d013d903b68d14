import { useMemo } from 'react';
import { useLayerStore } from '../../state/layer-store';
import { useDataStore } from '../../state/data-store';
import { useTimelineStore } from '../../state/timeline-store';
import { useTimelinePeriods } from '../../state/timeline-derived';
import { useFieldLabel } from '../use-field-label';
import { useLocaleTag, useT } from '../use-t';
import { formatPeriod } from '../TimeSlider/format-period';
import { fieldId, offeredFields } from '../../analysis/field-registry';
import { useFieldContext } from '../../state/field-context';

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
  const context = useFieldContext(dataset);
  const kind = useTimelineStore((s) => s.kind);
  const timeline = useTimelinePeriods(kind);
  return useMemo(() => {
    // The registry's list for the layer (as the style panel offers it), less the area: one page per value.
    const names = context ? offeredFields(context).filter((ref) => ref.kind !== 'area-km2').map(fieldId) : [];
    return {
      datasetId: datasetId ?? null,
      fields: names.map((field) => ({ field, label: fieldLabel(field) })),
      periods: timeline.keys.map((key, step) => ({ step, label: formatPeriod(key, timeline.kind, t) })),
    };
  }, [context, datasetId, fieldLabel, timeline, localeTag, t]);
}
