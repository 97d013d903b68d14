import type { AreaDataset, IncidentDataset, JoinResult } from '../../types';
import { toCsv } from '../../analysis/csv-export';
import { ratePer1000, type IncidentFilter } from '../../analysis/incident-filter';
import { countIncidents } from '../../analysis/incident-counts';
import { assignPeriods, type PeriodKind } from '../../analysis/periods';
import { joinCoverage } from '../../state/incident-derived';
import { downloadText } from '../download';

/**
 * Saves the per-area table behind the counts map as CSV: incidents kept by the filters, the rate per 1,000
 * residents where a population field exists, then one column per month (or ISO week) and per category.
 */
export function downloadJoinedTable(...args: Parameters<typeof joinedTableCsv>): void {
  const { fileName, text } = joinedTableCsv(...args);
  downloadText(fileName, text);
}

/** The joined table's file name and CSV text; areas the incidents do not cover have empty cells, never 0. */
export function joinedTableCsv(boundary: AreaDataset, incidents: IncidentDataset, join: JoinResult, filter: IncidentFilter, by: PeriodKind, populationSource: { values: ReadonlyArray<number | null> } | null): { fileName: string; text: string } {
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
  const rows = boundary.areaCodes.map((code, area) => {
    const cell = (value: number | null) => (covered[area] ? value : null);
    return [
      code,
      boundary.areaNames[area],
      cell(counts.byArea[area]),
      ...(population ? [population[area], cell(rates![area] === null ? null : Math.round(rates![area]! * 100) / 100)] : []),
      ...periods.keys.map((_, p) => cell(counts.byAreaPeriod[area * counts.periodCount + p])),
      ...incidents.categories.map((_, c) => cell(counts.byAreaCategory[area * counts.categoryCount + c])),
    ];
  });
  return { fileName: `${incidents.label}-by-${boundary.label}-${by}.csv`, text: toCsv(header, rows) };
}
