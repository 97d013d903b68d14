/**
 * Tension reports and planned events recorded in the app or imported from partners' files (issue 14), the
 * filter the map and counts follow, and choosing a place on the map for the form. Reports are sensitive:
 * they are saved in the workspace on this machine only (never in share packages), and hidden while presenting
 * until shown on purpose (the presentation store's `showPoints`, as for incidents).
 */
import { create } from 'zustand';
import type { ImportError, PlannedEvent, ReportFilter, ReportPlace, TensionReport, TensionReportFields } from '../types';
import { randomId } from '../data/stable-id';
import { editReport, recordReport, withdrawReport } from '../data/reports/report-record';
import { NO_REPORT_FILTER } from '../analysis/reports/report-filter';
import type { ReportImportReport } from '../data/reports/load-reports';
import { loadReportFiles } from '../data/reports/load-reports';
import type { InputFile } from '../types';

/** What a click on the map is for: a report's place, an event's place, or nothing special. */
export type PlacePicking = 'report' | 'event' | null;

interface ReportState {
  reports: TensionReport[];
  events: PlannedEvent[];
  filter: ReportFilter;
  picking: PlacePicking;
  /** The place last chosen on the map for the form that asked (`picking` is cleared then). */
  picked: { for: Exclude<PlacePicking, null>; place: ReportPlace } | null;
  /** The last import's report (every row kept or rejected), and a file that could not be read at all. */
  lastImport: ReportImportReport | null;
  errors: ImportError[];

  addReport: (fields: TensionReportFields) => string;
  editReport: (id: string, fields: TensionReportFields, by: string) => void;
  withdrawReport: (id: string, by: string, reason: string) => void;
  importReports: (files: InputFile[], areas: { areaCodes: string[]; areaNames: string[] } | null) => Promise<void>;
  setFilter: (change: Partial<ReportFilter>) => void;
  startPicking: (target: Exclude<PlacePicking, null>) => void;
  pickPlace: (place: ReportPlace) => void;
  cancelPicking: () => void;
  addEvent: (event: Omit<PlannedEvent, 'id'>) => string;
  removeEvent: (id: string) => void;
  dismissErrors: () => void;
  /** Replaces everything (a workspace restore). */
  restore: (reports: TensionReport[], events: PlannedEvent[]) => void;
}

export const useReportStore = create<ReportState>((set, get) => ({
  reports: [],
  events: [],
  filter: NO_REPORT_FILTER,
  picking: null,
  picked: null,
  lastImport: null,
  errors: [],

  addReport: (fields) => {
    const id = randomId('report');
    set((s) => ({ reports: [...s.reports, recordReport(id, fields, Date.now(), fields.recordedBy)] }));
    return id;
  },
  editReport: (id, fields, by) => set((s) => ({ reports: s.reports.map((r) => (r.id === id ? editReport(r, fields, Date.now(), by) : r)) })),
  withdrawReport: (id, by, reason) => set((s) => ({ reports: s.reports.map((r) => (r.id === id ? withdrawReport(r, Date.now(), by, reason) : r)) })),
  importReports: async (files, areas) => {
    const result = await loadReportFiles(files, { importedMs: Date.now(), newId: () => randomId('report'), ...(areas && { areaCodes: areas.areaCodes, areaNames: areas.areaNames }) });
    if (!result.ok) {
      set({ errors: [result.error] });
      return;
    }
    set((s) => ({ reports: [...s.reports, ...result.value.reports], lastImport: result.value.report, errors: [] }));
  },
  setFilter: (change) => set((s) => ({ filter: { ...s.filter, ...change } })),
  startPicking: (target) => set({ picking: target, picked: null }),
  pickPlace: (place) => {
    const target = get().picking;
    if (target) set({ picking: null, picked: { for: target, place } });
  },
  cancelPicking: () => set({ picking: null }),
  addEvent: (event) => {
    const id = randomId('event');
    set((s) => ({ events: [...s.events, { ...event, id }].sort((a, b) => a.timeMs - b.timeMs) }));
    return id;
  },
  removeEvent: (id) => set((s) => ({ events: s.events.filter((e) => e.id !== id) })),
  dismissErrors: () => set({ errors: [] }),
  restore: (reports, events) => set({ reports, events }),
}));
