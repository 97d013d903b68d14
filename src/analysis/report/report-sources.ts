/**
 * The tension report's input gathered from a workspace's data, the same way in the app (from its stores)
 * and in `atlas report` (from a workspace file), so both make the same document.
 */
import type { AreaDataset, CiaAction, CommunityImpactAssessment, PlannedEvent, TensionAssessment, TensionDataset, TensionJudgement, TensionReport } from '../../types';
import type { ReportChoice } from './report-choice';
import type { TensionReportInput } from './report-input';

/** The workspace's data a report reads. */
export interface ReportSources {
  tensions: readonly Pick<TensionDataset, 'rows' | 'judgements' | 'communityTypes' | 'files'>[];
  enteredRatings: readonly TensionAssessment[];
  enteredJudgements: readonly TensionJudgement[];
  boundaries: readonly Pick<AreaDataset, 'areaCodes' | 'areaNames' | 'areaNamesWelsh'>[];
  assessments: readonly CommunityImpactAssessment[];
  actions: readonly CiaAction[];
  meetings: readonly number[];
  reports: readonly TensionReport[];
  events: readonly PlannedEvent[];
}

/** Every tension rating, loaded and entered, oldest first (as the tension map reads them). */
export function allTensionRows(sources: Pick<ReportSources, 'tensions' | 'enteredRatings'>): TensionAssessment[] {
  return [...sources.tensions.flatMap((t) => t.rows), ...sources.enteredRatings].sort((a, b) => a.timeMs - b.timeMs);
}

/** The day of the latest tension rating (UTC ms), or null when there is none. */
export function latestRatingDay(sources: Pick<ReportSources, 'tensions' | 'enteredRatings'>): number | null {
  const rows = allTensionRows(sources);
  return rows.length ? rows[rows.length - 1].timeMs : null;
}

/** The report's input for the choice, in `welsh` names when the boundaries have them; null without a day to report on. */
export function tensionReportInput(sources: ReportSources, choice: ReportChoice, producedMs: number, welsh = false): TensionReportInput | null {
  const atMs = choice.dateMs ?? latestRatingDay(sources);
  if (atMs === null) return null;
  const areaNames: Record<string, string> = {};
  for (const boundary of sources.boundaries) {
    boundary.areaCodes.forEach((code, i) => {
      areaNames[code] ??= (welsh ? boundary.areaNamesWelsh?.[i] : undefined) || boundary.areaNames[i];
    });
  }
  return {
    tier: choice.tier,
    atMs,
    producedMs,
    sections: choice.sections.filter((s) => s.on).map((s) => s.id),
    assessments: allTensionRows(sources),
    judgements: [...sources.tensions.flatMap((t) => t.judgements ?? []), ...sources.enteredJudgements],
    communityOrder: [...new Set(sources.tensions.flatMap((t) => t.communityTypes))],
    areaNames,
    cias: sources.assessments,
    actions: sources.actions,
    meetings: sources.meetings,
    reports: sources.reports,
    events: sources.events,
    tensionFiles: sources.tensions.flatMap((t) => t.files),
    enteredCount: sources.enteredRatings.length + sources.enteredJudgements.length,
  };
}
