/**
 * Which recorded loads the workspace needs: for every dataset and table still loaded, the latest load
 * that made it. Loads are replayed kind by kind (boundaries before the tables, incidents and tensions
 * that refer to them) and in their original order within a kind.
 */
import type { WorkspaceSource, WorkspaceSourceKind, WorkspaceStoreKind } from '../../types';
import { isExampleId, type RecordedLoad } from './source-recorder';

/** What is loaded now, in each store's order; tables with the files they were read from. */
export interface LiveIds {
  boundaries: string[];
  tables: { id: string; files: string[] }[];
  incidents: string[];
  tensions: string[];
  /** Postcode lookups (issue 19). */
  postcodes?: string[];
  /** Place and asset layers (issue 16). */
  places?: string[];
}

// Postcode lookups before incidents and places, so a restored file is placed by its lookup as it was.
export const KIND_ORDER: WorkspaceSourceKind[] = ['boundaries', 'tables', 'postcodes', 'incidents', 'places', 'tensions', 'share-packages'];

/** The sources to save, and the ids of loaded items no recorded load explains (they cannot be saved). */
export function buildSources(loads: readonly RecordedLoad[], live: LiveIds): { sources: WorkspaceSource[]; unexplained: string[] } {
  const chosen = new Map<RecordedLoad, Set<string>>();
  const unexplained: string[] = [];
  const latest = (kind: WorkspaceSourceKind, test: (load: RecordedLoad) => boolean) =>
    [...loads].reverse().find((load) => load.kind === kind && test(load));
  const keep = (load: RecordedLoad, id: string) => chosen.set(load, (chosen.get(load) ?? new Set()).add(id));

  const liveIds: Record<WorkspaceStoreKind, string[]> = { boundaries: live.boundaries, tables: live.tables.map((t) => t.id), incidents: live.incidents, tensions: live.tensions, postcodes: live.postcodes ?? [], places: live.places ?? [] };
  for (const kind of Object.keys(liveIds) as WorkspaceStoreKind[]) {
    for (const id of liveIds[kind].filter((x) => !isExampleId(x))) {
      const load = latest(kind, (l) => l.producedIds.includes(id));
      // A neighbour's share package fills several stores: its ids are written `<store kind>:<id>`.
      const shared = load ? undefined : latest('share-packages', (l) => l.producedIds.includes(`${kind}:${id}`));
      if (load) keep(load, id);
      else if (shared) keep(shared, `${kind}:${id}`);
      else if (kind === 'tables') mergedTable(id) ?? unexplained.push(id);
      else unexplained.push(id);
    }
  }

  /** A table merged from editions: one load of all its files (loading them together merges them again). */
  function mergedTable(id: string): true | null {
    const files = live.tables.find((t) => t.id === id)?.files ?? [];
    const parts = files.map((name) => latest('tables', (l) => l.files.length === 1 && l.files[0].name === name));
    if (!parts.length || parts.some((p) => !p)) return null;
    const found = parts as RecordedLoad[];
    keep({ seq: Math.max(...found.map((p) => p.seq)), kind: 'tables', files: found.flatMap((p) => p.files), options: {}, producedIds: [id] }, id);
    return true;
  }

  const sources = [...chosen.entries()]
    .sort(([a], [b]) => KIND_ORDER.indexOf(a.kind) - KIND_ORDER.indexOf(b.kind) || a.seq - b.seq)
    .map(([load, kept]) => ({
      kind: load.kind,
      files: load.files,
      options: load.options,
      producedIds: load.producedIds,
      keep: load.producedIds.filter((id) => kept.has(id)),
      ...(load.producedFiles ? { producedFiles: load.producedFiles } : {}),
    }));
  return { sources, unexplained };
}
