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
import { customProxyCatalogue, type CustomProxy } from '../data/custom-proxies';

/** The user's proxies as a catalogue file's text, for "Export my proxies". */
export { exportCustomProxies } from '../data/custom-proxies';

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

/**
 * Candidates in table order, then column order; tables that match none of the layer's areas are left out. A
 * column the user made their own proxy takes its direction from it (its factor is then null: it is theirs).
 */
export function indexCandidates(boundary: AreaDataset, tables: Record<string, IndicatorTable>, order: readonly string[], customProxies: readonly CustomProxy[] = []): IndexCandidate[] {
  const custom = customProxyCatalogue(customProxies);
  return order.flatMap((tableId) => {
    const table = tables[tableId];
    if (!table || !tableRowsForAreas(table, boundary).some((r) => r >= 0)) return [];
    const source = describeTableSource(table);
    const context = tableContext(table);
    return table.indicators.map((indicator, i) => {
      // The user's own reading of a column comes before the catalogue's.
      const suggestion = suggestIndicatorForColumn(indicator.name, custom) ?? suggestIndicatorForColumn(indicator.name, BUILT_IN_INDICATOR_CATALOGUE, context);
      const factor = BUILT_IN_INDICATOR_CATALOGUE.indicators.find((f) => f.id === suggestion?.indicatorId) ?? null;
      const proxy = factor?.proxies?.find((p) => p.id === suggestion?.proxyId) ?? null;
      return { tableId, indicator: i, name: indicator.name, table: table.label, source, suggestion, factor, proxy };
    });
  });
}
