/**
 * Remembers which original files made which dataset, and with which options, by wrapping the loaders
 * the stores call. Each file's bytes are copied once (the workers take the originals) and keyed by their
 * SHA-256, so the same file loaded twice is kept once. Example data is not recorded: it ships with the app.
 */
import type { InputFile, WorkspaceFileRef, WorkspaceSource, WorkspaceSourceKind, WorkspaceSourceOptions, ImportResult, WorkspaceStoreKind } from '../../types';
import type { BoundaryLoader } from '../data-store';
import type { TableLoader } from '../table-store';
import type { TensionLoader } from '../tension-store';
import type { IncidentWorker } from '../incident-store';
import type { PostcodeLoader } from '../postcode-store';
import { service } from '../services';
import type { PlaceLoader } from '../services';

/** One load as the app made it, in the order loads finished. */
export interface RecordedLoad {
  seq: number;
  kind: WorkspaceSourceKind;
  files: WorkspaceFileRef[];
  options: WorkspaceSourceOptions;
  producedIds: string[];
  /** Boundary loads: which of `files` each produced id was read from (see WorkspaceSource). */
  producedFiles?: string[][];
}

const loads: RecordedLoad[] = [];
/** Saved sources whose restore threw: written back into every snapshot so their files stay stored. */
let setAside: WorkspaceSource[] = [];
const held = new Map<string, ArrayBuffer>();
let seq = 0;
const listeners = new Set<() => void>();

/** Ids the built-in example uses (its files come from the app, so they are never recorded). */
export function isExampleId(id: string): boolean {
  return id.startsWith('example-');
}

const copy = (files: InputFile[]): InputFile[] => files.map((f) => ({ name: f.name, bytes: f.bytes.slice(0) }));

/** Records a finished load; stores the bytes of files not seen before. */
export async function recordLoad(kind: WorkspaceSourceKind, files: InputFile[], options: WorkspaceSourceOptions, producedIds: string[], producedFiles?: string[][]): Promise<void> {
  if (!producedIds.length || producedIds.every(isExampleId)) return;
  const refs: WorkspaceFileRef[] = [];
  for (const file of files) {
    const key = await service('workspaceFiles').key(file.bytes);
    if (!held.has(key)) held.set(key, file.bytes);
    refs.push({ name: file.name, key });
  }
  loads.push({ seq: seq++, kind, files: refs, options, producedIds, ...(producedFiles ? { producedFiles } : {}) });
  listeners.forEach((l) => l());
}

/** Every recorded load, oldest first. */
export function recordedLoads(): readonly RecordedLoad[] {
  return loads;
}

/** Bytes of a recorded file still held in memory (dropped once stored, see `releaseBytes`). */
export function heldBytes(key: string): ArrayBuffer | undefined {
  return held.get(key);
}

/** Keys whose bytes are held in memory. */
export function heldKeys(): string[] {
  return [...held.keys()];
}

/** Forgets the in-memory copy once the browser storage has the file. */
export function releaseBytes(key: string): void {
  held.delete(key);
}

/** Keeps bytes in memory (files that came from a workspace file, or that the browser refused to store). */
export function holdBytes(key: string, bytes: ArrayBuffer): void {
  held.set(key, bytes);
}

/** Calls `listener` after each new recorded load. */
export function onRecordedLoad(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/**
 * Keeps saved sources whose restore failed in the workspace as they were (issue 14): a bug in loading one
 * file must not delete it from storage at the next autosave. Start fresh (`resetRecorder`) forgets them.
 */
export function setSourcesAside(sources: readonly WorkspaceSource[]): void {
  setAside = [...sources];
}

/** The sources set aside by the last restore. */
export function setAsideSources(): readonly WorkspaceSource[] {
  return setAside;
}

/** Forgets every recorded load, held byte and set-aside source (start fresh; tests). */
export function resetRecorder(): void {
  loads.length = 0;
  held.clear();
  setAside = [];
}

/**
 * The loaded files a dataset was read from: those it names, and a zip whose entries it names (an entry of
 * `wards.zip` is named `wards.zip/wards.shp`).
 */
export function sourceFileNames(datasetFiles: readonly string[], loaded: readonly InputFile[]): string[] {
  return loaded.filter((f) => datasetFiles.some((name) => name === f.name || name.startsWith(`${f.name}/`))).map((f) => f.name);
}

/** Boundary loader that records the files that became datasets (points files go on to the incident loader). */
export function recordingBoundaryLoader(inner: BoundaryLoader): BoundaryLoader {
  return async (request, onProgress) => {
    const copies = request.isExample ? [] : copy(request.files);
    const results = await inner(request, onProgress);
    const made = results.flatMap((r) => (r.ok ? [r.value] : []));
    const failed = new Set(results.flatMap((r) => (r.ok ? [] : [r.error.file])));
    const kept = copies.filter((f) => !failed.has(f.name));
    if (!request.isExample) {
      await recordLoad('boundaries', kept, request.topojsonObject ? { topojsonObject: request.topojsonObject } : {}, made.map((d) => d.id), made.map((d) => sourceFileNames(d.files, kept)));
    }
    return results;
  };
}

/** Table loader that records each table's file. */
export function recordingTableLoader(inner: TableLoader): TableLoader {
  return async (files, request, onProgress) => {
    const copies = copy(files);
    const result = await inner(files, request, onProgress);
    if (result.ok) await recordLoad('tables', copies, {}, [result.value.id]);
    return result;
  };
}

/** Incident loads recorded with the column mapping the user chose (a re-read replaces the earlier load). */
export function recordingIncidentWorker(inner: IncidentWorker): IncidentWorker {
  return {
    ...inner,
    load: async (files, request, onProgress) => {
      const copies = copy(files);
      const result = await inner.load(files, request, onProgress);
      if (result.ok) await recordLoad('incidents', copies, { ...(request.mapping ? { mapping: request.mapping } : {}), ...(request.dateRange ? { dateRange: request.dateRange } : {}) }, [request.id]);
      return result;
    },
  };
}

/** A loader given an id and a label, recorded with its files under `kind`. */
function recordingLabelledLoader<Value extends { id: string }>(kind: WorkspaceStoreKind, inner: (files: InputFile[], request: { id: string; label: string }) => Promise<ImportResult<Value>>): typeof inner {
  return async (files, request) => {
    const copies = copy(files);
    const result = await inner(files, request);
    if (result.ok) await recordLoad(kind, copies, {}, [result.value.id]);
    return result;
  };
}

/** Postcode lookups recorded with their files (issue 19). */
export function recordingPostcodeLoader(inner: PostcodeLoader): PostcodeLoader {
  return recordingLabelledLoader('postcodes', inner);
}

/** Place files recorded with their files (issue 16). */
export function recordingPlaceLoader(inner: PlaceLoader): PlaceLoader {
  return recordingLabelledLoader('places', inner);
}

/** Tension loads recorded with the user's own community types. */
export function recordingTensionLoader(inner: TensionLoader): TensionLoader {
  return async (files, request) => {
    const copies = copy(files);
    const result = await inner(files, request);
    if (result.ok) await recordLoad('tensions', copies, request.extraCommunityTypes?.length ? { extraCommunityTypes: request.extraCommunityTypes } : {}, [result.value.id]);
    return result;
  };
}
