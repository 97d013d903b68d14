/**
 * The period a map shows, in words, derived from the data it draws: the window of the timeline over that
 * data, all of its dates ("2021"), a yearly table's edition, or for hot spots the months Gi* was computed
 * over (whatever the slider says). Empty when the map draws nothing dated.
 */
import { useMemo } from 'react';
import type { IncidentDataset, IndicatorTable } from '../types';
import type { TimeWindow } from '../analysis/timeline-window';
import { parseFieldId } from '../analysis/field-registry';
import type { MessageKey, MessageParams } from '../i18n/translate';
import { useChoropleth } from '../state/choropleth';
import { timelinePeriods, useTimelinePeriods, type TimelinePeriods } from '../state/timeline-derived';
import { drawsNothingDated, useDrawnSources, type DrawnSources } from '../state/view-sources';
import { useTableStore } from '../state/table-store';
import { useHotspotStore } from '../state/hotspot-store';
import { useIncidentStore } from '../state/incident-store';
import { currentPeriodLabel, periodRangeLabel } from './TimeSlider/format-period';
import { useT } from './use-t';
import { formatDate } from './format-date';
import { useTensionDate, useTensionRows } from '../state/tension-derived';
import { useScopedTimeline } from '../state/view-scope';

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
  /** The incident panel's date filter on the incidents the field counts, which applies when the slider is on all dates. */
  dateFilter?: { fromMs: number | null; toMs: number | null } | null;
}

/** The first and last period (indexes) that share a moment with the date filter, or the whole run without one. */
function filteredRange(boundsMs: ReadonlyArray<number>, count: number, filter: ViewPeriodInput['dateFilter']): [number, number] | null {
  let first = 0;
  let last = count - 1;
  if (filter?.fromMs != null) while (first <= last && boundsMs[first + 1] <= filter.fromMs) first++;
  if (filter?.toMs != null) while (last >= first && boundsMs[last] >= filter.toMs) last--;
  return first <= last ? [first, last] : null;
}

/** The period of a view in words (see the module comment); '' when it draws nothing dated. */
export function viewPeriodText(input: ViewPeriodInput, t: (k: MessageKey, p?: MessageParams) => string): string {
  if (drawsNothingDated(input.sources)) return '';
  const ref = input.field ? parseFieldId(input.field) : null;
  if (ref?.kind === 'table' && input.sources.incidents.length === 0) return input.tables[ref.tableId]?.periods[ref.period] ?? '';
  if (ref?.kind === 'hotspot' && input.hotspotIncidents) {
    const own = timelinePeriods([input.hotspotIncidents], input.periods.kind);
    const range = filteredRange(own.boundsMs, own.keys.length, input.dateFilter);
    return range ? periodRangeLabel(own.keys, own.kind, range[0], range[1], t) : '';
  }
  // A tension map on all dates shows each area's latest rating, as at the last assessment: say that day.
  if (ref?.kind === 'tension' && input.step === null && input.tensionAtMs !== null) return t('time.asAt', { date: formatDate(input.tensionAtMs, 'day-month-year', t) });
  const { keys, kind } = input.periods;
  if (keys.length === 0) return '';
  if (input.step !== null) return currentPeriodLabel(keys, kind, input.step, input.window, t);
  // All dates: those the counted incidents are filtered to, when the incident panel narrows them.
  const range = filteredRange(input.periods.boundsMs, keys.length, ref?.kind === 'incidents' ? input.dateFilter : null);
  return range ? periodRangeLabel(keys, kind, range[0], range[1], t) : '';
}

/** The period of the map of a layer as it is drawn now. */
export function useViewPeriod(datasetId: string | null): string {
  const t = useT();
  const choropleth = useChoropleth(datasetId);
  const sources = useDrawnSources();
  const { kind, step, window } = useScopedTimeline();
  const periods = useTimelinePeriods(kind);
  const tables = useTableStore((s) => s.tables);
  const hotspotField = useHotspotStore((s) => s.run?.field ?? null);
  const incidents = useIncidentStore((s) => s.incidents);
  const filters = useIncidentStore((s) => s.filters);
  const tensionAtMs = useTensionDate(useTensionRows());
  return useMemo(() => {
    const behind = hotspotField ? parseFieldId(hotspotField) : null;
    const hotspotIncidents = behind?.kind === 'incidents' ? incidents[behind.datasetId] ?? null : null;
    const field = choropleth?.field ?? null;
    const counted = field ? parseFieldId(field) : null;
    const filterOf = counted?.kind === 'incidents' ? counted.datasetId : behind?.kind === 'incidents' && counted?.kind === 'hotspot' ? behind.datasetId : null;
    const dateFilter = filterOf ? filters[filterOf] ?? null : null;
    return viewPeriodText({ field, sources, periods, step, window, tables, hotspotIncidents, tensionAtMs, dateFilter }, t);
  }, [choropleth, sources, periods, step, window, tables, hotspotField, incidents, filters, tensionAtMs, t]);
}
