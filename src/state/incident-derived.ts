/**
 * What follows from incidents, their filters and their joins: the kept incidents (mask and indexes) and
 * per-area counts and rates offered as choropleth fields of the boundary layer they are joined into.
 * Cached by input objects, so re-filtering costs one pass over the points and no re-join.
 */
import { useMemo } from 'react';
import type { AreaDataset, IncidentDataset, IndicatorTable, JoinResult } from '../types';
import { filterForStep, useStepDateRange } from './timeline-derived';
import { countPerArea, filterMask, maskedIndexes, NO_FILTER, ratePer1000, type IncidentFilter } from '../analysis/incident-filter';
import { incidentCoverage, withoutUncovered, type IncidentCoverage } from '../analysis/incident-coverage';
import type { PeriodTable } from '../analysis/timeline-window';
import { populationForBoundary, type PopulationChoice } from './population-derived';
import { useIncidentStore } from './incident-store';
import { fieldId, parseFieldId } from '../analysis/field-registry';
import { createMemo } from '../analysis/memo';

export { populationForBoundary };

export interface KeptIncidents {
  mask: Uint8Array;
  indexes: Uint32Array;
}

const keptMemo = createMemo<IncidentDataset, IncidentFilter, KeptIncidents>();

/** The incidents a filter keeps, cached per dataset and filter object. */
export function keptIncidents(dataset: IncidentDataset, filter: IncidentFilter): KeptIncidents {
  return keptMemo.get(dataset, filter, () => {
    const mask = filterMask(dataset, filter);
    return { mask, indexes: maskedIndexes(mask) };
  });
}

/** Kept incidents of one dataset, for the map layers and panels. */
export function useKeptIncidents(incidentId: string): KeptIncidents | null {
  const dataset = useIncidentStore((s) => s.incidents[incidentId]);
  const filter = useIncidentStore((s) => s.filters[incidentId] ?? NO_FILTER);
  const range = useStepDateRange();
  return useMemo(() => (dataset ? keptIncidents(dataset, filterForStep(filter, range)) : null), [dataset, filter, range]);
}

/** Choropleth field ids for joined incidents (the registry's `incidents:<id>:count|rate`). */
export function incidentFieldId(incidentId: string, measure: 'count' | 'rate'): string {
  return fieldId({ kind: 'incidents', datasetId: incidentId, measure });
}

/** Splits an incident field id, or null for an ordinary field. */
export function parseIncidentField(field: string): { incidentId: string; measure: 'count' | 'rate' } | null {
  const ref = parseFieldId(field);
  return ref.kind === 'incidents' ? { incidentId: ref.datasetId, measure: ref.measure } : null;
}

export interface JoinedCounts {
  counts: Float64Array;
  matched: number;
  outside: number;
}

const countMemo = createMemo<JoinResult, Uint8Array, JoinedCounts>();

/** Kept incidents per area of the joined boundary layer. */
export function joinedCounts(join: JoinResult, kept: KeptIncidents, areaCount: number): JoinedCounts {
  return countMemo.get(join, kept.mask, () => countPerArea(join.areaIndex, kept.mask, areaCount));
}

const coverageMemo = createMemo<JoinResult, object, IncidentCoverage>();

/**
 * Which areas of the joined boundary layer the incident dataset covers (analysis/incident-coverage): the
 * others have no data, never 0. From every joined point, so filters never change it; cached per join and
 * the layer's authorities (the user may set them later).
 */
export function joinCoverage(join: JoinResult, boundary: AreaDataset): IncidentCoverage {
  const key: object = boundary.areaAuthorities ?? boundary;
  return coverageMemo.get(join, key, () => incidentCoverage(join.areaIndex, boundary.features.length, boundary.areaAuthorities));
}

const coveredTableCache = new WeakMap<PeriodTable, WeakMap<IncidentCoverage, PeriodTable>>();

/**
 * A per-area × per-period table with NaN (no data) in every period of the areas the coverage leaves out,
 * so a time-slider step shows them as no data; the same table object for the same inputs.
 */
export function coveredPeriodTable(table: PeriodTable, coverage: IncidentCoverage): PeriodTable {
  if (coverage.uncoveredAreas === 0) return table;
  let byCoverage = coveredTableCache.get(table);
  if (!byCoverage) coveredTableCache.set(table, (byCoverage = new WeakMap()));
  let covered = byCoverage.get(coverage);
  if (!covered) {
    const counts = Float64Array.from(table.counts);
    for (let area = 0; area < table.areaCount; area++) {
      if (!coverage.covered[area]) counts.fill(Number.NaN, area * table.periodCount, (area + 1) * table.periodCount);
    }
    covered = { ...table, counts };
    byCoverage.set(coverage, covered);
  }
  return covered;
}

interface IncidentSnapshot {
  incidents: Record<string, IncidentDataset>;
  filters: Record<string, IncidentFilter>;
  joins: Record<string, JoinResult>;
  /** Loaded indicator tables, for a resident population when the boundaries carry none. */
  tables?: Record<string, IndicatorTable>;
  /** The population the user chose per boundary layer (else the detected one). */
  populations?: Record<string, PopulationChoice>;
}

/**
 * Values of an incident field for a boundary layer (null for areas the dataset does not cover), or null
 * when that join does not exist (any more).
 */
export function incidentFieldValues(boundary: AreaDataset, field: string, state: IncidentSnapshot): ReadonlyArray<number | null> | null {
  const parsed = parseIncidentField(field);
  if (!parsed) return null;
  const dataset = state.incidents[parsed.incidentId];
  const join = state.joins[parsed.incidentId];
  if (!dataset || !join || join.boundaryId !== boundary.id) return null;
  const { counts } = joinedCounts(join, keptIncidents(dataset, state.filters[parsed.incidentId] ?? NO_FILTER), boundary.features.length);
  const coverage = joinCoverage(join, boundary);
  if (parsed.measure === 'count') return withoutUncovered(counts, coverage);
  const population = populationForBoundary(boundary, state.tables, state.populations?.[boundary.id]);
  return population ? withoutUncovered(ratePer1000(counts, population.values), coverage) : null;
}

/** Incident fields a boundary layer offers: for each incident dataset joined into it, count (and rate). */
export function incidentFieldsFor(boundary: AreaDataset, state: Pick<IncidentSnapshot, 'joins' | 'tables' | 'populations'>): string[] {
  const hasPopulation = populationForBoundary(boundary, state.tables, state.populations?.[boundary.id]) !== null;
  return Object.values(state.joins)
    .filter((join) => join.boundaryId === boundary.id)
    .flatMap((join) => [incidentFieldId(join.incidentId, 'count'), ...(hasPopulation ? [incidentFieldId(join.incidentId, 'rate')] : [])]);
}
