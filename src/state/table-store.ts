/** Loaded indicator tables (deprivation indices, census counts, local indicators), parsed in the worker. */
import { create } from 'zustand';
import type { ImportError, ImportResult, IndicatorTable, InputFile, ProgressStep, ImportProgress, TableLoadRequest } from '../types';
import { mergeTablesAsPeriods, periodFromFileName } from '../data/load-tables';

export type TableLoadStatus = { kind: 'idle' } | { kind: 'loading'; files: string[]; progress: number; step: ProgressStep | null };

export type TableLoader = (files: InputFile[], request: TableLoadRequest, onProgress: ImportProgress) => Promise<ImportResult<IndicatorTable>>;

interface TableState {
  tables: Record<string, IndicatorTable>;
  order: string[];
  status: TableLoadStatus;
  errors: ImportError[];
  loadTables: (files: InputFile[]) => Promise<void>;
  loadExampleTables: (files: InputFile[]) => Promise<void>;
  removeTable: (id: string) => void;
  dismissErrors: () => void;
  /** Adds tables built elsewhere (a share package's layers). */
  addTables: (tables: IndicatorTable[]) => void;
}

let loader: TableLoader | null = null;
let nextId = 1;

/** Sets the table parser (the worker client in the app; a direct call in tests). */
export function setTableLoader(next: TableLoader): void {
  loader = next;
}

/** True when at least half of the two tables' indicator names (all of them together) are in both. */
function sharesMostIndicators(a: IndicatorTable, b: IndicatorTable): boolean {
  const namesA = new Set(a.indicators.map((i) => i.name.toLowerCase()));
  const namesB = new Set(b.indicators.map((i) => i.name.toLowerCase()));
  const shared = [...namesA].filter((n) => namesB.has(n)).length;
  return shared * 2 >= new Set([...namesA, ...namesB]).size;
}

export const useTableStore = create<TableState>((set) => {
  /** Loads each file as its own table (editions of one table stay separate periods unless merged). */
  async function load(files: InputFile[], idFor: (file: InputFile) => string): Promise<void> {
    if (!loader) throw new Error('No table loader set: call setTableLoader() at start-up');
    set({ errors: [] });
    const batch: IndicatorTable[] = [];
    for (const file of files) {
      set({ status: { kind: 'loading', files: [file.name], progress: 0, step: null } });
      const id = idFor(file);
      let result: ImportResult<IndicatorTable>;
      try {
        result = await loader([file], { id, label: file.name.replace(/\.(csv|tsv|txt|xlsx|ods)$/i, '') }, (progress, step) =>
          set((s) => (s.status.kind === 'loading' ? { status: { ...s.status, progress, step } } : s)),
        );
      } catch (thrown) {
        result = { ok: false, error: { code: 'parse-failed', detail: 'stopped', file: file.name, params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } } };
      }
      if (!result.ok) {
        const error = result.error;
        set((s) => ({ status: { kind: 'idle' }, errors: [...s.errors, error] }));
        continue;
      }
      const table = result.value;
      batch.push(table);
      set((s) => ({
        tables: { ...s.tables, [table.id]: table },
        order: s.order.includes(table.id) ? s.order : [...s.order, table.id],
        status: { kind: 'idle' },
      }));
    }
    combineEditions(batch);
  }

  /**
   * Editions of one table dropped together (file names with different years and mostly the same
   * indicator columns, e.g. wimd2011… and wimd2019…) become one time series. Unrelated tables (WIMD 2025
   * with Census 2021), same-year or undated files stay separate tables.
   */
  function combineEditions(batch: IndicatorTable[]): void {
    if (batch.length < 2 || batch.some((t) => t.periods.length !== 1)) return;
    const years = batch.map((t) => periodFromFileName(t.files[0]));
    if (years.some((y) => y === null) || new Set(years).size !== years.length) return;
    if (!batch.every((t) => sharesMostIndicators(t, batch[0]))) return;
    const merged = mergeTablesAsPeriods(batch, years as string[], { id: `table-${nextId++}`, label: batch.map((t) => t.label).join(' + ') });
    if (!merged.ok) {
      const error = merged.error;
      set((s) => ({ errors: [...s.errors, { ...error, notes: [...(error.notes ?? []), { code: 'tables-kept-separate', params: {} }] }] }));
      return;
    }
    const ids = new Set(batch.map((t) => t.id));
    set((s) => ({
      tables: { ...Object.fromEntries(Object.entries(s.tables).filter(([id]) => !ids.has(id))), [merged.value.id]: merged.value },
      order: [...s.order.filter((id) => !ids.has(id)), merged.value.id],
    }));
  }
  return {
    tables: {},
    order: [],
    status: { kind: 'idle' },
    errors: [],
    loadTables: (files) => load(files, () => `table-${nextId++}`),
    loadExampleTables: (files) => load(files, (file) => file.name.replace(/\.csv$/, '')),
    removeTable: (id) =>
      set((s) => {
        const { [id]: _removed, ...tables } = s.tables;
        return { tables, order: s.order.filter((x) => x !== id) };
      }),
    dismissErrors: () => set({ errors: [] }),
    addTables: (added) => set((s) => ({
      tables: { ...s.tables, ...Object.fromEntries(added.map((t) => [t.id, t])) },
      order: [...s.order.filter((id) => !added.some((t) => t.id === id)), ...added.map((t) => t.id)],
    })),
  };
});
