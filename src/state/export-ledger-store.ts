/**
 * The workspace's record of the counts it has let out (downloads of per-area tables, table exports, share
 * packages), kept with the workspace so that a later export — in this session or after a reload — is
 * checked against every earlier one (analysis/export-ledger.ts) and withholds what subtraction would give.
 */
import { create } from 'zustand';
import { findDifferencing, type Differencing, type ExportRecord, type PublishedCount } from '../analysis/export-ledger';
import { randomId } from '../data/stable-id';

interface ExportLedgerState {
  records: ExportRecord[];
  /** The last export's outcome, shown beside the button that made it. */
  lastNotice: { fileName: string; suppressed: boolean; withheld: number; differenced: number; against: string[] } | null;
  /** Records an export's published counts (call after writing the file). */
  recordExport: (fileName: string, counts: PublishedCount[], notice: { suppressed: boolean; withheld: number; differenced: Differencing[] }) => void;
  /** Replaces the records (workspace restore, start fresh). */
  replaceRecords: (records: ExportRecord[]) => void;
}

export const useExportLedgerStore = create<ExportLedgerState>()((set) => ({
  records: [],
  lastNotice: null,
  recordExport: (fileName, counts, notice) => set((s) => ({
    records: [...s.records, { id: randomId('export'), at: new Date().toISOString(), fileName, counts }],
    lastNotice: { fileName, suppressed: notice.suppressed, withheld: notice.withheld, differenced: notice.differenced.length, against: [...new Set(notice.differenced.map((d) => d.against.fileName))] },
  })),
  replaceRecords: (records) => set({ records, lastNotice: null }),
}));

/** The counts of a planned export that earlier exports of this workspace would give away by subtraction. */
export function differencingWithEarlier(counts: ReadonlyArray<PublishedCount>): Differencing[] {
  return findDifferencing(useExportLedgerStore.getState().records, counts);
}
