/**
 * Tension reports counted into areas and periods, like incidents (issue 14): the reports a filter keeps, per
 * area of a boundary layer and calendar month (UTC) of what they report. Withdrawn reports never count.
 */
import type { AreaDataset, ReportFilter, TensionReport } from '../../types';
import { periodKey } from '../periods';
import { isReportShown } from './report-filter';
import { reportAreaIndex } from './report-areas';

/** How many reports fell in one area in one month. */
export interface ReportCount {
  areaIndex: number;
  areaCode: string;
  /** "YYYY-MM". */
  month: string;
  count: number;
}

/**
 * Counts per area and month, sorted by month then area code, and how many kept reports fell in no area of
 * the layer (reported, never dropped silently).
 */
export function countReportsByAreaAndMonth(reports: readonly TensionReport[], filter: ReportFilter, areas: Pick<AreaDataset, 'areaCodes' | 'features'>): { counts: ReportCount[]; outside: number } {
  const counts = new Map<string, ReportCount>();
  let outside = 0;
  for (const report of reports) {
    if (report.withdrawn || !isReportShown(report, filter)) continue;
    const areaIndex = reportAreaIndex(report.place, areas);
    if (areaIndex === -1) {
      outside += 1;
      continue;
    }
    const month = periodKey(report.timeMs, 'month');
    const key = `${month}\u0000${areaIndex}`;
    const held = counts.get(key);
    if (held) held.count += 1;
    else counts.set(key, { areaIndex, areaCode: areas.areaCodes[areaIndex], month, count: 1 });
  }
  const sorted = [...counts.values()].sort((a, b) => (a.month < b.month ? -1 : a.month > b.month ? 1 : a.areaCode < b.areaCode ? -1 : a.areaCode > b.areaCode ? 1 : 0));
  return { counts: sorted, outside };
}
