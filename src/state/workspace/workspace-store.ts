/**
 * The saved workspace as the user sees it: restored on start (or the example when there is none),
 * saved as the user works, written to and opened from a workspace file, and deleted on "Start fresh".
 */
import { create } from 'zustand';
import type { InputFile, WorkspaceSnapshot } from '../../types';
import { readSnapshot, referencedFileKeys } from '../../data/workspace-format';
import type { WorkspaceFileProblem } from '../../data/workspace-file';
import { loadExampleData } from '../example-data';
import { readStartChoice, useStartChoiceStore, writeStartChoice, type StartChoice } from '../start-choice';
import { useDataStore } from '../data-store';
import { useTableStore } from '../table-store';
import { useIncidentStore } from '../incident-store';
import { useTensionStore } from '../tension-store';
import { heldBytes, holdBytes, onRecordedLoad, resetRecorder, setSourcesAside } from './source-recorder';
import { captureWorkspace } from './capture';
import { WorkspaceAutosave, type SaveReport } from './autosave';
import { removeEverything, replaySources, type RestoreProblem } from './replay-sources';
import { restoreParts, subscribeParts } from './workspace-parts';
import type { WorkspaceStorage } from './workspace-storage';
import { service } from '../services';
import { claimWorkspace } from './tab-lock';

interface WorkspaceState {
  phase: 'starting' | 'restoring' | 'ready';
  /** True when another tab owns the workspace: this one shows it but saves nothing (tab-lock.ts). */
  readOnly: boolean;
  /** Set when the workspace came back from browser storage or a file: when it was saved, and from where. */
  restored: { savedAt: string; from: 'browser' | 'file'; fileName?: string } | null;
  restoreProblems: RestoreProblem[];
  lastSave: SaveReport | null;
  /** Items loaded that cannot be saved (no original file known). */
  unexplained: string[];
  fileProblem: WorkspaceFileProblem | null;
  dismissRestored: () => void;
  dismissFileProblem: () => void;
}

export const useWorkspaceStore = create<WorkspaceState>((set) => ({
  phase: 'starting',
  readOnly: false,
  restored: null,
  restoreProblems: [],
  lastSave: null,
  unexplained: [],
  fileProblem: null,
  dismissRestored: () => set({ restored: null, restoreProblems: [] }),
  dismissFileProblem: () => set({ fileProblem: null }),
}));

let storage: WorkspaceStorage | null = null;
let autosave: WorkspaceAutosave | null = null;

function bytesOf(key: string): Promise<ArrayBuffer | null> {
  const held = heldBytes(key);
  // A copy: the stores hand their files to the worker, which takes the buffers.
  return held ? Promise.resolve(held.slice(0)) : (storage?.readFile(key) ?? Promise.resolve(null));
}

async function restore(snapshot: WorkspaceSnapshot, from: 'browser' | 'file', fileName?: string): Promise<void> {
  useWorkspaceStore.setState({ phase: 'restoring' });
  autosave?.pause();
  const problems: RestoreProblem[] = [];
  try {
    const replayed = await replaySources(snapshot, bytesOf);
    problems.push(...replayed.problems);
    setSourcesAside(replayed.setAside);
    problems.push(...await restoreParts(snapshot.parts, (saved) => replayed.ids.get(saved) ?? null));
  } catch {
    // A bug while rebuilding: say so, and keep what came back.
    problems.push({ code: 'part-failed', part: 'workspace' });
  } finally {
    useWorkspaceStore.setState({ phase: 'ready', restored: { savedAt: snapshot.savedAt, from, fileName }, restoreProblems: problems });
  }
}

function startSaving(): void {
  if (!autosave) return;
  const saver = autosave;
  const schedule = () => {
    saver.schedule();
    useWorkspaceStore.setState({ unexplained: captureWorkspace().unexplained });
  };
  subscribeParts(schedule);
  onRecordedLoad(schedule);
  for (const store of [useDataStore, useTableStore, useIncidentStore, useTensionStore] as { subscribe: (l: (s: { order: string[] }, p: { order: string[] }) => void) => () => void }[]) {
    store.subscribe((s, p) => s.order !== p.order && schedule());
  }
}

/** Uses `store` for saving and for reading stored files; returns the autosaver (tests drive it directly). */
export function connectStorage(store: WorkspaceStorage, delayMs?: number): WorkspaceAutosave {
  storage = store;
  autosave = new WorkspaceAutosave(store, (report) => useWorkspaceStore.setState({ lastSave: report }), delayMs);
  return autosave;
}

/**
 * Restores the workspace saved in the workspace storage service, or loads the example when there is none
 * (or it cannot be read: then the stored data is kept untouched until the user saves over it or starts fresh).
 */
export async function startWorkspace(): Promise<void> {
  const store = service('workspaceStorage');
  connectStorage(store);
  if (!autosave) return;
  const owner = await claimWorkspace();
  let saved: WorkspaceSnapshot | null = null;
  try {
    const json = await store.readSnapshot();
    const read = json ? readSnapshot(JSON.parse(json)) : null;
    saved = read?.ok ? read.snapshot : null;
  } catch {
    saved = null;
  }
  if (!owner) {
    // Another tab owns the workspace: show what it saved, and never write over it.
    await autosave.stop();
    useWorkspaceStore.setState({ readOnly: true });
    if (saved && (saved.sources.length || saved.example)) await restore(saved, 'browser');
    else await loadExampleData();
    useWorkspaceStore.setState({ phase: 'ready' });
    return;
  }
  if (saved && (saved.sources.length || saved.example)) {
    await restore(saved, 'browser');
    // What is stored counts as saved, not what is open now: a file loaded while restoring is then saved (issue 13).
    autosave.markSaved(saved);
    autosave.resume();
  } else if (readStartChoice() !== 'example') {
    // An empty map: remembered, or a first start, which asks whether to open the example (issue 15).
    if (readStartChoice() === null) useStartChoiceStore.getState().ask();
    useWorkspaceStore.setState({ phase: 'ready' });
    // Files the person loaded while the page was starting are their work: saved, not marked as saved.
    const now = captureWorkspace().snapshot;
    if (now.sources.length === 0) autosave.markSaved(now);
    else autosave.schedule();
  } else {
    await loadExampleData();
    useWorkspaceStore.setState({ phase: 'ready' });
    // The untouched example is not saved: only the user's own work is, including files loaded during start-up.
    const now = captureWorkspace().snapshot;
    if (now.sources.length === 0) autosave.markSaved(now);
    else autosave.schedule();
  }
  startSaving();
}

/**
 * Answers the first-start question (issue 15): an empty map, or the example, opened as on a start that loads
 * it: the untouched example is not saved, only the person's own work is. Either answer is remembered.
 */
export async function chooseStart(choice: StartChoice): Promise<void> {
  useStartChoiceStore.getState().settle();
  writeStartChoice(choice);
  if (choice === 'empty') return;
  autosave?.pause();
  // Opening the example is a start, not a change: undo history begins after it, and a view in the address
  // the page was opened with (a bookmark) is applied to it.
  useWorkspaceStore.setState({ phase: 'starting' });
  await loadExampleData();
  useWorkspaceStore.setState({ phase: 'ready' });
  const now = captureWorkspace().snapshot;
  if (now.sources.length === 0) autosave?.markSaved(now);
  autosave?.resume();
}

/** Deletes the saved workspace from the browser, then reloads the page on an empty map (not the example). */
export async function startFresh(reload: () => void): Promise<void> {
  // Only the tab that owns the workspace may delete it.
  if (useWorkspaceStore.getState().readOnly) return;
  writeStartChoice('empty');
  await autosave?.stop();
  await storage?.clear();
  resetRecorder();
  reload();
}

/** The workspace as a workspace file's bytes. */
export async function workspaceFileBytes(): Promise<Uint8Array> {
  const { snapshot } = captureWorkspace();
  const files = new Map<string, ArrayBuffer>();
  for (const key of referencedFileKeys(snapshot)) {
    const bytes = await bytesOf(key);
    if (bytes) files.set(key, bytes);
  }
  return service('workspaceFiles').write(snapshot, files);
}

/** Opens a workspace file in place of the current workspace; a file that cannot be opened changes nothing. */
export async function openWorkspaceFile(file: InputFile): Promise<void> {
  const read = await service('workspaceFiles').read(file.name, file.bytes);
  if (!read.ok) {
    useWorkspaceStore.setState({ fileProblem: read.problem });
    return;
  }
  useWorkspaceStore.setState({ fileProblem: null, restored: null, restoreProblems: [] });
  for (const [key, bytes] of read.files) holdBytes(key, bytes);
  removeEverything();
  await restore(read.snapshot, 'file', file.name);
  autosave?.resume();
}
