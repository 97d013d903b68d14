/**
 * Community Impact Assessments (issue 17): the guide's Step 4 (Part 3). When tension rises, or an incident or
 * planned event may affect community relations, the group assesses the risks and agrees what to do; its
 * actions are followed up meeting by meeting, and the district keeps a standing risk register.
 */

/** The Metropolitan Police PPPLEM headings a risk is listed under. */
export type RiskHeading = 'physical' | 'police' | 'psychological' | 'legal' | 'economic' | 'moral';

/** Whether the risk is of intervening or of doing nothing (the guide asks for both). */
export type RiskCourse = 'intervene' | 'do-nothing';

/** The guide's optional alternative grouping of risks. */
export type RiskGroup = 'resident-population' | 'communities-of-interest' | 'community-infrastructure' | 'operational-effectiveness' | 'spread';

/**
 * A typed reference to something an assessment or action is about. Reports and planned events are the
 * tension-records issue's records (issue 14): until they exist here, the reference is shown as its label.
 */
export interface CiaLink {
  kind: 'report' | 'event' | 'incident' | 'area';
  id: string;
  /** What the user sees for it (an area's name, an incident's row reference, a report's title). */
  label: string;
}

/** One risk: what could happen, under which heading, for which course, scored likelihood 1–5 × impact 1–5. */
export interface CiaRisk {
  id: string;
  heading: RiskHeading;
  course: RiskCourse;
  group: RiskGroup | null;
  description: string;
  /** 1 insignificant … 5 critical. */
  likelihood: number;
  /** 1 insignificant … 5 critical. */
  impact: number;
}

/**
 * Where an assessment looks: some areas of one boundary layer, a shape drawn on the map over that layer, or
 * the whole district of that layer. A drawn shape keeps its corners (`[lng, lat]`, WGS84, one open ring) to
 * be drawn again, and the areas it covered when it was drawn, which the evidence and the outlines use.
 */
export type CiaFootprint =
  | { kind: 'areas'; datasetId: string; areaCodes: string[] }
  | { kind: 'drawn'; datasetId: string; ring: [number, number][]; areaCodes: string[] }
  | { kind: 'district'; datasetId: string };

/** What the guide asks under "Information and intelligence"; the workspace's evidence is gathered beside it. */
export interface CiaInformation {
  problem: string;
  rootCauses: string;
  happened: string;
  mayHappen: string;
  /** The analyst's anecdote and sources. */
  anecdote: string;
  sources: string;
}

/** Who is or might be affected, and how: per community, optionally in one area. */
export interface CiaAffected {
  community: string;
  areaCode: string | null;
  how: string;
}

/** What the guide offers as the next step from the risk scores. */
export type CiaNextStep = 'monitor' | 'report-gold-engage-bronze' | 'relay-gold-rapidly';

/** Lifecycle: a draft is edited; agreed needs every risk of 5 or more to have an action; closed is kept for the record. */
export type CiaStatus = 'draft' | 'agreed' | 'closed';

/** The sections of an assessment, as versions name what changed. */
export type CiaSection = 'title' | 'origin' | 'footprint' | 'communities' | 'information' | 'affected' | 'legislation' | 'risks' | 'next-step' | 'review' | 'status' | 'citations' | 'share-summary';

/** One recorded version: what changed, when and by whom. */
export interface CiaVersion {
  version: number;
  timeMs: number;
  by: string;
  changed: CiaSection[];
  note: string;
}

export interface CommunityImpactAssessment {
  id: string;
  title: string;
  /** What it was opened from; null when opened from nothing (a longer-term development). */
  origin: CiaLink | null;
  footprint: CiaFootprint;
  communities: string[];
  information: CiaInformation;
  /** Tension reports and planned events (issue 14) the assessment cites as evidence, by their stable ids. */
  citations: CiaLink[];
  affected: CiaAffected[];
  /** Answers to the legislation prompts, by prompt id (see legislation-prompts.ts). */
  legislation: Record<string, string>;
  risks: CiaRisk[];
  /** The next step the group decided (the suggestion is derived from the scores, never stored). */
  nextStep: { decided: CiaNextStep | null; note: string };
  status: CiaStatus;
  openedMs: number;
  /** Dates the group will review it (UTC ms, start of day), earliest first. */
  reviewDates: number[];
  closedMs: number | null;
  versions: CiaVersion[];
  /**
   * The edited summary partners may see (the shared tier): written on purpose, never derived from the
   * sensitive sections. Empty means nothing of this assessment may leave the workspace.
   */
  shareSummary: string;
}

/** An action of the group: owned by an agency, due by a date, linked to an assessment, its risks, an area or a report. */
export interface CiaAction {
  id: string;
  text: string;
  /** The agency that owns it (police, council, housing, education…). */
  owner: string;
  /** Start of the day it is due (UTC ms). */
  dueMs: number;
  status: 'open' | 'in-progress' | 'done';
  /** When it was marked done; null otherwise. */
  doneMs: number | null;
  assessmentId: string | null;
  /** Risks of that assessment this action answers (the action plan). */
  riskIds: string[];
  links: CiaLink[];
}

/** One review of a register entry: the scores then, and what was noted. */
export interface RiskRegisterReview {
  timeMs: number;
  by: string;
  likelihood: number;
  impact: number;
  residualLikelihood: number;
  residualImpact: number;
  note: string;
}

/**
 * One standing risk indicator of the district (the Oldham model): e.g. far-right activity or gang tensions,
 * scored before and after the measures in place, reviewed every `reviewCycleDays`.
 */
export interface RiskRegisterEntry {
  id: string;
  indicator: string;
  likelihood: number;
  impact: number;
  measures: string;
  residualLikelihood: number;
  residualImpact: number;
  reviewCycleDays: number;
  /** Newest last; the first is the entry's creation. */
  history: RiskRegisterReview[];
}

/**
 * An assessment summary received in a partner's share package (issue 17): only what the sender chose to share,
 * kept read-only with who sent it and when, its areas named as the package named them.
 */
export interface PartnerAssessmentSummary {
  /** The sender's assessment id, prefixed with the package's producedAt so two packages never collide. */
  id: string;
  authority: string;
  producedAt: string;
  summary: string;
  level: 'low' | 'medium' | 'high' | null;
  status: CiaStatus;
  /** YYYY-MM-DD. */
  opened: string;
  areas: { areaCode: string; areaName: string }[];
}
