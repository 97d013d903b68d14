/**
 * Which tension reports a filter keeps (issue 14): by tension type, community, status of the information and
 * source kind. An empty list in the filter means "any"; a report matches a list when it names any value in it.
 */
import type { ReportFilter, TensionReport } from '../../types';

/** The filter that keeps every report still in force. */
export const NO_REPORT_FILTER: Readonly<ReportFilter> = Object.freeze({ tensionTypes: [], communities: [], statuses: [], sourceKinds: [], showWithdrawn: false });

const matchesAny = <T>(wanted: readonly T[], values: readonly T[]) => wanted.length === 0 || values.some((value) => wanted.includes(value));

/** True when the report passes the filter (a withdrawn report only when `showWithdrawn`). */
export function isReportShown(report: TensionReport, filter: ReportFilter): boolean {
  return (
    (filter.showWithdrawn || !report.withdrawn) &&
    matchesAny(filter.tensionTypes, report.tensionTypes) &&
    matchesAny(filter.communities, report.communities) &&
    matchesAny(filter.statuses, [report.status]) &&
    matchesAny(filter.sourceKinds, [report.sourceKind])
  );
}
