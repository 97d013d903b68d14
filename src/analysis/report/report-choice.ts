/**
 * What the user chose for the tension report, kept in the workspace (part `documents`): the version, the
 * day (null: the latest assessment's), and the sections in order, each on or off. Read defensively: a
 * damaged or older choice falls back section by section, and a section added later is appended, switched on.
 */
import { TENSION_SECTION_IDS, type ReportTier, type TensionSectionId } from './report-document';

/** One section in the chosen order. */
export interface ReportSectionChoice {
  id: TensionSectionId;
  on: boolean;
}

/** The report as chosen. */
export interface ReportChoice {
  tier: ReportTier;
  /** Start of the chosen day (UTC ms), or null for the latest assessment's day. */
  dateMs: number | null;
  sections: ReportSectionChoice[];
}

/** Every section, on, in the usual order; the full version; the latest day. */
export const DEFAULT_REPORT_CHOICE: ReportChoice = { tier: 'full', dateMs: null, sections: TENSION_SECTION_IDS.map((id) => ({ id, on: true })) };

const isSectionId = (value: unknown): value is TensionSectionId => (TENSION_SECTION_IDS as readonly unknown[]).includes(value);

/** A saved choice read back, keeping what is valid and completing the rest from the default. */
export function readReportChoice(saved: unknown): ReportChoice {
  if (typeof saved !== 'object' || saved === null) return DEFAULT_REPORT_CHOICE;
  const record = saved as Record<string, unknown>;
  const tier = record.tier === 'edited' ? 'edited' : 'full';
  const dateMs = typeof record.dateMs === 'number' && Number.isFinite(record.dateMs) ? record.dateMs : null;
  const sections: ReportSectionChoice[] = [];
  for (const item of Array.isArray(record.sections) ? record.sections : []) {
    const entry = item as Record<string, unknown> | null;
    if (entry && isSectionId(entry.id) && !sections.some((s) => s.id === entry.id)) sections.push({ id: entry.id, on: entry.on !== false });
  }
  for (const id of TENSION_SECTION_IDS) if (!sections.some((s) => s.id === id)) sections.push({ id, on: true });
  return { tier, dateMs, sections };
}

/** The choice with one section moved `by` places (−1 earlier, +1 later), kept within the list. */
export function moveSection(choice: ReportChoice, id: TensionSectionId, by: -1 | 1): ReportChoice {
  const from = choice.sections.findIndex((s) => s.id === id);
  const to = from + by;
  if (from === -1 || to < 0 || to >= choice.sections.length) return choice;
  const sections = [...choice.sections];
  [sections[from], sections[to]] = [sections[to], sections[from]];
  return { ...choice, sections };
}
