/**
 * Rebuilds the datasets of a saved workspace by loading its original files again through the stores'
 * own actions (so the user gets the same datasets and the same warnings) under the ids they were saved
 * with, so settings that name them need no rewriting. Items the user had removed are removed again.
 * Saved id → id now is still returned: should a store not give the saved id (a file that now makes
 * fewer datasets), settings follow the dataset that came back in its place.
 */
import type { InputFile, WorkspaceSnapshot, WorkspaceSource, WorkspaceStoreKind } from '../../types';
import { useDataStore } from '../data-store';
import { useTableStore } from '../table-store';
import { useIncidentStore } from '../incident-store';
import { useTensionStore } from '../tension-store';
import { usePostcodeStore } from '../postcode-store';
import { usePlaceStore } from '../place-store';
import { loadExampleData } from '../example-data';
import { isExampleId } from './source-recorder';

/**
 * Something of the saved workspace that did not come back, by file name. `file-failed`: loading the file
 * again threw (a bug); it is set aside, kept in storage for a later version of the app, never deleted.
 */
export type RestoreProblem = { code: 'file-missing'; file: string } | { code: 'not-restored'; file: string } | { code: 'file-failed'; file: string } | { code: 'part-failed'; part: string };

const orderOf: Record<WorkspaceStoreKind, () => string[]> = {
  boundaries: () => useDataStore.getState().order,
  tables: () => useTableStore.getState().order,
  incidents: () => useIncidentStore.getState().order,
  tensions: () => useTensionStore.getState().order,
  postcodes: () => usePostcodeStore.getState().order,
  places: () => usePlaceStore.getState().order,
};

const removers: Record<WorkspaceStoreKind, (id: string) => void> = {
  boundaries: (id) => useDataStore.getState().removeDataset(id),
  tables: (id) => useTableStore.getState().removeTable(id),
  incidents: (id) => useIncidentStore.getState().removeIncidents(id),
  tensions: (id) => useTensionStore.getState().removeTensions(id),
  postcodes: (id) => usePostcodeStore.getState().removePostcodes(id),
  places: (id) => usePlaceStore.getState().removePlaces(id),
};

const STORE_KINDS = Object.keys(orderOf) as WorkspaceStoreKind[];

/** Loads a source's files again, asking each store to give what they produce the ids they had when saved. */
async function load(source: WorkspaceSource, files: InputFile[]): Promise<void> {
  const ids = source.producedIds;
  switch (source.kind) {
    case 'share-packages':
      // Routed to the share package import by the data store, as a dropped package is.
      return useDataStore.getState().loadFiles(files, { ids });
    case 'boundaries':
      return useDataStore.getState().loadFiles(files, { topojsonObject: source.options.topojsonObject, ids });
    case 'tables':
      return useTableStore.getState().loadTables(files, { id: ids[0] });
    case 'postcodes':
      return usePostcodeStore.getState().loadPostcodes(files, ids[0]);
    case 'places':
      return usePlaceStore.getState().loadPlaces(files, ids[0]);
    case 'incidents':
      return useIncidentStore.getState().loadIncidents(files, { mapping: source.options.mapping, id: ids[0], dateRange: source.options.dateRange });
    case 'tensions': {
      const extra = source.options.extraCommunityTypes ?? [];
      const now = useTensionStore.getState().extraCommunityTypes;
      useTensionStore.setState({ extraCommunityTypes: [...new Set([...now, ...extra])] });
      return useTensionStore.getState().loadTensions(files, ids[0]);
    }
  }
}

/** Removes everything loaded (before opening another workspace in place of this one). */
export function removeEverything(): void {
  for (const kind of STORE_KINDS) {
    for (const id of [...orderOf[kind]()]) removers[kind](id);
  }
}

/**
 * Loads the example (when the workspace had it) and every source in order. `bytesOf` gives a file's
 * bytes by key, or null when they were not stored. Returns saved id → id now (the same id, unless a
 * store could not give it), what went wrong, and the sources whose load threw: set aside, so that one
 * bad file never stops the rest of the workspace from coming back.
 */
export async function replaySources(snapshot: WorkspaceSnapshot, bytesOf: (key: string) => Promise<ArrayBuffer | null>): Promise<{ ids: Map<string, string>; problems: RestoreProblem[]; setAside: WorkspaceSource[] }> {
  const ids = new Map<string, string>();
  const problems: RestoreProblem[] = [];
  const setAside: WorkspaceSource[] = [];
  if (snapshot.example) {
    await loadExampleData();
    const keep = new Set(snapshot.example.keep);
    for (const kind of STORE_KINDS) {
      for (const id of orderOf[kind]().filter(isExampleId)) {
        if (keep.has(id)) ids.set(id, id);
        else removers[kind](id);
      }
    }
  }
  for (const source of snapshot.sources) {
    const files: InputFile[] = [];
    for (const ref of source.files) {
      const bytes = await bytesOf(ref.key);
      if (bytes) files.push({ name: ref.name, bytes });
      else problems.push({ code: 'file-missing', file: ref.name });
    }
    if (files.length < source.files.length) continue;
    const before = Object.fromEntries(STORE_KINDS.map((kind) => [kind, new Set(orderOf[kind]())])) as Record<WorkspaceStoreKind, Set<string>>;
    const addedSinceBefore = () => Object.fromEntries(STORE_KINDS.map((kind) => [kind, orderOf[kind]().filter((id) => !before[kind].has(id))])) as Record<WorkspaceStoreKind, string[]>;
    try {
      await load(source, files);
    } catch {
      // Whatever the failed load left half-made goes; the source itself is kept as it was saved.
      for (const [kind, made] of Object.entries(addedSinceBefore()) as [WorkspaceStoreKind, string[]][]) made.forEach((id) => removers[kind](id));
      problems.push({ code: 'file-failed', file: source.files.map((f) => f.name).join(', ') });
      setAside.push(source);
      continue;
    }
    const added = addedSinceBefore();
    const taken = Object.fromEntries(STORE_KINDS.map((kind) => [kind, 0])) as Record<WorkspaceStoreKind, number>;
    const restored = new Set<string>();
    for (const produced of source.producedIds) {
      const { kind, id: saved } = producedRef(source.kind, produced);
      const now = added[kind][taken[kind]++];
      if (!now) continue;
      if (source.keep.includes(produced)) {
        ids.set(saved, now);
        restored.add(produced);
      } else removers[kind](now);
    }
    if (source.keep.some((kept) => !restored.has(kept))) problems.push({ code: 'not-restored', file: source.files.map((f) => f.name).join(', ') });
  }
  return { ids, problems, setAside };
}

/** The store and id of one produced id: a share package's are written `<store kind>:<id>`. */
function producedRef(sourceKind: WorkspaceSource['kind'], produced: string): { kind: WorkspaceStoreKind; id: string } {
  if (sourceKind !== 'share-packages') return { kind: sourceKind, id: produced };
  const at = produced.indexOf(':');
  const kind = produced.slice(0, at) as WorkspaceStoreKind;
  return { kind: STORE_KINDS.includes(kind) ? kind : 'boundaries', id: produced.slice(at + 1) };
}
