/**
 * Reports as documents (issue 18): the user's choice for the tension monitoring group's report (kept in the
 * workspace) and the making of its PDF, with progress and cancel. The document is built by
 * analysis/report from the workspace's stores, the same code `atlas report` runs on a workspace file.
 */
import { create } from 'zustand';
import type { TensionSectionId } from '../analysis/report/report-document';
import { DEFAULT_REPORT_CHOICE, moveSection, type ReportChoice } from '../analysis/report/report-choice';
import { tensionReportInput, type ReportSources } from '../analysis/report/report-sources';
import { buildTensionReport } from '../analysis/report/tension-report';
import { reportWording } from '../analysis/report/report-wording';
import { writeReportPdf, type ReportFonts } from '../analysis/report/report-pdf';
import { localeTags, type Locale } from '../i18n/translate';
import { useTensionStore } from './tension-store';
import { useTensionEntryStore } from './tension-entry-store';
import { useDataStore } from './data-store';
import { useCiaStore } from './cia-store';
import { useReportStore } from './report-store';

/** Where the making of a PDF is. */
export type DocumentStatus =
  | { kind: 'idle' }
  | { kind: 'working'; done: number; total: number }
  | { kind: 'ready'; fileName: string; pages: number }
  | { kind: 'cancelled' }
  | { kind: 'error'; code: 'no-ratings' | 'failed' };

interface DocumentState extends ReportChoice {
  status: DocumentStatus;
  setTier: (tier: ReportChoice['tier']) => void;
  setDate: (dateMs: number | null) => void;
  setSectionOn: (id: TensionSectionId, on: boolean) => void;
  moveSection: (id: TensionSectionId, by: -1 | 1) => void;
  /** Replaces the choice (a workspace restore). */
  restore: (choice: ReportChoice) => void;
  /** Makes the PDF in `locale`; resolves to its bytes and file name, or null when it could not be made or was cancelled. */
  makeReport: (locale: Locale, nowMs?: number) => Promise<{ bytes: Uint8Array; fileName: string } | null>;
  cancel: () => void;
}

let running: AbortController | null = null;
let fonts: Promise<ReportFonts> | null = null;

/** DejaVu Sans from public/fonts/, fetched once. */
function loadFonts(): Promise<ReportFonts> {
  const get = async (file: string) => new Uint8Array(await (await fetch(`${import.meta.env.BASE_URL}fonts/${file}`)).arrayBuffer());
  fonts ??= Promise.all([get('DejaVuSans.ttf'), get('DejaVuSans-Bold.ttf')]).then(([regular, bold]) => ({ regular, bold }));
  return fonts;
}

/** The workspace's data as the report reads it. */
function currentSources(): ReportSources {
  const tension = useTensionStore.getState();
  const entries = useTensionEntryStore.getState();
  const data = useDataStore.getState();
  const cia = useCiaStore.getState();
  const reports = useReportStore.getState();
  return {
    tensions: tension.order.flatMap((id) => (tension.datasets[id] ? [tension.datasets[id]] : [])),
    enteredRatings: entries.ratings,
    enteredJudgements: entries.judgements,
    boundaries: data.order.flatMap((id) => (data.datasets[id] ? [data.datasets[id]] : [])),
    assessments: cia.assessments,
    actions: cia.actions,
    meetings: cia.meetings,
    reports: reports.reports,
    events: reports.events,
  };
}

const isoDay = (ms: number) => new Date(ms).toISOString().slice(0, 10);

export const useDocumentStore = create<DocumentState>((set, get) => ({
  ...DEFAULT_REPORT_CHOICE,
  status: { kind: 'idle' },
  setTier: (tier) => set({ tier }),
  setDate: (dateMs) => set({ dateMs }),
  setSectionOn: (id, on) => set((s) => ({ sections: s.sections.map((section) => (section.id === id ? { ...section, on } : section)) })),
  moveSection: (id, by) => set((s) => ({ sections: moveSection(s, id, by).sections })),
  restore: (choice) => set({ tier: choice.tier, dateMs: choice.dateMs, sections: choice.sections }),
  makeReport: async (locale, nowMs = Date.now()) => {
    running?.abort();
    const controller = new AbortController();
    running = controller;
    const { tier, dateMs, sections } = get();
    const input = tensionReportInput(currentSources(), { tier, dateMs, sections }, nowMs, locale === 'cy');
    if (!input) {
      set({ status: { kind: 'error', code: 'no-ratings' } });
      return null;
    }
    const doc = buildTensionReport(input);
    set({ status: { kind: 'working', done: 0, total: doc.sections.length } });
    try {
      const { bytes, pageCount: pages } = await writeReportPdf(doc, reportWording(locale), await loadFonts(), {
        languageTag: localeTags[locale],
        signal: controller.signal,
        onProgress: (done, total) => set({ status: { kind: 'working', done, total } }),
      });
      const fileName = `tension-report-${tier}-${isoDay(input.atMs)}-${locale}.pdf`;
      set({ status: { kind: 'ready', fileName, pages } });
      return { bytes, fileName };
    } catch (error) {
      set({ status: controller.signal.aborted ? { kind: 'cancelled' } : { kind: 'error', code: 'failed' } });
      if (!controller.signal.aborted) console.error(error);
      return null;
    } finally {
      if (running === controller) running = null;
    }
  },
  cancel: () => running?.abort(new Error('cancelled')),
}));
