/**
 * Reading tension reports, planned events, entered ratings and judgements back from a saved workspace: the
 * JSON is untrusted (a file, an older version), so each record is checked field by field and one that does
 * not fit is left out (and counted), never half-read.
 */
import type { PlannedEvent, ReportPlace, TensionAssessment, TensionJudgement, TensionRating, TensionReport, TensionReportFields, TensionReportRevision } from '../../types';
import { INFORMATION_STATUSES, SOURCE_KINDS, SOURCE_RELIABILITIES, TENSION_TYPES } from './report-vocabulary';

type Json = Record<string, unknown>;

const isRecord = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string';
const isTime = (v: unknown): v is number => typeof v === 'number' && Number.isFinite(v);
const isTextList = (v: unknown): v is string[] => Array.isArray(v) && v.every(isText);
const isOneOf = <T extends string>(values: readonly T[], v: unknown): v is T => values.includes(v as T);

function readPlace(v: unknown): ReportPlace | null {
  if (!isRecord(v)) return null;
  const position = v.position;
  const validPosition = Array.isArray(position) && position.length === 2 && position.every((n) => typeof n === 'number' && Number.isFinite(n));
  if ((v.areaCode !== undefined && !isText(v.areaCode)) || (v.areaName !== undefined && !isText(v.areaName)) || (position !== undefined && !validPosition)) return null;
  if (v.areaCode === undefined && position === undefined) return null;
  // Issue 14: a place found by postcode (absent from older workspaces).
  if ((v.postcode !== undefined && !isText(v.postcode)) || (v.atPostcodeCentroid !== undefined && typeof v.atPostcodeCentroid !== 'boolean') || (v.postcodeAreaCodes !== undefined && !isTextList(v.postcodeAreaCodes))) return null;
  return {
    ...(isText(v.areaCode) && { areaCode: v.areaCode }), ...(isText(v.areaName) && { areaName: v.areaName }), ...(validPosition && { position: position as [number, number] }),
    ...(isText(v.postcode) && { postcode: v.postcode }), ...(v.atPostcodeCentroid === true && { atPostcodeCentroid: true }), ...(isTextList(v.postcodeAreaCodes) && { postcodeAreaCodes: v.postcodeAreaCodes }),
  };
}

function readFields(v: unknown): TensionReportFields | null {
  if (!isRecord(v) || !isTime(v.timeMs)) return null;
  const place = readPlace(v.place);
  const types = v.tensionTypes;
  if (!place || !isTextList(v.communities) || !Array.isArray(types) || !types.every((t) => isOneOf(TENSION_TYPES, t))) return null;
  if (!isOneOf(SOURCE_KINDS, v.sourceKind) || !isOneOf(INFORMATION_STATUSES, v.status) || !isOneOf(SOURCE_RELIABILITIES, v.reliability)) return null;
  if (!isText(v.narrative) || typeof v.rumour !== 'boolean' || !isText(v.actionTaken) || !isText(v.recordedBy) || !isText(v.agency)) return null;
  return {
    timeMs: v.timeMs, place, communities: v.communities, tensionTypes: types, sourceKind: v.sourceKind, status: v.status, reliability: v.reliability,
    narrative: v.narrative, rumour: v.rumour, actionTaken: v.actionTaken, recordedBy: v.recordedBy, agency: v.agency,
  };
}

function readRevision(v: unknown): TensionReportRevision | null {
  if (!isRecord(v) || !isOneOf(['recorded', 'imported', 'edited', 'withdrawn'] as const, v.kind) || !isTime(v.changedMs) || !isText(v.changedBy)) return null;
  const fields = readFields(v.fields);
  if (!fields || (v.reason !== undefined && !isText(v.reason))) return null;
  return { kind: v.kind, changedMs: v.changedMs, changedBy: v.changedBy, fields, ...(isText(v.reason) && { reason: v.reason }) };
}

/** A saved report, or null when any of it does not fit (its history must be whole: nothing said is lost silently). */
export function readSavedReport(v: unknown): TensionReport | null {
  if (!isRecord(v) || !isText(v.id) || typeof v.withdrawn !== 'boolean' || !Array.isArray(v.history) || v.history.length === 0) return null;
  const fields = readFields(v);
  const origin = v.origin;
  const validOrigin = isRecord(origin) && (origin.kind === 'entered' || (origin.kind === 'imported' && isText(origin.row)));
  const history = v.history.map(readRevision);
  if (!fields || !validOrigin || history.some((revision) => revision === null)) return null;
  return { ...fields, id: v.id, withdrawn: v.withdrawn, origin: origin.kind === 'entered' ? { kind: 'entered' } : { kind: 'imported', row: origin.row as string }, history: history as TensionReportRevision[] };
}

/** A saved planned event, or null. */
export function readSavedEvent(v: unknown): PlannedEvent | null {
  if (!isRecord(v) || !isText(v.id) || !isTime(v.timeMs) || !isText(v.note)) return null;
  const place = readPlace(v.place);
  return place ? { id: v.id, timeMs: v.timeMs, place, note: v.note } : null;
}

function readRating(v: unknown): TensionRating | null {
  if (!isRecord(v) || typeof v.level !== 'number' || !Number.isInteger(v.level)) return null;
  if (v.scale === 'eep' && v.level >= 1 && v.level <= 6) return { scale: 'eep', level: v.level };
  return v.scale === 'four-level' && v.level >= 1 && v.level <= 4 ? { scale: 'four-level', level: v.level } : null;
}

/** A saved judgement (an area's overall rating on a day), or null. */
export function readSavedJudgement(v: unknown): TensionJudgement | null {
  if (!isRecord(v) || !isText(v.areaCode) || !isTime(v.timeMs) || !isText(v.source) || (v.agency !== undefined && !isText(v.agency)) || (v.notes !== undefined && !isText(v.notes))) return null;
  const current = readRating(v.current);
  const potential = readRating(v.potential);
  if (!current || !potential) return null;
  return { areaCode: v.areaCode, timeMs: v.timeMs, current, potential, source: v.source, ...(isText(v.agency) && { agency: v.agency }), ...(isText(v.notes) && { notes: v.notes }) };
}

/** A saved rating entered in the app, or null. */
export function readSavedRating(v: unknown): TensionAssessment | null {
  const judged = readSavedJudgement(v);
  if (!judged || !isRecord(v) || !isText(v.communityType) || v.communityType.trim() === '') return null;
  return { ...judged, communityType: v.communityType };
}
