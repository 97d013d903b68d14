/**
 * Tension reports in a share package (issue 14), chosen field by field: what always travels is the report's
 * id, day, area code, types of tension and status of the information; every other field only when the sender
 * ticked it, and the sensitive ones (exact place, narrative, action taken, who recorded it, the agency) are
 * unticked by default. Withdrawn reports never travel.
 */
import type { DataOrigin, TensionReport, TensionReportFields } from '../../types';
import { recordReport } from '../reports/report-record';
import { SHARE_REPORT_FIELDS, type ShareReport, type ShareReportField, type ShareReports } from './format';

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * The shared section for `reports` with the chosen `fields`: reports not withdrawn that `areaCodeOf` places in
 * an area being sent (it gives null for the others), in the order given. Null when none is left.
 */
export function shareReports(reports: readonly TensionReport[], fields: readonly ShareReportField[], areaCodeOf: (report: TensionReport) => string | null): ShareReports | null {
  const chosen = new Set(fields);
  const shared = reports.flatMap((report): ShareReport[] => {
    const areaCode = report.withdrawn ? null : areaCodeOf(report);
    if (!areaCode) return [];
    const when = new Date(report.timeMs);
    const { place } = report;
    return [{
      id: report.id,
      date: `${when.getUTCFullYear()}-${pad(when.getUTCMonth() + 1)}-${pad(when.getUTCDate())}`,
      areaCode,
      tensionTypes: [...report.tensionTypes],
      status: report.status,
      ...(chosen.has('time') && { time: `${pad(when.getUTCHours())}:${pad(when.getUTCMinutes())}` }),
      ...(chosen.has('communities') && { communities: [...report.communities] }),
      ...(chosen.has('reliability') && { reliability: report.reliability }),
      ...(chosen.has('sourceKind') && { sourceKind: report.sourceKind }),
      ...(chosen.has('place') && place.position && { position: [place.position[0], place.position[1]] as [number, number] }),
      ...(chosen.has('place') && place.postcode && { postcode: place.postcode }),
      ...(chosen.has('place') && place.atPostcodeCentroid && { atPostcodeCentroid: true }),
      ...(chosen.has('narrative') && { narrative: report.narrative, rumour: report.rumour }),
      ...(chosen.has('actionTaken') && { actionTaken: report.actionTaken }),
      ...(chosen.has('recordedBy') && { recordedBy: report.recordedBy }),
      ...(chosen.has('agency') && { agency: report.agency }),
    }];
  });
  return shared.length ? { fields: SHARE_REPORT_FIELDS.filter((field) => chosen.has(field)), reports: shared } : null;
}

/**
 * A package's reports as the receiver's own, each marked as coming from the package ("file:reports[3]") and
 * credited to the sending authority when the agency was not shared. A field not shared is blank (no
 * communities, no narrative) or its "not known" value: reliability untested, source other, midnight for the time.
 */
export function restoreSharedReports(shared: ShareReports, origin: DataOrigin, importedMs: number): TensionReport[] {
  return shared.reports.map((report, i) => {
    const [hours, minutes] = (report.time ?? '00:00').split(':').map(Number);
    const [year, month, day] = report.date.split('-').map(Number);
    const fields: TensionReportFields = {
      timeMs: Date.UTC(year, month - 1, day, hours, minutes),
      place: { areaCode: report.areaCode, ...(report.position && { position: report.position }), ...(report.postcode && { postcode: report.postcode }), ...(report.atPostcodeCentroid && { atPostcodeCentroid: true }) },
      communities: report.communities ?? [],
      tensionTypes: [...report.tensionTypes],
      sourceKind: report.sourceKind ?? 'other',
      status: report.status,
      reliability: report.reliability ?? 'untested',
      narrative: report.narrative ?? '',
      rumour: report.rumour ?? false,
      actionTaken: report.actionTaken ?? '',
      recordedBy: report.recordedBy ?? '',
      agency: report.agency ?? origin.authority.name,
    };
    return recordReport(report.id, fields, importedMs, origin.authority.name, { kind: 'imported', row: `${origin.file}:reports[${i}]` });
  });
}
