/**
 * The registry of workspace parts: each store (or feature) that has user settings worth keeping adds
 * one part with a key, a JSON-safe snapshot, a restore, and a subscription so changes are saved. Datasets
 * and tables come back under their saved ids; the id map only matters when one could not. Features add theirs with `registerWorkspacePart` at start-up.
 */

/**
 * Maps an id saved in a workspace to the id the same dataset/table has now (the same id, since ids are
 * stable, unless a store could not give it back); null when it is gone.
 */
export type IdMap = (savedId: string) => string | null;

/**
 * Tells the workspace that `count` saved records of one list of a part (`list`, e.g. 'reports') were damaged
 * and not restored, so the restore notice says so: nothing saved is ever dropped silently (issue 13).
 */
export type NoteDropped = (list: string, count: number) => void;

/** What a part could not give back: the whole part (it threw), or damaged records of one of its lists. */
export type PartProblem = { code: 'part-failed'; part: string } | { code: 'records-dropped'; part: string; list: string; count: number };

export interface WorkspacePart {
  /** Unique and stable: it names the part's JSON in every saved workspace. */
  key: string;
  /** The part's settings as plain JSON (no typed arrays, no functions). */
  snapshot: () => unknown;
  /**
   * Applies saved settings after the datasets are loaded again. `saved` is untrusted (it comes from a file
   * or an older version): check it, and report what does not fit through `noteDropped` (`readPartList` does
   * both for a list). Undefined when the workspace has no such part.
   */
  restore: (saved: unknown, ids: IdMap, noteDropped: NoteDropped) => void | Promise<void>;
  /** Calls `onChange` whenever the settings may have changed; returns the unsubscribe function. */
  subscribe: (onChange: () => void) => () => void;
}

const parts = new Map<string, WorkspacePart>();
const watching = new Set<() => void>();

/**
 * Adds a part (replacing one with the same key, so hot reloading and tests can register again). A part
 * registered after saving has started is watched from then on; register before start-up to be restored.
 */
export function registerWorkspacePart(part: WorkspacePart): void {
  parts.set(part.key, part);
  watching.forEach((onChange) => part.subscribe(onChange));
}

/** Every registered part, in registration order (restores run in this order). */
export function workspaceParts(): WorkspacePart[] {
  return [...parts.values()];
}

/** Snapshots of every part, by key. */
export function snapshotParts(): Record<string, unknown> {
  return Object.fromEntries(workspaceParts().map((p) => [p.key, p.snapshot()]));
}

/** Ids of datasets a part made again while restoring (a merged layer), saved id → new id. */
const remade = new Map<string, string>();

/** Called by a part that re-creates a dataset not loaded from a file, so later parts find it by its saved id. */
export function noteRemadeId(savedId: string, id: string): void {
  remade.set(savedId, id);
}

/**
 * Restores every part in order; a part that throws is reported by key and the others still run, and every
 * list with damaged records is reported with how many were left out.
 */
export async function restoreParts(saved: Record<string, unknown>, ids: IdMap): Promise<PartProblem[]> {
  const problems: PartProblem[] = [];
  remade.clear();
  const allIds: IdMap = (savedId) => ids(savedId) ?? remade.get(savedId) ?? null;
  for (const part of workspaceParts()) {
    const noteDropped: NoteDropped = (list, count) => {
      if (count <= 0) return;
      const same = problems.find((p) => p.code === 'records-dropped' && p.part === part.key && p.list === list);
      if (same?.code === 'records-dropped') same.count += count;
      else problems.push({ code: 'records-dropped', part: part.key, list, count });
    };
    try {
      await part.restore(saved[part.key], allIds, noteDropped);
    } catch {
      problems.push({ code: 'part-failed', part: part.key });
    }
  }
  return problems;
}

/**
 * Reads a saved list record by record: what `read` accepts comes back, and the number it refused is
 * reported as dropped from `list`. Something saved that is not a list at all counts as one dropped record.
 */
export function readPartList<T>(saved: unknown, read: (item: unknown) => T | null, list: string, noteDropped: NoteDropped): T[] {
  if (saved === undefined) return [];
  if (!Array.isArray(saved)) {
    noteDropped(list, 1);
    return [];
  }
  const items = saved.flatMap((item) => read(item) ?? []);
  noteDropped(list, saved.length - items.length);
  return items;
}

/** Subscribes to every part; returns one function that unsubscribes from all. */
export function subscribeParts(onChange: () => void): () => void {
  watching.add(onChange);
  const offs = workspaceParts().map((p) => p.subscribe(onChange));
  return () => {
    watching.delete(onChange);
    offs.forEach((off) => off());
  };
}

/** Small checks for restore functions reading untrusted JSON. */
export const isRecord = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

/** Re-keys a record of per-id settings with the id map, dropping ids that are gone. */
export function mapKeys<T>(record: unknown, ids: IdMap, check: (value: unknown) => value is T): Record<string, T> {
  if (!isRecord(record)) return {};
  const out: Record<string, T> = {};
  for (const [id, value] of Object.entries(record)) {
    const now = ids(id);
    if (now && check(value)) out[now] = value;
  }
  return out;
}
