/**
 * The timeline's periods (over every loaded incident dataset) and what a slider step selects: per-area
 * values of the window from per-period counts computed once per join and category filter, and the
 * kept-incidents filter for the heatmap and points.
 */
import { useMemo } from 'react';
import type { IncidentDataset, IndicatorTable, JoinResult, TensionDataset } from '../types';
import { assignPeriods, type PeriodKind } from '../analysis/periods';
import { countIncidents } from '../analysis/incident-counts';
import { periodIndexOn, periodsWithData, pooledWindowValues, windowRange, windowValues, type PeriodTable, type TimeWindow } from '../analysis/timeline-window';
import type { IncidentFilter } from '../analysis/incident-filter';
import { useIncidentStore } from './incident-store';
import { useTensionStore } from './tension-store';
import { useTableStore } from './table-store';
import { drawsNothingDated, useDrawnSources, type DrawnSources } from './view-sources';
import { useScopedTimeline } from './view-scope';
import { createMemo } from '../analysis/memo';

export interface TimelinePeriods {
  kind: PeriodKind;
  keys: string[];
  boundsMs: number[];
}

const rangeCache = new WeakMap<IncidentDataset, [number, number]>();

/** The first and last incident time of a dataset, in ms ([Infinity, -Infinity] when empty; cached per dataset). */
export function incidentTimeRange(dataset: IncidentDataset): [number, number] {
  let range = rangeCache.get(dataset);
  if (!range) {
    let min = Infinity;
    let max = -Infinity;
    for (let i = 0; i < dataset.count; i++) {
      const t = dataset.timeMs[i];
      if (t < min) min = t;
      if (t > max) max = t;
    }
    rangeCache.set(dataset, (range = [min, max]));
  }
  return range;
}

/** Periods from the earliest to the latest incident or other dated record (empty periods included). */
export function timelinePeriods(incidents: IncidentDataset[], kind: PeriodKind, otherTimesMs: number[] = []): TimelinePeriods {
  const extremes: number[] = [...otherTimesMs];
  for (const dataset of incidents) {
    const [min, max] = incidentTimeRange(dataset);
    if (min <= max) extremes.push(min, max);
  }
  const periods = assignPeriods(Float64Array.from(extremes), kind);
  return { kind, keys: periods.keys, boundsMs: periods.boundsMs };
}

/**
 * The timeline over the dated data the view draws (its field's incidents, tables or tension log, and the
 * incident layers shown), so its periods are that data's; over everything loaded when the view draws
 * nothing dated. Recomputed when these or the period kind change.
 */
export function useTimelinePeriods(kind: PeriodKind): TimelinePeriods {
  const incidents = useIncidentStore((s) => s.incidents);
  const tensions = useTensionStore((s) => s.datasets);
  const tables = useTableStore((s) => s.tables);
  const sources = useDrawnSources();
  return useMemo(() => viewTimelinePeriods(sources, kind, { incidents, tensions, tables }), [incidents, tensions, tables, kind, sources]);
}

/** The dated data loaded: what a view's timeline is made from. */
export interface TimelineData {
  incidents: Record<string, IncidentDataset>;
  tensions: Record<string, TensionDataset>;
  tables: Record<string, IndicatorTable>;
}

/** The periods of the timeline of a view that draws `sources` (everything loaded when it draws nothing dated). */
export function viewTimelinePeriods(sources: DrawnSources, kind: PeriodKind, data: TimelineData): TimelinePeriods {
  const all = drawsNothingDated(sources);
  const tensionTimes = all || sources.tension ? Object.values(data.tensions).flatMap((d) => (d.rows.length ? [d.rows[0].timeMs, d.rows[d.rows.length - 1].timeMs] : [])) : [];
  // Indicator tables with several yearly periods sit on the timeline from January of their first year.
  const drawnTables = all ? Object.values(data.tables) : sources.tables.flatMap((id) => (data.tables[id] ? [data.tables[id]] : []));
  const tableTimes = drawnTables.flatMap((table) => (table.periods.length > 1 ? table.periods.map(periodYearStartMs).filter((t): t is number => t !== null) : []));
  const drawnIncidents = all ? Object.values(data.incidents) : sources.incidents.flatMap((id) => (data.incidents[id] ? [data.incidents[id]] : []));
  return timelinePeriods(drawnIncidents, kind, [...tensionTimes, ...tableTimes]);
}

const tableMemo = createMemo<JoinResult, string, PeriodTable>();

/** Counts per area × timeline period for a join, under the category filter only (dates come from the slider). */
export function joinPeriodTable(join: JoinResult, incidents: IncidentDataset, filter: IncidentFilter, periods: TimelinePeriods, areaCount: number): PeriodTable {
  const key = JSON.stringify([periods.kind, periods.keys[0], periods.keys.length, filter.categories]);
  return tableMemo.get(join, key, () => {
    const counts = countIncidents(
      { areaIndex: join.areaIndex, categoryIndex: incidents.categoryIndex, timeMs: incidents.timeMs, periodIndex: periodIndexOn(incidents.timeMs, periods.boundsMs) },
      { areaCount, categoryCount: incidents.categories.length, periodCount: periods.keys.length },
      { categories: filter.categories, fromMs: null, toMs: null },
    );
    return { areaCount, periodCount: periods.keys.length, counts: counts.byAreaPeriod };
  });
}

const pooledMemo = createMemo<PeriodTable, string, Float64Array>();

/** The window's values at a step, and (for fixed breaks) every step's values pooled. */
export function stepValues(table: PeriodTable, window: TimeWindow, step: number): { current: Float64Array; pooled: Float64Array } {
  const pooled = pooledMemo.get(table, JSON.stringify(window), () => pooledWindowValues(table, window, periodsWithData(table)));
  return { current: windowValues(table, window, step), pooled };
}

/** 1 January (UTC) of a period label that is a year ("2019"), else null. */
export function periodYearStartMs(label: string): number | null {
  return /^\d{4}$/.test(label) ? Date.UTC(Number(label), 0, 1) : null;
}

/** The table period in force at a date: the latest yearly period starting on or before it (or null). */
export function tablePeriodAt(periods: ReadonlyArray<string>, atMs: number): number | null {
  let found: number | null = null;
  periods.forEach((label, i) => {
    const start = periodYearStartMs(label);
    if (start !== null && start <= atMs) found = i;
  });
  return found;
}

/** The date range [from, to) the window covers at a step, for filtering the heatmap and points. */
export function stepDateRange(periods: TimelinePeriods, window: TimeWindow, step: number): { fromMs: number; toMs: number } {
  const [first, last] = windowRange(window, step);
  return { fromMs: periods.boundsMs[first], toMs: periods.boundsMs[last + 1] };
}

const effectiveCache = new WeakMap<IncidentFilter, Map<string, IncidentFilter>>();

/** The user's filter with its dates replaced by the slider window's (same object for the same inputs). */
export function filterForStep(filter: IncidentFilter, range: { fromMs: number; toMs: number } | null): IncidentFilter {
  if (!range) return filter;
  const key = `${range.fromMs}:${range.toMs}`;
  let byRange = effectiveCache.get(filter);
  if (!byRange) effectiveCache.set(filter, (byRange = new Map()));
  let effective = byRange.get(key);
  if (!effective) {
    effective = { ...filter, fromMs: range.fromMs, toMs: range.toMs };
    byRange.set(key, effective);
  }
  return effective;
}

/** The slider window's date range (at `pinnedStep` for a pinned comparison pane), or null when the slider is off ("all dates"). */
export function useStepDateRange(pinnedStep?: number | 'follow'): { fromMs: number; toMs: number } | null {
  const { step: sliderStep, window, kind } = useScopedTimeline();
  const step = pinnedStep === undefined || pinnedStep === 'follow' ? sliderStep : pinnedStep;
  const periods = useTimelinePeriods(kind);
  return useMemo(() => (step === null || periods.keys.length === 0 ? null : stepDateRange(periods, window, Math.min(step, periods.keys.length - 1))), [step, window, periods]);
}
