/**
 * Recording, editing and withdrawing a tension report, keeping its history (issue 14): nothing said about a
 * report is ever overwritten; every change adds a revision naming who made it and when.
 */
import type { TensionReport, TensionReportFields } from '../../types';

/** A new report: its fields and a first revision ("recorded" in the app, or "imported" from a file row). */
export function recordReport(id: string, fields: TensionReportFields, changedMs: number, changedBy: string, origin: TensionReport['origin'] = { kind: 'entered' }): TensionReport {
  return { ...fields, id, withdrawn: false, origin, history: [{ kind: origin.kind === 'entered' ? 'recorded' : 'imported', changedMs, changedBy, fields }] };
}

function fieldsOf(report: TensionReport): TensionReportFields {
  const { id: _id, withdrawn: _withdrawn, origin: _origin, history: _history, ...fields } = report;
  return fields;
}

/** The report with new fields, the change kept in its history. A withdrawn report cannot be edited: returned as it is. */
export function editReport(report: TensionReport, fields: TensionReportFields, changedMs: number, changedBy: string): TensionReport {
  if (report.withdrawn) return report;
  // Only the form's fields change: an id, history or withdrawal passed along with them is ignored.
  const changed = fieldsOf({ ...report, ...fields });
  return { ...report, ...changed, history: [...report.history, { kind: 'edited', changedMs, changedBy, fields: changed }] };
}

/** The report withdrawn (kept, listed as withdrawn, no longer shown or counted), with who withdrew it, when and why. */
export function withdrawReport(report: TensionReport, changedMs: number, changedBy: string, reason: string): TensionReport {
  if (report.withdrawn) return report;
  return { ...report, withdrawn: true, history: [...report.history, { kind: 'withdrawn', changedMs, changedBy, fields: fieldsOf(report), reason }] };
}
