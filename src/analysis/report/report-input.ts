/**
 * What the tension monitoring group's report is made from: the workspace's tension ratings, judgements,
 * assessments, actions, meetings, reports and events, plain data as the stores and the workspace file hold
 * them, so the app and `atlas report` build the same document.
 */
import type { CiaAction, CommunityImpactAssessment, PlannedEvent, TensionAssessment, TensionJudgement, TensionReport } from '../../types';
import type { ReportTier, TensionSectionId } from './report-document';

/** Everything the tension report reads. */
export interface TensionReportInput {
  tier: ReportTier;
  /** The day the report describes (UTC ms; the whole day counts). */
  atMs: number;
  /** When the document is made (UTC ms). */
  producedMs: number;
  /** Sections in the order chosen; sections not listed are left out. */
  sections: readonly TensionSectionId[];
  assessments: readonly TensionAssessment[];
  judgements: readonly TensionJudgement[];
  /** Community types in the order the form lists them (the logs' `communityTypes`). */
  communityOrder: readonly string[];
  /** Area names by code, from the boundary layers (else the names the logs give). */
  areaNames: Readonly<Record<string, string>>;
  cias: readonly CommunityImpactAssessment[];
  actions: readonly CiaAction[];
  /** The group's meeting days (UTC ms): the previous one starts the report's period. */
  meetings: readonly number[];
  reports: readonly TensionReport[];
  events: readonly PlannedEvent[];
  /** The tension log files the ratings were read from. */
  tensionFiles: readonly string[];
  /** How many ratings and judgements were entered in the app. */
  enteredCount: number;
}
