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
import { placeByPostcode, type PostcodeProblem } from '../data/reports/report-postcode';
import type { ImportResult, InputFile, ReportLoadResult } from '../types';
import { loadingStatus, type LoadStatus } from './load-status';
import { service, type ReportWorker } from './services';
export type { ReportWorker };

/** A report from the form: its fields, the postcode typed (placed on saving), and the report it edits (null: a new one). */
export interface ReportDraft {
  id: string | null;
  fields: TensionReportFields;
  postcode: string;
  /** Who saves it (an edit's author). */
  by: string;
}

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
  /** Report imports run in the import worker (issue 14), with progress. */
  status: LoadStatus;

  addReport: (fields: TensionReportFields) => string;
  editReport: (id: string, fields: TensionReportFields, by: string) => void;
  withdrawReport: (id: string, by: string, reason: string) => void;
  /**
   * Saves the form's report, placing a typed postcode at its centroid in the loaded postcode lookups first;
   * says why not when the postcode cannot be placed (nothing is saved then).
   */
  saveReport: (draft: ReportDraft) => Promise<{ ok: true; id: string } | { ok: false; reason: PostcodeProblem }>;
  importReports: (files: InputFile[], areas: { areaCodes: string[]; areaNames: string[] } | null) => Promise<void>;
  /** Adds reports received in a share package; one whose id is already here (a package read twice, or one's own) is kept as it is. */
  addReceivedReports: (reports: TensionReport[]) => void;
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
  status: { kind: 'idle' },

  addReport: (fields) => {
    const id = randomId('report');
    set((s) => ({ reports: [...s.reports, recordReport(id, fields, Date.now(), fields.recordedBy)] }));
    return id;
  },
  editReport: (id, fields, by) => set((s) => ({ reports: s.reports.map((r) => (r.id === id ? editReport(r, fields, Date.now(), by) : r)) })),
  withdrawReport: (id, by, reason) => set((s) => ({ reports: s.reports.map((r) => (r.id === id ? withdrawReport(r, Date.now(), by, reason) : r)) })),
  saveReport: async ({ id, fields, postcode, by }) => {
    const { place } = fields;
    const located = postcode.trim() === '' ? null : await service('reportWorker').locatePostcode(postcode);
    const byPostcode = placeByPostcode(postcode, located, !!place.position, !!place.areaCode);
    if (!byPostcode.ok) return byPostcode;
    // The postcode fields are the form's to set: a cleared postcode leaves none behind.
    const { postcode: _postcode, atPostcodeCentroid: _centroid, postcodeAreaCodes: _areas, ...own } = place;
    const placed = { ...fields, place: { ...own, ...byPostcode.place, ...(own.position && { position: own.position }) } };
    if (id === null) return { ok: true, id: get().addReport(placed) };
    get().editReport(id, placed, by);
    return { ok: true, id };
  },
  importReports: async (files, areas) => {
    set({ status: loadingStatus(files), errors: [] });
    let result: ImportResult<ReportLoadResult>;
    try {
      result = await service('reportWorker').load(files, { importedMs: Date.now(), areas }, (progress, step) =>
        set((s) => (s.status.kind === 'loading' ? { status: { ...s.status, progress, step } } : s)),
      );
    } catch (thrown) {
      result = { ok: false, error: { code: 'parse-failed', detail: 'stopped', file: files.map((f) => f.name).join(', '), params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } } };
    }
    if (!result.ok) {
      set({ status: { kind: 'idle' }, errors: [result.error] });
      return;
    }
    const { reports, report } = result.value;
    set((s) => ({ reports: [...s.reports, ...reports], lastImport: report, errors: [], status: { kind: 'ready', loaded: report.files.map((file) => ({ label: file.name, count: file.rowsKept })) } }));
  },
  addReceivedReports: (received) => set((s) => {
    const held = new Set(s.reports.map((report) => report.id));
    return { reports: [...s.reports, ...received.filter((report) => !held.has(report.id))] };
  }),
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
