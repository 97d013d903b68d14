/** Workspace part of the export ledger: every count the workspace has let out, so checks survive a reload. */
import type { ExportRecord, PublishedCount } from '../../../analysis/export-ledger';
import { useExportLedgerStore } from '../../export-ledger-store';
import { isRecord, registerWorkspacePart } from '../workspace-parts';

const isNumberOrNull = (v: unknown) => v === null || typeof v === 'number';

function isCount(v: unknown): v is PublishedCount {
  return isRecord(v) && typeof v.source === 'string' && typeof v.areaCode === 'string' && typeof v.value === 'number' && isNumberOrNull(v.fromMs) && isNumberOrNull(v.toMs)
    && (v.categories === null || (Array.isArray(v.categories) && v.categories.every((c) => typeof c === 'string')));
}

/** Saved records read back; malformed records and counts are dropped (the file is untrusted). */
export function readLedger(saved: unknown): ExportRecord[] {
  if (!Array.isArray(saved)) return [];
  return saved.flatMap((r: unknown): ExportRecord[] => (isRecord(r) && typeof r.id === 'string' && typeof r.at === 'string' && typeof r.fileName === 'string' && Array.isArray(r.counts)
    ? [{ id: r.id, at: r.at, fileName: r.fileName, counts: r.counts.filter(isCount) }]
    : []));
}

/** Registers the ledger with the workspace (saved ids of sources are stable, so no id mapping is needed). */
export function registerExportLedgerPart(): void {
  registerWorkspacePart({
    key: 'export-ledger',
    snapshot: () => useExportLedgerStore.getState().records,
    restore: (saved) => useExportLedgerStore.getState().replaceRecords(readLedger(saved)),
    subscribe: (onChange) => useExportLedgerStore.subscribe((s, previous) => { if (s.records !== previous.records) onChange(); }),
  });
}
