/**
 * The indicators offered to the cohesion index for the analysed layer: every indicator of every table that
 * matches its areas, with the table's source and edition and what the catalogue says about it.
 */
import type { AreaDataset, IndicatorTable } from '../types';
import type { IndicatorDefinition, IndicatorProxy } from '../types/cohesion';
import { BUILT_IN_INDICATOR_CATALOGUE, suggestIndicatorForColumn, type ColumnSuggestion } from '../data/indicator-catalogue';
import { tableContext } from '../data/deprivation-measure';
import { describeTableSource } from '../data/tables/table-source';
import type { TableSource } from '../types';
import { tableRowsForAreas } from './table-derived';

/** A table's publication, edition and measure (for naming its indicators). */
export { describeTableSource };

/** One indicator that can enter the index: where it comes from and the catalogue's factor, proxy and direction. */
export interface IndexCandidate {
  tableId: string;
  indicator: number;
  name: string;
  table: string;
  source: TableSource;
  suggestion: ColumnSuggestion | null;
  factor: IndicatorDefinition | null;
  proxy: IndicatorProxy | null;
}

/** Candidates in table order, then column order; tables that match none of the layer's areas are left out. */
export function indexCandidates(boundary: AreaDataset, tables: Record<string, IndicatorTable>, order: readonly string[]): IndexCandidate[] {
  return order.flatMap((tableId) => {
    const table = tables[tableId];
    if (!table || !tableRowsForAreas(table, boundary).some((r) => r >= 0)) return [];
    const source = describeTableSource(table);
    const context = tableContext(table);
    return table.indicators.map((indicator, i) => {
      const suggestion = suggestIndicatorForColumn(indicator.name, BUILT_IN_INDICATOR_CATALOGUE, context);
      const factor = BUILT_IN_INDICATOR_CATALOGUE.indicators.find((f) => f.id === suggestion?.indicatorId) ?? null;
      const proxy = factor?.proxies?.find((p) => p.id === suggestion?.proxyId) ?? null;
      return { tableId, indicator: i, name: indicator.name, table: table.label, source, suggestion, factor, proxy };
    });
  });
}
