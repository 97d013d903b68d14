/**
 * Tension reports and planned events (issue 14, "Tension monitoring as a shared record"): what partners see
 * and hear, recorded in the app or gathered from partners' files, before the group rates tension. Other
 * features (Community Impact Assessments, issue 17) link to reports and events by their stable `id`.
 */

/** The guide's eight types of tension. */
export type TensionType =
  | 'political'
  | 'community'
  | 'immigration-asylum-refugees'
  | 'racial-religious'
  | 'criminal'
  | 'national-international'
  | 'future'
  | 'organisational-capacity';

/** Where the information came from. */
export type ReportSourceKind = 'resident' | 'area-worker' | 'own-observation' | 'partner-agency' | 'media' | 'social-media' | 'other';

/** The guide's status of the information: seen or heard first hand, backed by evidence, or a possibility. */
export type InformationStatus = 'experienced' | 'evidenced' | 'potential';

/** How reliable the source is, on the three grades of the police 3×5×2 source evaluation. */
export type SourceReliability = 'reliable' | 'untested' | 'not-reliable';

/**
 * Where a report or event is: an area (by code, with its name as given), a point `[lng, lat]`, or both; and
 * the postcode given for it, if any. A place found by postcode has its point at the postcode's centroid
 * (`atPostcodeCentroid`), never the address itself, and counts in the lookup's areas (`postcodeAreaCodes`).
 */
export interface ReportPlace {
  areaCode?: string;
  areaName?: string;
  position?: [number, number];
  /** The postcode as written in its canonical form ("CF10 1AA"). */
  postcode?: string;
  /** True when `position` is the postcode's centroid from a loaded postcode lookup (issue 14). */
  atPostcodeCentroid?: boolean;
  /** The LSOA then ward codes the postcode lookup counts the postcode in (those it has). */
  postcodeAreaCodes?: string[];
}

/** What a report says: the fields of the guide's tension report form. */
export interface TensionReportFields {
  /** When it happened or was heard, UTC milliseconds (minute precision). */
  timeMs: number;
  place: ReportPlace;
  /** Communities affected: standard community types or the user's own. */
  communities: string[];
  tensionTypes: TensionType[];
  sourceKind: ReportSourceKind;
  status: InformationStatus;
  reliability: SourceReliability;
  /** "The word on the street", as told. */
  narrative: string;
  /** True when the narrative is (or includes) a rumour. */
  rumour: boolean;
  actionTaken: string;
  /** The person who recorded it. */
  recordedBy: string;
  /** The agency or contributor it came from (a partner, a form respondent's organisation). */
  agency: string;
}

/** One earlier or current state of a report, kept when it is edited or withdrawn. */
export interface TensionReportRevision {
  kind: 'recorded' | 'imported' | 'edited' | 'withdrawn';
  /** When the change was made, UTC milliseconds. */
  changedMs: number;
  changedBy: string;
  /** The fields as they were after this change. */
  fields: TensionReportFields;
  /** Why it was withdrawn (withdrawals only). */
  reason?: string;
}

/** A tension report with its stable id and its full history (oldest first; the last entry is its current state). */
export interface TensionReport extends TensionReportFields {
  id: string;
  withdrawn: boolean;
  /** Where it came from: entered in the app, or a file's row ("partners.csv:4"). */
  origin: { kind: 'entered' } | { kind: 'imported'; row: string };
  history: TensionReportRevision[];
}

/** A planned event that may bring tension (a march, a closure, a new development), shown ahead of time. */
export interface PlannedEvent {
  id: string;
  /** Start of the event's day (UTC milliseconds). */
  timeMs: number;
  place: ReportPlace;
  /** What it is, in the user's words. */
  note: string;
}

/** Which reports are shown and counted: an empty list means "any". */
export interface ReportFilter {
  tensionTypes: TensionType[];
  communities: string[];
  statuses: InformationStatus[];
  sourceKinds: ReportSourceKind[];
  /** Withdrawn reports are never counted; they can be listed. */
  showWithdrawn: boolean;
}

/** Why a row of a report table was not kept. Closed union so the import report can word it. */
export type ReportRejectReason =
  | 'no-date'
  | 'unparseable-date'
  | 'no-place'
  | 'unknown-area'
  | 'bad-position'
  | 'no-tension-type'
  | 'unknown-tension-type'
  | 'unknown-source'
  | 'no-status'
  | 'unknown-status'
  | 'unknown-reliability'
  | 'bad-rumour'
  | 'no-narrative'
  // A postcode that is not shaped like one, one no loaded lookup holds, or a postcode with no lookup loaded.
  | 'not-a-postcode'
  | 'postcode-not-in-lookup'
  | 'no-postcode-lookup';

/** The fields of a report table (the template's columns, a form's questions). */
export type ReportTableField =
  | 'date' | 'time' | 'areaCode' | 'areaName' | 'postcode' | 'lng' | 'lat' | 'communities' | 'tensionTypes' | 'sourceKind' | 'status' | 'reliability'
  | 'narrative' | 'rumour' | 'actionTaken' | 'recordedBy' | 'agency';

/**
 * One rejected row: its file, its line or sheet row, why, and the cell text found (may be ''); `field` is the
 * field at fault ('place' when the row gives no place at all) and `column` its header as the file words it
 * ('' when the file has no such column).
 */
export interface RejectedReportRow {
  file: string;
  row: number;
  reason: ReportRejectReason;
  value: string;
  field?: ReportTableField | 'place';
  column?: string;
}

/** What happened to every row of a report import: each kept or rejected with its reason. */
export interface ReportImportReport {
  files: { name: string; rowsRead: number; rowsKept: number }[];
  rejected: RejectedReportRow[];
}
