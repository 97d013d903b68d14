/**
 * The report's Community Impact Assessments and actions: each assessment open on the report's day with its
 * risk matrix, its risks and its action plan; then the group's actions overdue, due before the next meeting
 * and done since the last. The edited tier leaves out the assessment's narrative (what the problem is).
 */
import type { CiaAction, CommunityImpactAssessment } from '../../types';
import type { MessageKey } from '../../i18n/translate';
import { meetingActions, nextMeeting } from '../cia/meeting-actions';
import { riskLevel, riskMatrix, riskScore } from '../cia/risk-score';
import { startOfDayMs } from '../cia/review';
import { day, literal, message, type ReportBlock, type ReportSection, type ReportText } from './report-document';
import type { TensionReportInput } from './report-input';
import type { ReportPeriod } from './report-period';
import { areaText } from './summary-section';

/** Assessments open on the report's day: opened by then, and not closed by then. */
export function openAssessments(cias: readonly CommunityImpactAssessment[], atMs: number): CommunityImpactAssessment[] {
  const today = startOfDayMs(atMs);
  return cias.filter((cia) => startOfDayMs(cia.openedMs) <= today && (cia.status !== 'closed' || (cia.closedMs !== null && startOfDayMs(cia.closedMs) > today)));
}

const statusText = (status: CiaAction['status']): ReportText => message(`cia.action.status.${status}` as MessageKey);

function actionTable(caption: ReportText, actions: readonly CiaAction[], cias: readonly CommunityImpactAssessment[]): ReportBlock {
  const titleOf = (id: string | null) => literal(cias.find((cia) => cia.id === id)?.title ?? '—');
  return {
    kind: 'table',
    caption,
    header: [message('cia.action.text'), message('cia.action.owner'), message('cia.action.due'), message('document.actions.status'), message('document.actions.assessment')],
    rows: actions.map((action) => [literal(action.text), literal(action.owner), day(action.dueMs), statusText(action.status), titleOf(action.assessmentId)]),
    widths: [3, 1.6, 1.1, 1.1, 2.2],
  };
}

function matrixTable(cia: CommunityImpactAssessment): ReportBlock {
  return {
    kind: 'table',
    caption: message('cia.matrix.caption'),
    header: [message('document.assessments.matrixCorner'), ...[1, 2, 3, 4, 5].map((impact) => literal(String(impact)))],
    rows: riskMatrix(cia.risks).map((row) => [
      literal(String(row[0].likelihood)),
      ...row.map((cell) => message('document.assessments.matrixCell', { count: cell.riskIds.length, score: cell.score })),
    ]),
    widths: [1.6, 1, 1, 1, 1, 1],
  };
}

function assessmentBlocks(input: TensionReportInput, cia: CommunityImpactAssessment): ReportBlock[] {
  const today = startOfDayMs(input.atMs);
  const review = cia.reviewDates.find((ms) => ms >= today);
  const blocks: ReportBlock[] = [
    { kind: 'heading', level: 3, text: literal(cia.title) },
    {
      kind: 'paragraph',
      text: message('document.assessments.line', {
        status: message(`cia.status.${cia.status}` as MessageKey),
        opened: day(cia.openedMs),
        review: review === undefined ? message('cia.noReview') : day(review),
        areas: cia.footprint.kind === 'district' ? message('document.assessments.district') : joinTexts(cia.footprint.areaCodes.map((code) => areaText(input, code))),
      }),
    },
  ];
  if (input.tier === 'full' && cia.information.problem.trim()) blocks.push({ kind: 'paragraph', text: message('document.assessments.problem', { text: cia.information.problem.trim() }) });
  blocks.push(matrixTable(cia));
  if (cia.risks.length) {
    blocks.push({
      kind: 'table',
      caption: message('document.assessments.risks'),
      header: [message('cia.risk.description'), message('cia.risk.heading'), message('cia.risk.course'), message('document.assessments.riskScore')],
      rows: cia.risks.map((risk) => [
        literal(risk.description),
        message(`cia.heading.${risk.heading}` as MessageKey),
        message(`cia.course.${risk.course}` as MessageKey),
        message('document.assessments.score', { likelihood: risk.likelihood, impact: risk.impact, score: riskScore(risk), level: message(`cia.level.${riskLevel(riskScore(risk))}` as MessageKey) }),
      ]),
      widths: [3.4, 1.6, 1.6, 2],
    });
  }
  const plan = input.actions.filter((action) => action.assessmentId === cia.id).sort((a, b) => a.dueMs - b.dueMs);
  blocks.push(plan.length ? actionTable(message('document.assessments.plan'), plan, input.cias) : { kind: 'paragraph', text: message('document.assessments.noPlan') });
  return blocks;
}

/** Several texts written one after another, separated by commas. */
export function joinTexts(texts: readonly ReportText[]): ReportText {
  return texts.slice(1).reduce<ReportText>((joined, text) => message('document.listJoin', { first: joined, next: text }), texts[0] ?? literal('—'));
}

/** The section of assessments open on the report's day. */
export function assessmentsSection(input: TensionReportInput): ReportSection {
  const open = openAssessments(input.cias, input.atMs);
  const blocks = open.length ? open.flatMap((cia) => assessmentBlocks(input, cia)) : [{ kind: 'paragraph' as const, text: message('document.assessments.none', { date: day(input.atMs) }) }];
  return { id: 'assessments', title: message('document.section.assessments'), blocks };
}

/** The section of actions: overdue, due before the next meeting, and done since the previous one. */
export function actionsSection(input: TensionReportInput, period: ReportPeriod): ReportSection {
  const next = nextMeeting(input.meetings, input.atMs);
  const { overdue, due, doneSince } = meetingActions(input.actions, input.atMs, period.previousMeetingMs, next);
  const dueBy = next ?? startOfDayMs(input.atMs) + 14 * 86_400_000;
  const part = (caption: ReportText, actions: CiaAction[]): ReportBlock[] => [
    { kind: 'heading', level: 3, text: caption },
    actions.length ? actionTable(caption, actions, input.cias) : { kind: 'paragraph', text: message('document.actions.none') },
  ];
  return {
    id: 'actions',
    title: message('document.section.actions'),
    blocks: [
      ...part(message('document.actions.overdue'), overdue),
      ...part(message('document.actions.due', { date: day(dueBy - 86_400_000) }), due),
      ...part(period.previousMeetingMs === null ? message('document.actions.doneAll') : message('document.actions.done', { date: day(period.previousMeetingMs) }), doneSince),
    ],
  };
}
