/**
 * Per-area × per-period incident counts for the time slider, computed once in the import worker per join,
 * category filter and timeline, and kept here; a slider step only selects among them on the main thread.
 */
import { create } from 'zustand';
import type { JoinResult } from '../types';
import type { PeriodTable } from '../analysis/timeline-window';
import type { TimelinePeriods } from './timeline-derived';
import { useIncidentStore } from './incident-store';
import { service } from './services';

interface PeriodCountState {
  tables: Record<string, PeriodTable>;
}

export const usePeriodCountStore = create<PeriodCountState>(() => ({ tables: {} }));

const inFlight = new Set<string>();

/** Cache key of a table: the join (by its area index), the categories kept, and the timeline. */
export function periodTableKey(join: JoinResult, categories: number[] | null, periods: TimelinePeriods): string {
  return [join.incidentId, join.boundaryId, join.areaIndex.length, join.joinMs, JSON.stringify(categories), periods.kind, periods.boundsMs[0], periods.keys.length].join('|');
}

/** Requests, in the worker, every table the current joins and category filters need for this timeline. */
export async function refreshPeriodTables(periods: TimelinePeriods): Promise<void> {
  if (periods.keys.length === 0) return;
  const worker = service('periodCountWorker');
  const { joins, filters } = useIncidentStore.getState();
  await Promise.all(Object.values(joins).map(async (join) => {
    const categories = filters[join.incidentId]?.categories ?? null;
    const key = periodTableKey(join, categories, periods);
    if (usePeriodCountStore.getState().tables[key] || inFlight.has(key)) return;
    inFlight.add(key);
    try {
      const table = await worker({ incidentId: join.incidentId, boundaryId: join.boundaryId, categories, boundsMs: periods.boundsMs });
      usePeriodCountStore.setState((s) => ({ tables: { ...s.tables, [key]: table } }));
    } finally {
      inFlight.delete(key);
    }
  }));
}
