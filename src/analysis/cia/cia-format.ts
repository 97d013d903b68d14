/**
 * The persisted form of assessments, actions, the risk register and meeting dates (the workspace's `cia`
 * part, and an assessment file): versioned, upgraded by explicit migrations, and checked item by item. A
 * missing field or a score outside 1–5 is reported by item name and field; the item concerned is repaired
 * with an empty value where one makes sense, else left out, and nothing else is lost.
 */
import type { CiaAction, CommunityImpactAssessment, PartnerAssessmentSummary, RiskRegisterEntry } from '../../types';
import { readAction, readAssessment, readPartnerSummary, readRegisterEntry, type CiaFormatProblem, type ItemReader } from './cia-items';

export type { CiaFormatProblem, CiaItemKind } from './cia-items';

/** The version this app writes. Raise it and add a migration when the shape changes. */
export const CIA_FORMAT_VERSION = 2;

/** Turns version `from` into `from + 1`. */
export type CiaMigration = (old: Record<string, unknown>) => Record<string, unknown>;

/**
 * Version 1 → 2: assessments gained the reports and events they cite (`citations`) and the edited summary
 * partners may see (`shareSummary`), and the part gained the summaries received from partners; a version 1 assessment cited nothing and had no summary, except that one
 * opened from a report or event cites it. (Drawn footprints are new in 2 too; version 1 had none.)
 */
export function migrateCiaV1toV2(old: Record<string, unknown>): Record<string, unknown> {
  const assessments = Array.isArray(old.assessments)
    ? old.assessments.map((a: unknown) => {
        if (!isRecord(a)) return a;
        const origin = isRecord(a.origin) && (a.origin.kind === 'report' || a.origin.kind === 'event') ? [a.origin] : [];
        return { ...a, citations: origin, shareSummary: '' };
      })
    : old.assessments;
  return { ...old, version: 2, assessments, partnerSummaries: [] };
}

/** Migrations by the version they upgrade from. */
export const CIA_MIGRATIONS: Record<number, CiaMigration> = { 1: migrateCiaV1toV2 };

/** Everything the part holds. */
export interface CiaData {
  assessments: CommunityImpactAssessment[];
  actions: CiaAction[];
  register: RiskRegisterEntry[];
  /** Dates of the group's meetings (UTC ms), earliest first. */
  meetings: number[];
  /** Assessment summaries received from partners' share packages (version 2 on). */
  partnerSummaries: PartnerAssessmentSummary[];
}

export const EMPTY_CIA_DATA: CiaData = { assessments: [], actions: [], register: [], meetings: [], partnerSummaries: [] };

const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** The data as written (plain JSON with the version). */
export function writeCiaData(data: CiaData): Record<string, unknown> {
  return { version: CIA_FORMAT_VERSION, ...data };
}

function readList<T>(raw: unknown, read: ItemReader<T>, problems: CiaFormatProblem[]): T[] {
  return (Array.isArray(raw) ? raw : []).flatMap((item, position) => read(item, position, problems) ?? []);
}

/**
 * Reads saved data of any known version. Unknown or damaged data gives what could be read plus the problems;
 * a version newer than this app's is refused whole (its meaning cannot be known), reported as such.
 */
export function readCiaData(raw: unknown, migrations = CIA_MIGRATIONS, current = CIA_FORMAT_VERSION): { data: CiaData; problems: CiaFormatProblem[] } {
  if (!isRecord(raw)) return { data: EMPTY_CIA_DATA, problems: raw === undefined ? [] : [{ code: 'not-cia-data' }] };
  let version = typeof raw.version === 'number' && Number.isInteger(raw.version) && raw.version >= 1 ? raw.version : null;
  if (version === null) return { data: EMPTY_CIA_DATA, problems: [{ code: 'not-cia-data' }] };
  if (version > current) return { data: EMPTY_CIA_DATA, problems: [{ code: 'newer-version', version }] };
  let upgraded: Record<string, unknown> = raw;
  while (version < current) {
    const migrate = migrations[version];
    if (!migrate) return { data: EMPTY_CIA_DATA, problems: [{ code: 'not-cia-data' }] };
    upgraded = migrate(upgraded);
    version += 1;
  }
  const problems: CiaFormatProblem[] = [];
  const meetings = (Array.isArray(upgraded.meetings) ? upgraded.meetings : []).filter((m): m is number => typeof m === 'number' && Number.isFinite(m)).sort((a, b) => a - b);
  return {
    data: {
      assessments: readList(upgraded.assessments, readAssessment, problems),
      actions: readList(upgraded.actions, readAction, problems),
      register: readList(upgraded.register, readRegisterEntry, problems),
      meetings,
      partnerSummaries: readList(upgraded.partnerSummaries, readPartnerSummary, problems),
    },
    problems,
  };
}
