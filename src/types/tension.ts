/**
 * Community tension assessments (issue 5, "Time and tension"): ratings per area and community type, as UK
 * police and council tension monitoring records them, and what the analysis derives from them.
 */
import type { DataOrigin } from './area';
import type { ProblemParams, RowNote } from './import';

/**
 * Which scale a rating is on. Both number their levels so that 1 is the most alarming:
 * - `eep`: the police EEP scale, 1 Imminent, 2 High, 3 Moderate (high), 4 Moderate (low), 5 Raised, 6 Normal;
 * - `four-level`: the simpler scale, 1 High, 2 Medium, 3 Low, 4 No tensions (its own levels, not EEP numbers).
 */
export type TensionScale = 'eep' | 'four-level';

/** One rating, kept with its scale so a level is never read on the wrong scale. */
export interface TensionRating {
  scale: TensionScale;
  /** 1 is the most alarming: 1–6 on `eep`, 1–4 on `four-level`. */
  level: number;
}

/**
 * Change against the previous assessment of the same area and community: `raised` ▲ (tension rose, the
 * level number went down), `falling` ▼, `static` ►. Null when there is no previous assessment.
 */
export type TensionTrend = 'raised' | 'falling' | 'static';

/** One row of a tension table: one area, one community type, one assessment date. */
export interface TensionAssessment {
  areaCode: string;
  areaName?: string;
  /** A standard type ("Faith or religious") in its standard spelling, or one the user added. */
  communityType: string;
  /** Start of the assessment day in UTC milliseconds (day precision). */
  timeMs: number;
  current: TensionRating;
  /** Where tension could go before the next assessment. */
  potential: TensionRating;
  notes?: string;
  /** Row reference "file.csv:12" (1-based line), or "entered:<id>" for a rating entered in the app. */
  source: string;
  /**
   * Who rated it (agency or contributor): from the file's source column, else the file's label, else the
   * user who entered it. Two agencies' ratings of the same area, community and day are both kept.
   */
  agency?: string;
}

/**
 * The group's agreed overall rating of an area on a day (the guide's "Overall" row): a separate, recorded
 * judgement, not derived from the communities (the group may judge Overall Potential 6 with two communities at 5).
 */
export type TensionJudgement = Omit<TensionAssessment, 'communityType' | 'areaName'>;

/** Why a tension row was not kept. Closed union so the report can count and translate them. */
export type TensionRejectReason =
  | 'malformed-row'
  | 'no-area'
  | 'unknown-area'
  | 'no-community-type'
  | 'unknown-community-type'
  | 'overall-row'
  | 'no-date'
  | 'unparseable-date'
  | 'bad-rating'
  | 'other-scale';

/**
 * Tension rows rejected for one reason: how many, the first row references, and what the catalogue words
 * it from (`params`: count and the reason as `tensionReason`; `notes`: the distinct values found).
 */
export interface TensionRejectedRows {
  reason: TensionRejectReason;
  count: number;
  params: ProblemParams;
  notes: RowNote[];
  examples: string[];
}

/** What happened to every row of a tension import: nothing is dropped silently. */
export interface TensionImportReport {
  files: { name: string; rowsRead: number; rowsKept: number }[];
  rowsRead: number;
  rowsKept: number;
  rejected: TensionRejectedRows[];
  /**
   * Kept rows repeating an earlier row's area, community and date (a same-day re-assessment or a copy);
   * the analysis uses the last of them. `examples` are the repeating rows' references.
   */
  repeated: { count: number; examples: string[] };
}

/** The source column behind each field (header text as written); absent optional fields are undefined. */
export interface TensionColumns {
  areaCode?: string;
  areaName?: string;
  communityType: string;
  date: string;
  /** The agency or contributor column, when the file has one. */
  agency?: string;
  current: string;
  potential: string;
  notes?: string;
}

/** Loaded tension assessments, sorted by date, area code, community type (standard order), then file order. */
export interface TensionDataset {
  id: string;
  label: string;
  files: string[];
  /** The scale of every rating in `rows`. */
  scale: TensionScale;
  /** Columns read, per file (same order as `files`). */
  columns: TensionColumns[];
  /** Community types present: the standard ones in standard order, then the user's own in their order. */
  communityTypes: string[];
  rows: TensionAssessment[];
  /** "Overall" rows of the file: the group's recorded overall judgements (absent in older workspaces). */
  judgements?: TensionJudgement[];
  report: TensionImportReport;
  /** Set when the assessments came from a neighbour's share package. */
  origin?: DataOrigin;
}

/** The latest assessment of one area and community at a time, with its trend against the one before. */
export interface LatestTensionAssessment {
  assessment: TensionAssessment;
  /** Date of the previous assessment of the same area and community, null for a first assessment. */
  previousTimeMs: number | null;
  currentTrend: TensionTrend | null;
  potentialTrend: TensionTrend | null;
}

/** A rating derived over several assessments (an area's overall, a district's community), with its trend. */
export interface DerivedTensionRating {
  /** The latest assessment date it draws on. */
  timeMs: number;
  /** The date it is compared with (the group's last assessment date before `timeMs`), or null. */
  previousTimeMs: number | null;
  current: TensionRating;
  potential: TensionRating;
  currentTrend: TensionTrend | null;
  potentialTrend: TensionTrend | null;
}

/** An area's overall rating: the most alarming current and potential ratings across its communities. */
export interface AreaTensionOverall extends DerivedTensionRating {
  areaCode: string;
  /** Whether the overall ratings call for a community impact assessment, and which one does. */
  impactAssessment: CommunityImpactAssessmentCause;
}

/** Which rating calls for a community impact assessment: the current one, else the potential one, else none. */
export type CommunityImpactAssessmentCause = 'current' | 'potential' | null;

/** One cell of the summary form: the level as written on the form ("5", "High") with its arrow ("5►"). */
export interface TensionSummaryCell {
  rating: TensionRating;
  trend: TensionTrend | null;
  text: string;
}

/** One row of the summary form: a community type, or the overall assessment (always last). */
export interface TensionSummaryRow {
  /**
   * `community`: a community across its sources; `source`: one agency's rating of that community, shown
   * beside the others when several agencies rate it; `overall`: the most alarming community; `agreed`:
   * the group's recorded overall judgement.
   */
  kind: 'community' | 'source' | 'overall' | 'agreed';
  /** For `source` rows: the agency. */
  agency?: string;
  /** The community type, or "Overall assessment". */
  label: string;
  timeMs: number;
  current: TensionSummaryCell;
  potential: TensionSummaryCell;
}
