/**
 * A report as a document (issue 18): plain data the PDF writer, the panel's preview and `atlas report --json`
 * all read. Text is a catalogue code with parameters, the user's own words (names, titles, notes) kept as
 * written, or a date; the writer words it in the chosen language. Each section starts a new page; the writer
 * flows a long section onto more pages and puts the marking, version, date produced and page number on each.
 */
import type { MessageKey } from '../../i18n/translate';

/** One piece of text: a catalogue message, the user's own words, or a day (worded in the report's language). */
export type ReportText =
  | { kind: 'message'; key: MessageKey; params?: Record<string, ReportParam> }
  | { kind: 'literal'; text: string }
  | { kind: 'date'; timeMs: number };

/** A message parameter: a number or a string as it is, or text worded first. */
export type ReportParam = string | number | ReportText;

/** Which reader the document is for: Gold and Silver (full), or Bronze and partner agencies (edited). */
export type ReportTier = 'full' | 'edited';

/** Sections of the tension monitoring group's report, in their usual order. */
export const TENSION_SECTION_IDS = ['summary', 'narrative', 'assessments', 'actions', 'reports', 'events', 'sources'] as const;
export type TensionSectionId = (typeof TENSION_SECTION_IDS)[number];

/** The sections the edited tier always leaves out (whatever was chosen). */
export const EDITED_TIER_OMITS: ReadonlySet<TensionSectionId> = new Set(['narrative']);

/** A block of a page, in reading order. */
export type ReportBlock =
  | { kind: 'heading'; level: 2 | 3; text: ReportText }
  | { kind: 'paragraph'; text: ReportText }
  | {
      kind: 'table';
      caption: ReportText;
      header: ReportText[];
      rows: ReportText[][];
      /** Relative column widths (as many as header cells). */
      widths: number[];
    };

/** One section: its title (the page's first heading) and its blocks. */
export interface ReportSection {
  id: TensionSectionId;
  title: ReportText;
  blocks: ReportBlock[];
}

/** A whole document: what every page carries (marking, version, date produced) and its sections in order. */
export interface ReportDocument {
  kind: 'tension';
  tier: ReportTier;
  title: ReportText;
  /** Lines under the title on the first page (date and period, version). */
  subtitle: ReportText[];
  marking: ReportText;
  /** The version as each page's footer names it. */
  tierLabel: ReportText;
  producedMs: number;
  sections: ReportSection[];
}

/** A catalogue message. */
export const message = (key: MessageKey, params?: Record<string, ReportParam>): ReportText => (params ? { kind: 'message', key, params } : { kind: 'message', key });

/** The user's own words, as written. */
export const literal = (text: string): ReportText => ({ kind: 'literal', text });

/** A day, worded in the report's language. */
export const day = (timeMs: number): ReportText => ({ kind: 'date', timeMs });
