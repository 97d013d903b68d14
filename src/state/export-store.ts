/**
 * Map image export: the texts the user edits before exporting (title, subtitle, sources, sensitivity
 * marking), the page chosen, and the progress of a running export. Presentation mode reads `marking` too.
 */
import { create } from 'zustand';
import type { PageSpec } from '../analysis/export/page-size';
import type { FurnitureTexts, LegendRowInput } from '../analysis/export/furniture-layout';
import type { ViewScope } from './view-scope';

export type ExportFormat = 'png' | 'pdf';

/** What a page renderer needs besides the live map: page, format and the texts already translated. */
export interface PageRequest {
  page: PageSpec;
  format: ExportFormat;
  texts: FurnitureTexts & {
    /** Scale bar unit labels, from the catalogue. */
    metres: string;
    kilometres: string;
    north: string;
  };
  legendRows: LegendRowInput[] | null;
  localeTag: string;
}

/** Renders the map as it is now, with its furniture, into an image file's bytes. */
/** Renders one page; stops with an `ExportCancelled` error soon after `signal` is aborted. */
/** Renders the map of `view` (offscreen, never the live map) onto a page with the request's furniture. */
export type PageRenderer = (request: PageRequest, view: ViewScope, onProgress?: (fraction: number) => void, signal?: AbortSignal) => Promise<Uint8Array>;

/** Thrown when the user cancels an export: not a failure, nothing is saved. */
export class ExportCancelled extends Error {
  constructor() {
    super('The export was cancelled');
    this.name = 'ExportCancelled';
  }
}

/** Throws `ExportCancelled` once `signal` is aborted; call it between the steps of an export. */
export function throwIfCancelled(signal: AbortSignal | undefined): void {
  if (signal?.aborted) throw new ExportCancelled();
}

export type ExportStatus =
  | { kind: 'idle' }
  | { kind: 'running'; done: number; total: number; fraction?: number }
  | { kind: 'done'; fileName: string; count: number }
  | { kind: 'error'; message: string }
  | { kind: 'cancelled' };

/** What one exported page shows, as `atlas export --json` reports it. */
export interface ExportedPageReport {
  /** The saved view it was made from, or null for the map as it was. */
  view: string | null;
  file: string;
  title: string;
  period: string;
  legend: { title: string; classes: string[] };
}

/** What the last export drew, page by page, and the views it refused (with the reason in words). */
export interface ExportReport {
  pages: ExportedPageReport[];
  refused: Array<{ view: string; reason: string }>;
}

export type ExportTextField = 'title' | 'subtitle' | 'sources' | 'marking';

interface ExportState {
  /** Empty title or subtitle: the mapped value's name and the layer's name are used. */
  title: string;
  subtitle: string;
  sources: string;
  /** True once the user has edited the sources, so the automatic attribution no longer replaces them. */
  sourcesEdited: boolean;
  /** Sensitivity marking printed at the top and bottom of every page; empty for none. */
  marking: string;
  page: PageSpec;
  format: ExportFormat;
  status: ExportStatus;
  /** What the last export drew and refused; null before the first. */
  report: ExportReport | null;

  setText: (field: ExportTextField, value: string) => void;
  /** Sets the sources from the loaded layers unless the user has written their own. */
  suggestSources: (text: string) => void;
  setPage: (change: Partial<PageSpec>) => void;
  setFormat: (format: ExportFormat) => void;
  setStatus: (status: ExportStatus) => void;
  setReport: (report: ExportReport | null) => void;
}

export const DEFAULT_PAGE: PageSpec = { paper: 'a4', orientation: 'portrait', dpi: 300 };

export const useExportStore = create<ExportState>((set) => ({
  title: '',
  subtitle: '',
  sources: '',
  sourcesEdited: false,
  marking: '',
  page: DEFAULT_PAGE,
  format: 'png',
  status: { kind: 'idle' },
  report: null,

  setText: (field, value) => set(field === 'sources' ? { sources: value, sourcesEdited: true } : { [field]: value }),
  suggestSources: (text) => set((s) => (s.sourcesEdited ? s : { sources: text })),
  setPage: (change) => set((s) => ({ page: { ...s.page, ...change } })),
  setFormat: (format) => set({ format }),
  setStatus: (status) => set({ status }),
  setReport: (report) => set({ report }),
}));
