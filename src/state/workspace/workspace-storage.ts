/**
 * Where the workspace is kept in the browser: original file bytes under their content key (each file
 * once) and the settings snapshot as one small JSON text. An interface, so the logic above it runs in
 * node tests against the in-memory version; the app uses IndexedDB (indexeddb-storage.ts).
 */
export interface WorkspaceStorage {
  readSnapshot(): Promise<string | null>;
  writeSnapshot(json: string): Promise<void>;
  fileKeys(): Promise<string[]>;
  readFile(key: string): Promise<ArrayBuffer | null>;
  writeFile(key: string, bytes: ArrayBuffer): Promise<void>;
  deleteFiles(keys: string[]): Promise<void>;
  /** Deletes everything stored: snapshot and files. */
  clear(): Promise<void>;
}

/** True for the browser's "storage is full" refusal, whatever the engine calls it. */
export function isQuotaError(thrown: unknown): boolean {
  const name = (thrown as { name?: unknown } | null)?.name;
  return name === 'QuotaExceededError' || name === 'NS_ERROR_DOM_QUOTA_REACHED';
}

/** In-memory storage for tests; `quotaBytes` makes it refuse like a full browser store. */
export function memoryWorkspaceStorage(quotaBytes = Infinity): WorkspaceStorage & { files: Map<string, ArrayBuffer>; snapshot: string | null } {
  const files = new Map<string, ArrayBuffer>();
  const used = () => [...files.values()].reduce((sum, b) => sum + b.byteLength, 0) + (storage.snapshot?.length ?? 0);
  const refuse = () => {
    const error = new Error('The quota has been exceeded.');
    error.name = 'QuotaExceededError';
    throw error;
  };
  const storage = {
    files,
    snapshot: null as string | null,
    readSnapshot: async () => storage.snapshot,
    writeSnapshot: async (json: string) => {
      if (used() - (storage.snapshot?.length ?? 0) + json.length > quotaBytes) refuse();
      storage.snapshot = json;
    },
    fileKeys: async () => [...files.keys()],
    readFile: async (key: string) => files.get(key)?.slice(0) ?? null,
    writeFile: async (key: string, bytes: ArrayBuffer) => {
      if (used() + bytes.byteLength > quotaBytes) refuse();
      files.set(key, bytes.slice(0));
    },
    deleteFiles: async (keys: string[]) => {
      for (const key of keys) files.delete(key);
    },
    clear: async () => {
      files.clear();
      storage.snapshot = null;
    },
  };
  return storage;
}
