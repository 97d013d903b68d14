/** Workspace part of the export ledger: every count the workspace has let out, so checks survive a reload. */
import type { ExportRecord, PublishedCount } from '../../../analysis/export-ledger';
import { useExportLedgerStore } from '../../export-ledger-store';
import { isRecord, readPartList, registerWorkspacePart, type NoteDropped } from '../workspace-parts';

const isNumberOrNull = (v: unknown) => v === null || typeof v === 'number';

function isCount(v: unknown): v is PublishedCount {
  return isRecord(v) && typeof v.source === 'string' && typeof v.areaCode === 'string' && typeof v.value === 'number' && isNumberOrNull(v.fromMs) && isNumberOrNull(v.toMs)
    && (v.categories === null || (Array.isArray(v.categories) && v.categories.every((c) => typeof c === 'string')));
}

/**
 * Saved records read back; malformed records and counts are left out (the file is untrusted) and reported,
 * since a lost record weakens the check against earlier exports.
 */
export function readLedger(saved: unknown, noteDropped: NoteDropped = () => undefined): ExportRecord[] {
  return readPartList(saved, (r): ExportRecord | null => (isRecord(r) && typeof r.id === 'string' && typeof r.at === 'string' && typeof r.fileName === 'string' && Array.isArray(r.counts)
    ? { id: r.id, at: r.at, fileName: r.fileName, counts: readPartList(r.counts, (c) => (isCount(c) ? c : null), 'export-counts', noteDropped) }
    : null), 'export-records', noteDropped);
}

/** Registers the ledger with the workspace (saved ids of sources are stable, so no id mapping is needed). */
export function registerExportLedgerPart(): void {
  registerWorkspacePart({
    key: 'export-ledger',
    snapshot: () => useExportLedgerStore.getState().records,
    restore: (saved, _ids, noteDropped) => useExportLedgerStore.getState().replaceRecords(readLedger(saved, noteDropped)),
    subscribe: (onChange) => useExportLedgerStore.subscribe((s, previous) => { if (s.records !== previous.records) onChange(); }),
  });
}
