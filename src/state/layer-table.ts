/**
 * Which values of a mapped layer are count-like for small-number suppression, and the counts behind them:
 * incident counts and table indicators whose unit is a count are suppressed themselves; incident rates and
 * a count indicator's difference from average or change are withheld where their count is small.
 * Shares, rates from tables, ranks, indices, tension levels and hot-spot classes are not counts.
 */
import type { AreaDataset, IndicatorTable } from '../types';
import type { AreaTableSuppression } from '../analysis/area-table';
import { parseIncidentField, populationForBoundary } from './incident-derived';
import { alignedIndicator, parseTableField } from './table-derived';
import type { PopulationChoice } from './population-derived';

/** Suppression for a field of a boundary layer; `values` are the mapped values (parallel to the areas). */
export function suppressionFor(dataset: AreaDataset, field: string, values: ReadonlyArray<number | null>, tables: Record<string, IndicatorTable>, chosenPopulation: PopulationChoice | null = null): AreaTableSuppression {
  const incident = parseIncidentField(field);
  if (incident?.measure === 'count') return { kind: 'count' };
  if (incident?.measure === 'rate') {
    // Rates are per 1,000 residents of the same population the map used, so the count is recovered exactly.
    const population = populationForBoundary(dataset, tables, chosenPopulation)?.values ?? [];
    return { kind: 'derived', baseCounts: (i) => {
      const v = values[i];
      const p = population[i];
      return [v === null || !p ? null : Math.round((v * p) / 1000)];
    } };
  }
  const ref = parseTableField(field);
  const table = ref ? tables[ref.tableId] : undefined;
  if (!ref || !table || table.indicators[ref.indicator]?.unit !== 'count') return { kind: 'none' };
  if (ref.measure === 'value') return { kind: 'count' };
  if (ref.measure === 'rank') return { kind: 'none' };
  const current = alignedIndicator(table, dataset, ref.indicator, ref.period);
  const previous = ref.measure === 'change' && ref.period > 0 ? alignedIndicator(table, dataset, ref.indicator, ref.period - 1) : null;
  return { kind: 'derived', baseCounts: (i) => (previous ? [current[i], previous[i]] : [current[i]]) };
}
