/**
 * The period a map shows, in words, derived from the data it draws: the window of the timeline over that
 * data, all of its dates ("2021"), a yearly table's edition, or for hot spots the months Gi* was computed
 * over (whatever the slider says). Empty when the map draws nothing dated.
 */
import { useMemo } from 'react';
import { useShallow } from 'zustand/react/shallow';
import type { IncidentDataset, IndicatorTable } from '../types';
import type { TimeWindow } from '../analysis/timeline-window';
import { parseFieldId } from '../analysis/field-registry';
import type { MessageKey, MessageParams } from '../i18n/translate';
import { useChoropleth } from '../state/choropleth';
import { useTimelineStore } from '../state/timeline-store';
import { timelinePeriods, useTimelinePeriods, type TimelinePeriods } from '../state/timeline-derived';
import { drawsNothingDated, useDrawnSources, type DrawnSources } from '../state/view-sources';
import { useTableStore } from '../state/table-store';
import { useHotspotStore } from '../state/hotspot-store';
import { useIncidentStore } from '../state/incident-store';
import { currentPeriodLabel, periodRangeLabel } from './TimeSlider/format-period';
import { useT } from './use-t';
import { formatDate } from './format-date';
import { useTensionDate, useTensionRows } from '../state/tension-derived';

export interface ViewPeriodInput {
  /** The field the map draws (for a yearly table on the timeline, the edition in force). */
  field: string | null;
  sources: DrawnSources;
  periods: TimelinePeriods;
  step: number | null;
  window: TimeWindow;
  tables: Record<string, IndicatorTable>;
  /** The incidents the last hot spot run was computed from. */
  hotspotIncidents: IncidentDataset | null;
  /** The day of the ratings a tension map shows (its latest assessments when the slider is on all dates). */
  tensionAtMs: number | null;
}

/** The period of a view in words (see the module comment); '' when it draws nothing dated. */
export function viewPeriodText(input: ViewPeriodInput, t: (k: MessageKey, p?: MessageParams) => string): string {
  if (drawsNothingDated(input.sources)) return '';
  const ref = input.field ? parseFieldId(input.field) : null;
  if (ref?.kind === 'table' && input.sources.incidents.length === 0) return input.tables[ref.tableId]?.periods[ref.period] ?? '';
  if (ref?.kind === 'hotspot' && input.hotspotIncidents) {
    const own = timelinePeriods([input.hotspotIncidents], input.periods.kind);
    return own.keys.length ? periodRangeLabel(own.keys, own.kind, 0, own.keys.length - 1, t) : '';
  }
  // A tension map on all dates shows each area's latest rating, as at the last assessment: say that day.
  if (ref?.kind === 'tension' && input.step === null && input.tensionAtMs !== null) return t('time.asAt', { date: formatDate(input.tensionAtMs, 'day-month-year', t) });
  const { keys, kind } = input.periods;
  if (keys.length === 0) return '';
  return input.step === null ? periodRangeLabel(keys, kind, 0, keys.length - 1, t) : currentPeriodLabel(keys, kind, input.step, input.window, t);
}

/** The period of the map of a layer as it is drawn now. */
export function useViewPeriod(datasetId: string | null): string {
  const t = useT();
  const choropleth = useChoropleth(datasetId);
  const sources = useDrawnSources();
  const { kind, step, window } = useTimelineStore(useShallow((s) => ({ kind: s.kind, step: s.step, window: s.window })));
  const periods = useTimelinePeriods(kind);
  const tables = useTableStore((s) => s.tables);
  const hotspotField = useHotspotStore((s) => s.run?.field ?? null);
  const incidents = useIncidentStore((s) => s.incidents);
  const tensionAtMs = useTensionDate(useTensionRows());
  return useMemo(() => {
    const behind = hotspotField ? parseFieldId(hotspotField) : null;
    const hotspotIncidents = behind?.kind === 'incidents' ? incidents[behind.datasetId] ?? null : null;
    return viewPeriodText({ field: choropleth?.field ?? null, sources, periods, step, window, tables, hotspotIncidents, tensionAtMs }, t);
  }, [choropleth, sources, periods, step, window, tables, hotspotField, incidents, tensionAtMs, t]);
}
