/** Loaded indicator tables (deprivation indices, census counts, local indicators), parsed in the worker. */
import { create } from 'zustand';
import { loadingStatus, type LoadStatus } from './load-status';
import type { ImportError, ImportResult, IndicatorTable, InputFile } from '../types';
import { mergeTablesAsPeriods, periodFromFileName } from '../data/load-tables';
import { contentId, textId, unusedId } from '../data/stable-id';
import { claimId, givenId, type IdClaim } from './id-claims';
import { service, type TableLoader } from './services';
import { useLocaleStore } from './locale-store';
import { nameTable } from './dataset-names';
export type { TableLoader };


interface TableState {
  tables: Record<string, IndicatorTable>;
  order: string[];
  status: LoadStatus;
  errors: ImportError[];
  /** `id`: the id a workspace restore gives the table (or the editions merged from these files). */
  loadTables: (files: InputFile[], options?: { id?: string }) => Promise<void>;
  /** Loads the example's tables (ids from their file names), named `labels` in file order. */
  loadExampleTables: (files: InputFile[], labels: string[]) => Promise<void>;
  removeTable: (id: string) => void;
  /** Gives a table the name the user chose (blank names are ignored). */
  renameTable: (id: string, label: string) => void;
  dismissErrors: () => void;
  /** Adds tables built elsewhere (a share package's layers). */
  addTables: (tables: IndicatorTable[]) => void;
}

/** True when at least half of the two tables' indicator names (all of them together) are in both. */
function sharesMostIndicators(a: IndicatorTable, b: IndicatorTable): boolean {
  const namesA = new Set(a.indicators.map((i) => i.name.toLowerCase()));
  const namesB = new Set(b.indicators.map((i) => i.name.toLowerCase()));
  const shared = [...namesA].filter((n) => namesB.has(n)).length;
  return shared * 2 >= new Set([...namesA, ...namesB]).size;
}

export const useTableStore = create<TableState>((set, get) => {
  /** Loads each file as its own table (editions of one table stay separate periods unless merged into `mergedId`). */
  async function load(files: InputFile[], idFor: (file: InputFile) => IdClaim | Promise<IdClaim>, mergedId?: string, labels?: string[]): Promise<void> {
    const loader = service('tableLoader');
    set({ errors: [] });
    const batch: IndicatorTable[] = [];
    for (const [index, file] of files.entries()) {
      set({ status: loadingStatus([file]) });
      const { id, release } = await idFor(file);
      let result: ImportResult<IndicatorTable>;
      try {
        result = await loader([file], { id, label: labels?.[index] ?? nameTable(file.name, useLocaleStore.getState().locale) ?? file.name.replace(/\.(csv|tsv|txt|xlsx|ods)$/i, '') }, (progress, step) =>
          set((s) => (s.status.kind === 'loading' ? { status: { ...s.status, progress, step } } : s)),
        );
      } catch (thrown) {
        result = { ok: false, error: { code: 'parse-failed', detail: 'stopped', file: file.name, params: { reason: thrown instanceof Error ? thrown.message : String(thrown) } } };
      } finally {
        // Nothing awaits between here and adding the table, so no other import can take the id.
        release();
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
    await combineEditions(batch, mergedId);
  }

  /**
   * Editions of one table dropped together (file names with different years and mostly the same
   * indicator columns, e.g. wimd2011… and wimd2019…) become one time series. Unrelated tables (WIMD 2025
   * with Census 2021), same-year or undated files stay separate tables.
   */
  async function combineEditions(batch: IndicatorTable[], mergedId?: string): Promise<void> {
    if (batch.length < 2 || batch.some((t) => t.periods.length !== 1)) return;
    const years = batch.map((t) => periodFromFileName(t.files[0]));
    if (years.some((y) => y === null) || new Set(years).size !== years.length) return;
    if (!batch.every((t) => sharesMostIndicators(t, batch[0]))) return;
    const id = mergedId ?? unusedId(await textId('table', batch.map((t) => t.id).join(' ')), (taken) => !!get().tables[taken]);
    const merged = mergeTablesAsPeriods(batch, years as string[], { id, label: batch.map((t) => t.label).join(' + ') });
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
    loadTables: (files, options) =>
      load(files, async (file) => (files.length === 1 && options?.id ? givenId(options.id) : claimId(await contentId('table', [file]), (id) => !!get().tables[id])), files.length > 1 ? options?.id : undefined),
    loadExampleTables: (files, labels) => load(files, (file) => givenId(file.name.replace(/\.csv$/, '')), undefined, labels),
    renameTable: (id, label) =>
      set((s) => {
        const table = s.tables[id];
        const trimmed = label.trim();
        return table && trimmed ? { tables: { ...s.tables, [id]: { ...table, label: trimmed } } } : s;
      }),

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
