/**
 * Rebuilds the datasets of a saved workspace by loading its original files again through the stores'
 * own actions (so the user gets the same datasets and the same warnings) under the ids they were saved
 * with, so settings that name them need no rewriting. Items the user had removed are removed again.
 * Saved id → id now is still returned: should a store not give the saved id (a file that now makes
 * fewer datasets), settings follow the dataset that came back in its place.
 */
import type { ImportError, InputFile, WorkspaceFileRef, WorkspaceSnapshot, WorkspaceSource, WorkspaceStoreKind } from '../../types';
import { useDataStore } from '../data-store';
import { useTableStore } from '../table-store';
import { useIncidentStore } from '../incident-store';
import { useTensionStore } from '../tension-store';
import { usePostcodeStore } from '../postcode-store';
import { usePlaceStore } from '../place-store';
import { loadExampleData } from '../example-data';
import { isExampleId } from './source-recorder';
import type { PartProblem } from './workspace-parts';

/**
 * Something of the saved workspace that did not come back, by file name. `file-failed`: loading the file
 * again threw (a bug); it is set aside, kept in storage for a later version of the app, never deleted.
 * `not-restored`: the file was read again and refused (damaged); the files loaded with it still came back.
 */
export type RestoreProblem = { code: 'file-missing'; file: string } | { code: 'not-restored'; file: string } | { code: 'file-failed'; file: string } | PartProblem;

/** Each store's loaded ids in order, and the import errors of its last load (what a refused file was refused for). */
const stateOf: Record<WorkspaceStoreKind, () => { order: string[]; errors: ImportError[] }> = {
  boundaries: () => useDataStore.getState(),
  tables: () => useTableStore.getState(),
  incidents: () => useIncidentStore.getState(),
  tensions: () => useTensionStore.getState(),
  postcodes: () => usePostcodeStore.getState(),
  places: () => usePlaceStore.getState(),
};
const orderOf = (kind: WorkspaceStoreKind) => stateOf[kind]().order;

const removers: Record<WorkspaceStoreKind, (id: string) => void> = {
  boundaries: (id) => useDataStore.getState().removeDataset(id),
  tables: (id) => useTableStore.getState().removeTable(id),
  incidents: (id) => useIncidentStore.getState().removeIncidents(id),
  tensions: (id) => useTensionStore.getState().removeTensions(id),
  postcodes: (id) => usePostcodeStore.getState().removePostcodes(id),
  places: (id) => usePlaceStore.getState().removePlaces(id),
};

const STORE_KINDS = Object.keys(stateOf) as WorkspaceStoreKind[];

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
    for (const id of [...orderOf(kind)]) removers[kind](id);
  }
}

/** One load of a source's files that gives back some of its produced ids (a whole source, or one boundary file). */
interface ReplayGroup {
  files: WorkspaceFileRef[];
  producedIds: string[];
}

/**
 * How to load a source again: a boundary load whose produced ids name their files goes file by file (a
 * shapefile's parts or a zip together), so a missing or damaged file takes no other file's id; every
 * other source is one load of all its files.
 */
function replayGroups(source: WorkspaceSource): ReplayGroup[] {
  if (!source.producedFiles) return [{ files: source.files, producedIds: source.producedIds }];
  const groups = new Map<string, ReplayGroup>();
  source.producedIds.forEach((id, i) => {
    const names = source.producedFiles![i];
    const key = JSON.stringify(names);
    const group = groups.get(key) ?? { files: source.files.filter((f) => names.includes(f.name)), producedIds: [] };
    group.producedIds.push(id);
    groups.set(key, group);
  });
  return [...groups.values()];
}

type Added = Record<WorkspaceStoreKind, string[]>;

/**
 * Loads the example (when the workspace had it) and every source in order. `bytesOf` gives a file's
 * bytes by key, or null when they were not stored. Returns saved id → id now (the same id, unless a
 * store could not give it), what went wrong by file name, and the sources whose load threw: set aside, so
 * that one bad file never stops the rest of the workspace from coming back.
 */
export async function replaySources(snapshot: WorkspaceSnapshot, bytesOf: (key: string) => Promise<ArrayBuffer | null>): Promise<{ ids: Map<string, string>; problems: RestoreProblem[]; setAside: WorkspaceSource[] }> {
  const ids = new Map<string, string>();
  const problems: RestoreProblem[] = [];
  const setAside: WorkspaceSource[] = [];
  if (snapshot.example) {
    await loadExampleData();
    const keep = new Set(snapshot.example.keep);
    for (const kind of STORE_KINDS) {
      for (const id of orderOf(kind).filter(isExampleId)) {
        if (keep.has(id)) ids.set(id, id);
        else removers[kind](id);
      }
    }
  }
  const notRestored = (names: string[]) => names.forEach((file) => problems.push({ code: 'not-restored', file }));
  for (const source of snapshot.sources) {
    const bytes = new Map<string, ArrayBuffer>();
    for (const ref of source.files) {
      const found = await bytesOf(ref.key);
      if (found) bytes.set(ref.name, found);
      else problems.push({ code: 'file-missing', file: ref.name });
    }
    const claimed: { kind: WorkspaceStoreKind; saved: string; id: string }[] = [];
    for (const group of replayGroups(source)) {
      const present = group.files.filter((f) => bytes.has(f.name)).map((f) => f.name);
      // A boundary load read without its produced files known cannot tell which dataset is whose: all or none.
      const whole = !source.producedFiles && source.kind === 'boundaries';
      if (present.length === 0 || (whole && present.length < group.files.length)) {
        notRestored(present);
        continue;
      }
      const loaded = await loadGroup(source, group, present, bytes);
      if (loaded === 'threw') {
        // The whole source is set aside as saved, so what its other files gave back goes too (no duplicates later).
        for (const made of claimed) {
          removers[made.kind](made.id);
          ids.delete(made.saved);
        }
        problems.push({ code: 'file-failed', file: source.files.map((f) => f.name).join(', ') });
        setAside.push(source);
        break;
      }
      let back = claimIds(source, group.producedIds, loaded.added, ids);
      // The store refused the load for some of its files: name them, and read the others again without them.
      const nothingAdded = STORE_KINDS.every((kind) => loaded.added[kind].length === 0);
      if (back.missing.length && nothingAdded && loaded.refused.length && loaded.refused.length < present.length) {
        const rest = present.filter((name) => !loaded.refused.includes(name));
        notRestored(loaded.refused);
        const again = await loadGroup(source, group, rest, bytes);
        back = again === 'threw' ? back : claimIds(source, group.producedIds, again.added, ids);
        if (back.missing.length) notRestored(rest);
      } else if (back.missing.length) notRestored(loaded.refused.length ? loaded.refused : present);
      claimed.push(...back.claimed);
    }
  }
  return { ids, problems, setAside };
}

/** Loads the named files of a group; what each store added, and which files its errors name. */
async function loadGroup(source: WorkspaceSource, group: ReplayGroup, names: string[], bytes: ReadonlyMap<string, ArrayBuffer>): Promise<{ added: Added; refused: string[] } | 'threw'> {
  const before = Object.fromEntries(STORE_KINDS.map((kind) => [kind, new Set(orderOf(kind))])) as Record<WorkspaceStoreKind, Set<string>>;
  const addedSinceBefore = () => Object.fromEntries(STORE_KINDS.map((kind) => [kind, orderOf(kind).filter((id) => !before[kind].has(id))])) as Added;
  // A copy each time: the stores hand the bytes to the worker, which takes them.
  const files: InputFile[] = names.map((name) => ({ name, bytes: bytes.get(name)!.slice(0) }));
  try {
    await load({ ...source, producedIds: group.producedIds }, files);
  } catch {
    // Whatever the failed load left half-made goes; the source itself is kept as it was saved.
    for (const [kind, made] of Object.entries(addedSinceBefore()) as [WorkspaceStoreKind, string[]][]) made.forEach((id) => removers[kind](id));
    return 'threw';
  }
  const refused = [...new Set(STORE_KINDS.flatMap((kind) => stateOf[kind]().errors).flatMap((error) => names.filter((name) => error.file === name || error.file.startsWith(`${name}/`))))];
  return { added: addedSinceBefore(), refused };
}

/**
 * Matches what a load added to the ids it was saved with: the same id first (ids are stable), then in
 * order for a store that gave other ids. Produced ids the user had removed are removed again. Returns
 * the kept ids that did not come back.
 */
function claimIds(source: WorkspaceSource, producedIds: string[], added: Added, ids: Map<string, string>): { missing: string[]; claimed: { kind: WorkspaceStoreKind; saved: string; id: string }[] } {
  const refs = producedIds.map((produced) => ({ produced, ...producedRef(source.kind, produced) }));
  const now = new Map<string, string>();
  for (const ref of refs) if (added[ref.kind].includes(ref.id)) now.set(ref.produced, ref.id);
  for (const ref of refs.filter((r) => !now.has(r.produced))) {
    const other = added[ref.kind].find((id) => ![...now.values()].includes(id) && !refs.some((r) => r.kind === ref.kind && r.id === id));
    if (other) now.set(ref.produced, other);
  }
  const claimed: { kind: WorkspaceStoreKind; saved: string; id: string }[] = [];
  for (const ref of refs) {
    const id = now.get(ref.produced);
    if (!id) continue;
    if (source.keep.includes(ref.produced)) {
      ids.set(ref.id, id);
      claimed.push({ kind: ref.kind, saved: ref.id, id });
    } else removers[ref.kind](id);
  }
  return { missing: source.keep.filter((kept) => producedIds.includes(kept) && !now.has(kept)), claimed };
}

/** The store and id of one produced id: a share package's are written `<store kind>:<id>`. */
function producedRef(sourceKind: WorkspaceSource['kind'], produced: string): { kind: WorkspaceStoreKind; id: string } {
  if (sourceKind !== 'share-packages') return { kind: sourceKind, id: produced };
  const at = produced.indexOf(':');
  const kind = produced.slice(0, at) as WorkspaceStoreKind;
  return { kind: STORE_KINDS.includes(kind) ? kind : 'boundaries', id: produced.slice(at + 1) };
}
