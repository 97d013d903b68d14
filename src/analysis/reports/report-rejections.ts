/**
 * The rows of a tension report import that were not used, counted by reason for the import report (issue 14):
 * every rejected row is listed as well, with its file, row and column.
 */
import type { RejectedReportRow, ReportRejectReason } from '../../types';

/** How many rows each reason rejected, most first (ties in the order the reasons were first met). */
export function countRejectedReports(rejected: readonly RejectedReportRow[]): { reason: ReportRejectReason; count: number }[] {
  const counts = new Map<ReportRejectReason, number>();
  for (const row of rejected) counts.set(row.reason, (counts.get(row.reason) ?? 0) + 1);
  return [...counts].map(([reason, count]) => ({ reason, count })).sort((a, b) => b.count - a.count);
}
