import type { AreaDataset, IncidentDataset, JoinResult } from '../../types';
import { toCsv } from '../../analysis/csv-export';
import { ratePer1000, type IncidentFilter } from '../../analysis/incident-filter';
import { countIncidents } from '../../analysis/incident-counts';
import { assignPeriods, type PeriodKind } from '../../analysis/periods';
import { prepareAreaCountExport } from '../../analysis/area-count-export';
import type { Differencing, ExportRecord, PublishedCount } from '../../analysis/export-ledger';
import { SUPPRESSED_DERIVED } from '../../analysis/small-number-suppression';
import { joinCoverage } from '../../state/incident-derived';
import { useExportLedgerStore } from '../../state/export-ledger-store';
import { downloadText } from '../download';

/** The user's choice and the workspace's earlier exports (to withhold what subtraction would give back). */
export interface JoinedTableOptions {
  suppress: boolean;
  records: ReadonlyArray<ExportRecord>;
}

/**
 * Saves the per-area table behind the counts map as CSV: incidents kept by the filters, the rate per 1,000
 * residents where a population field exists, then one column per month (or ISO week) and per category.
 * The counts shown are recorded in the workspace's export ledger; returns the file name.
 */
export function downloadJoinedTable(boundary: AreaDataset, incidents: IncidentDataset, join: JoinResult, filter: IncidentFilter, by: PeriodKind, populationSource: { values: ReadonlyArray<number | null> } | null, suppress: boolean): string {
  const ledger = useExportLedgerStore.getState();
  const csv = joinedTableCsv(boundary, incidents, join, filter, by, populationSource, { suppress, records: ledger.records });
  downloadText(csv.fileName, csv.text);
  ledger.recordExport(csv.fileName, csv.published, { suppressed: suppress, withheld: csv.withheld, differenced: csv.differenced });
  return csv.fileName;
}

/**
 * The joined table's file name and CSV text; areas the incidents do not cover have empty cells, never 0.
 * With suppression, small counts, the cells that would give them back and cells an earlier export would
 * give back by subtraction are withheld ("<5", "[c]"), and so is a rate from a withheld count.
 */
export function joinedTableCsv(boundary: AreaDataset, incidents: IncidentDataset, join: JoinResult, filter: IncidentFilter, by: PeriodKind, populationSource: { values: ReadonlyArray<number | null> } | null, options: JoinedTableOptions = { suppress: true, records: [] }): { fileName: string; text: string; published: PublishedCount[]; withheld: number; differenced: Differencing[] } {
  const periods = assignPeriods(incidents.timeMs, by);
  const counts = countIncidents(
    { areaIndex: join.areaIndex, categoryIndex: incidents.categoryIndex, timeMs: incidents.timeMs, periodIndex: periods.periodIndex },
    { areaCount: boundary.features.length, categoryCount: incidents.categories.length, periodCount: periods.keys.length },
    filter,
  );
  const population = populationSource?.values ?? null;
  const rates = population ? ratePer1000(counts.byArea, population) : null;
  const header = ['area_code', 'area_name', 'incidents', ...(population ? ['population', 'rate_per_1000'] : []), ...periods.keys, ...incidents.categories];
  const { covered } = joinCoverage(join, boundary);
  const cell = (area: number, value: number) => (covered[area] ? value : null);
  const rows = boundary.areaCodes.map((_, area) => ({
    total: cell(area, counts.byArea[area]),
    byPeriod: periods.keys.map((__, p) => cell(area, counts.byAreaPeriod[area * counts.periodCount + p])),
    byCategory: incidents.categories.map((__, c) => cell(area, counts.byAreaCategory[area * counts.categoryCount + c])),
  }));
  const prepared = prepareAreaCountExport(rows, {
    source: `${incidents.id}@${boundary.id}`,
    areaCodes: boundary.areaCodes,
    fromMs: filter.fromMs,
    toMs: filter.toMs,
    categories: filter.categories === null ? null : filter.categories.map((c) => incidents.categories[c]).filter((name) => name !== undefined),
    periodBoundsMs: periods.boundsMs,
    categoryNames: incidents.categories,
  }, options.records, options.suppress);
  const { cells } = prepared;
  const lines = boundary.areaCodes.map((code, area) => {
    const rate = rates && covered[area] && rates[area] !== null ? Math.round(rates[area]! * 100) / 100 : null;
    return [
      code,
      boundary.areaNames[area],
      cells.total[area],
      ...(population ? [population[area], cells.totalWithheld[area] && rate !== null ? SUPPRESSED_DERIVED : rate] : []),
      ...cells.byPeriod[area],
      ...cells.byCategory[area],
    ];
  });
  return { fileName: `${incidents.label}-by-${boundary.label}-${by}.csv`, text: toCsv(header, lines), published: prepared.published, withheld: cells.withheld, differenced: prepared.differenced };
}
