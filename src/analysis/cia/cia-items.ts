/**
 * Readers of one saved item each (assessment, risk, action, register entry), for cia-format.ts. Each reader
 * checks untrusted JSON field by field: a missing field is filled with an empty value and reported, unless the
 * item cannot stand without it (an id, a risk's scores), when the item alone is left out and reported.
 */
import type { CiaAction, CiaAffected, CiaFootprint, CiaLink, CiaRisk, CiaVersion, CommunityImpactAssessment, PartnerAssessmentSummary, RiskRegisterEntry, RiskRegisterReview } from '../../types';
import { isScoreLevel } from './risk-score';
import { RISK_COURSES, RISK_HEADINGS } from './assessment';

/** The kinds of item a saved assessment part holds, named in the problems found while reading them. */
export type CiaItemKind = 'assessment' | 'risk' | 'action' | 'register-entry' | 'review' | 'partner-summary';

/** A problem found while reading; `name` is the item's title, description or indicator (else its position). */
export type CiaFormatProblem =
  | { code: 'missing-field'; item: CiaItemKind; name: string; field: string; dropped: boolean }
  | { code: 'score-out-of-range'; item: CiaItemKind; name: string; field: string; value: string; dropped: boolean }
  | { code: 'newer-version'; version: number }
  | { code: 'not-cia-data' };

/** Reads the item at `position`; null when it is left out (the reason is in `problems`). */
export type ItemReader<T> = (raw: unknown, position: number, problems: CiaFormatProblem[]) => T | null;

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);
const isString = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isStrings = (v: unknown): v is string[] => Array.isArray(v) && v.every(isString);
const LINK_KINDS = ['report', 'event', 'incident', 'area'];
const isLink = (v: unknown): v is CiaLink => isRecord(v) && LINK_KINDS.includes(v.kind as string) && isString(v.id) && isString(v.label);
const GROUPS = ['resident-population', 'communities-of-interest', 'community-infrastructure', 'operational-effectiveness', 'spread'];
const STEPS = ['monitor', 'report-gold-engage-bronze', 'relay-gold-rapidly'];

/** Fallback meaning "the item cannot stand without this field". */
const DROP = Symbol('drop');

/** Field checks of one item, recording problems under its kind and name. */
class ItemCheck {
  dropped = false;
  constructor(private readonly record: Record<string, unknown>, private readonly item: CiaItemKind, private readonly name: string, private readonly problems: CiaFormatProblem[]) {}

  /** The field when it passes `check`; else reports it missing and gives `fallback` (DROP: the item is left out). */
  field<T>(field: string, check: (v: unknown) => v is T, fallback: T | typeof DROP): T {
    const value = this.record[field];
    if (check(value)) return value;
    const drop = fallback === DROP;
    if (drop) this.dropped = true;
    this.problems.push({ code: 'missing-field', item: this.item, name: this.name, field, dropped: drop });
    return (drop ? undefined : fallback) as T;
  }

  /** A likelihood or impact: 1–5, else the item is left out with the value found reported. */
  score(field: string): number {
    const value = this.record[field];
    if (isScoreLevel(value)) return value;
    this.dropped = true;
    if (value === undefined || value === null) this.problems.push({ code: 'missing-field', item: this.item, name: this.name, field, dropped: true });
    else this.problems.push({ code: 'score-out-of-range', item: this.item, name: this.name, field, value: String(value), dropped: true });
    return 0;
  }
}

function nameOf(raw: unknown, field: string, item: CiaItemKind, position: number): string {
  return isRecord(raw) && isString(raw[field]) && raw[field].trim() ? raw[field].trim() : `${item} ${position + 1}`;
}

function start(raw: unknown, item: CiaItemKind, nameField: string, position: number, problems: CiaFormatProblem[]): ItemCheck | null {
  const name = nameOf(raw, nameField, item, position);
  if (!isRecord(raw)) {
    problems.push({ code: 'missing-field', item, name, field: 'id', dropped: true });
    return null;
  }
  return new ItemCheck(raw, item, name, problems);
}

const isCorner = (v: unknown): v is [number, number] =>
  Array.isArray(v) && v.length === 2 && isTime(v[0]) && isTime(v[1]) && Math.abs(v[0]) <= 180 && Math.abs(v[1]) <= 90;
const isFootprint = (v: unknown): v is CiaFootprint =>
  isRecord(v) && isString(v.datasetId) && (v.kind === 'district' || (v.kind === 'areas' && isStrings(v.areaCodes))
    || (v.kind === 'drawn' && isStrings(v.areaCodes) && Array.isArray(v.ring) && v.ring.length >= 3 && v.ring.every(isCorner)));
const isAffected = (v: unknown): v is CiaAffected[] =>
  Array.isArray(v) && v.every((a) => isRecord(a) && isString(a.community) && (a.areaCode === null || isString(a.areaCode)) && isString(a.how));
const isAnswers = (v: unknown): v is Record<string, string> => isRecord(v) && Object.values(v).every(isString);
const isVersions = (v: unknown): v is CiaVersion[] =>
  Array.isArray(v) && v.every((x) => isRecord(x) && Number.isInteger(x.version) && isTime(x.timeMs) && isString(x.by) && isStrings(x.changed) && isString(x.note));
const INFORMATION_FIELDS = ['problem', 'rootCauses', 'happened', 'mayHappen', 'anecdote', 'sources'] as const;

/** The information section's texts; one not written is empty. */
function readInformation(info: Record<string, unknown>): CommunityImpactAssessment['information'] {
  return Object.fromEntries(INFORMATION_FIELDS.map((f) => [f, isString(info[f]) ? info[f] : ''])) as unknown as CommunityImpactAssessment['information'];
}

/** Reads one risk of an assessment. */
export const readRisk: ItemReader<CiaRisk> = (raw, position, problems) => {
  const check = start(raw, 'risk', 'description', position, problems);
  if (!check) return null;
  const risk: CiaRisk = {
    id: check.field('id', isString, DROP),
    heading: check.field('heading', (v): v is CiaRisk['heading'] => RISK_HEADINGS.includes(v as CiaRisk['heading']), DROP),
    course: check.field('course', (v): v is CiaRisk['course'] => RISK_COURSES.includes(v as CiaRisk['course']), DROP),
    group: check.field('group', (v): v is CiaRisk['group'] => v === null || GROUPS.includes(v as string), null),
    description: check.field('description', isString, ''),
    likelihood: check.score('likelihood'),
    impact: check.score('impact'),
  };
  return check.dropped ? null : risk;
};

/** Reads one assessment; its broken risks alone are left out. */
export const readAssessment: ItemReader<CommunityImpactAssessment> = (raw, position, problems) => {
  const check = start(raw, 'assessment', 'title', position, problems);
  if (!check || !isRecord(raw)) return null;
  const nextStep = isRecord(raw.nextStep) ? raw.nextStep : {};
  const assessment: CommunityImpactAssessment = {
    id: check.field('id', isString, DROP),
    title: check.field('title', isString, ''),
    origin: check.field<CiaLink | null>('origin', (v): v is CiaLink | null => v === null || isLink(v), null),
    footprint: check.field('footprint', isFootprint, { kind: 'district', datasetId: '' }),
    communities: check.field('communities', isStrings, []),
    information: readInformation(check.field('information', isRecord, {})),
    citations: check.field('citations', (v): v is CiaLink[] => Array.isArray(v) && v.every(isLink), []),
    affected: check.field('affected', isAffected, []),
    legislation: check.field('legislation', isAnswers, {}),
    risks: (Array.isArray(raw.risks) ? raw.risks : []).flatMap((risk, i) => readRisk(risk, i, problems) ?? []),
    nextStep: { decided: STEPS.includes(nextStep.decided as string) ? (nextStep.decided as CommunityImpactAssessment['nextStep']['decided']) : null, note: isString(nextStep.note) ? nextStep.note : '' },
    status: check.field('status', (v): v is CommunityImpactAssessment['status'] => v === 'draft' || v === 'agreed' || v === 'closed', 'draft'),
    openedMs: check.field('openedMs', isTime, 0),
    reviewDates: check.field('reviewDates', (v): v is number[] => Array.isArray(v) && v.every(isTime), []),
    closedMs: check.field<number | null>('closedMs', (v): v is number | null => v === null || isTime(v), null),
    versions: check.field('versions', isVersions, []),
    shareSummary: check.field('shareSummary', isString, ''),
  };
  if (!Array.isArray(raw.risks)) check.field('risks', Array.isArray, []);
  return check.dropped ? null : assessment;
};

/** Reads one action; without an id or a due date it is left out. */
export const readAction: ItemReader<CiaAction> = (raw, position, problems) => {
  const check = start(raw, 'action', 'text', position, problems);
  if (!check) return null;
  const action: CiaAction = {
    id: check.field('id', isString, DROP),
    text: check.field('text', isString, ''),
    owner: check.field('owner', isString, ''),
    dueMs: check.field('dueMs', isTime, DROP),
    status: check.field('status', (v): v is CiaAction['status'] => v === 'open' || v === 'in-progress' || v === 'done', 'open'),
    doneMs: check.field<number | null>('doneMs', (v): v is number | null => v === null || isTime(v), null),
    assessmentId: check.field<string | null>('assessmentId', (v): v is string | null => v === null || isString(v), null),
    riskIds: check.field('riskIds', isStrings, []),
    links: check.field('links', (v): v is CiaLink[] => Array.isArray(v) && v.every(isLink), []),
  };
  return check.dropped ? null : action;
};

const readReview: ItemReader<RiskRegisterReview> = (raw, position, problems) => {
  const check = start(raw, 'review', 'note', position, problems);
  if (!check) return null;
  const review: RiskRegisterReview = {
    timeMs: check.field('timeMs', isTime, DROP),
    by: check.field('by', isString, ''),
    likelihood: check.score('likelihood'),
    impact: check.score('impact'),
    residualLikelihood: check.score('residualLikelihood'),
    residualImpact: check.score('residualImpact'),
    note: check.field('note', isString, ''),
  };
  return check.dropped ? null : review;
};

/** Reads one register entry; a broken review alone is left out of its history. */
export const readRegisterEntry: ItemReader<RiskRegisterEntry> = (raw, position, problems) => {
  const check = start(raw, 'register-entry', 'indicator', position, problems);
  if (!check || !isRecord(raw)) return null;
  const history = (Array.isArray(raw.history) ? raw.history : []).flatMap((review, i) => readReview(review, i, problems) ?? []);
  const entry: RiskRegisterEntry = {
    id: check.field('id', isString, DROP),
    indicator: check.field('indicator', isString, ''),
    likelihood: check.score('likelihood'),
    impact: check.score('impact'),
    measures: check.field('measures', isString, ''),
    residualLikelihood: check.score('residualLikelihood'),
    residualImpact: check.score('residualImpact'),
    reviewCycleDays: check.field('reviewCycleDays', (v): v is number => Number.isInteger(v) && (v as number) > 0, 28),
    history,
  };
  if (check.dropped) return null;
  if (history.length > 0) return entry;
  // Without its history the entry is kept, its scores as if reviewed long ago, so its review shows as due.
  problems.push({ code: 'missing-field', item: 'register-entry', name: nameOf(raw, 'indicator', 'register-entry', position), field: 'history', dropped: false });
  const { likelihood, impact, residualLikelihood, residualImpact } = entry;
  return { ...entry, history: [{ timeMs: 0, by: '', likelihood, impact, residualLikelihood, residualImpact, note: '' }] };
};

const isAreas = (v: unknown): v is PartnerAssessmentSummary['areas'] => Array.isArray(v) && v.every((a) => isRecord(a) && isString(a.areaCode) && isString(a.areaName));

/** Reads one summary received from a partner; without its id or its text it is left out. */
export const readPartnerSummary: ItemReader<PartnerAssessmentSummary> = (raw, position, problems) => {
  const check = start(raw, 'partner-summary', 'summary', position, problems);
  if (!check) return null;
  const summary: PartnerAssessmentSummary = {
    id: check.field('id', isString, DROP),
    authority: check.field('authority', isString, ''),
    producedAt: check.field('producedAt', isString, ''),
    summary: check.field('summary', isString, DROP),
    level: check.field<PartnerAssessmentSummary['level']>('level', (v): v is PartnerAssessmentSummary['level'] => v === null || v === 'low' || v === 'medium' || v === 'high', null),
    status: check.field('status', (v): v is PartnerAssessmentSummary['status'] => v === 'draft' || v === 'agreed' || v === 'closed', 'draft'),
    opened: check.field('opened', isString, ''),
    areas: check.field('areas', isAreas, []),
  };
  return check.dropped ? null : summary;
};
