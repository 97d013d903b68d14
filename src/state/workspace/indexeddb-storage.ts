/**
 * The workspace in the browser's IndexedDB, database `cohesion-atlas-workspace`: object store `files`
 * (content key → the original file's bytes, deflated) and `meta` (key `snapshot` → JSON text).
 * Stays on this computer; `clear()` empties both stores and deletes the database.
 */
import { deflate, inflate } from 'fflate';
import type { WorkspaceStorage } from './workspace-storage';

/** A stored file: deflated (text formats shrink three- to fourfold), or as given when deflating failed. */
type StoredFile = { deflated: true; bytes: ArrayBuffer } | ArrayBuffer;

const asBuffer = (u8: Uint8Array) => u8.buffer.slice(u8.byteOffset, u8.byteOffset + u8.byteLength) as ArrayBuffer;

/** Deflates off the main thread (fflate's async API runs in a worker). */
function compress(bytes: ArrayBuffer): Promise<StoredFile> {
  return new Promise((resolve) => deflate(new Uint8Array(bytes.slice(0)), { level: 1 }, (error, out) => resolve(error ? bytes : { deflated: true, bytes: asBuffer(out) })));
}

function decompress(stored: StoredFile): Promise<ArrayBuffer> {
  if (stored instanceof ArrayBuffer) return Promise.resolve(stored);
  return new Promise((resolve, reject) => inflate(new Uint8Array(stored.bytes), (error, out) => (error ? reject(error) : resolve(asBuffer(out)))));
}

export const WORKSPACE_DB = 'cohesion-atlas-workspace';
const FILES = 'files';
const META = 'meta';

function request<T>(req: IDBRequest<T>): Promise<T> {
  return new Promise((resolve, reject) => {
    req.onsuccess = () => resolve(req.result);
    req.onerror = () => reject(req.error);
  });
}

/** Resolves when the transaction commits; rejects with its error (QuotaExceededError lands here). */
function done(tx: IDBTransaction): Promise<void> {
  return new Promise((resolve, reject) => {
    tx.oncomplete = () => resolve();
    tx.onerror = () => reject(tx.error);
    tx.onabort = () => reject(tx.error ?? new DOMException('The transaction was aborted', 'AbortError'));
  });
}

function open(): Promise<IDBDatabase> {
  const req = indexedDB.open(WORKSPACE_DB, 1);
  req.onupgradeneeded = () => {
    const db = req.result;
    if (!db.objectStoreNames.contains(FILES)) db.createObjectStore(FILES);
    if (!db.objectStoreNames.contains(META)) db.createObjectStore(META);
  };
  return request(req);
}

/** The app's storage. The database opens on first use and stays open. */
export function indexedDbWorkspaceStorage(): WorkspaceStorage {
  let db: Promise<IDBDatabase> | null = null;
  const database = () => (db ??= open());
  async function write(store: string, key: string, value: unknown): Promise<void> {
    const tx = (await database()).transaction(store, 'readwrite');
    tx.objectStore(store).put(value, key);
    await done(tx);
  }
  async function read<T>(store: string, key: string): Promise<T | undefined> {
    return request((await database()).transaction(store).objectStore(store).get(key)) as Promise<T | undefined>;
  }
  return {
    readSnapshot: async () => (await read<string>(META, 'snapshot')) ?? null,
    writeSnapshot: (json) => write(META, 'snapshot', json),
    fileKeys: async () => (await request((await database()).transaction(FILES).objectStore(FILES).getAllKeys())).map(String),
    readFile: async (key) => {
      const stored = await read<StoredFile>(FILES, key);
      return stored ? decompress(stored) : null;
    },
    writeFile: async (key, bytes) => write(FILES, key, await compress(bytes)),
    deleteFiles: async (keys) => {
      if (!keys.length) return;
      const tx = (await database()).transaction(FILES, 'readwrite');
      for (const key of keys) tx.objectStore(FILES).delete(key);
      await done(tx);
    },
    clear: async () => {
      const open = await database();
      const tx = open.transaction([FILES, META], 'readwrite');
      tx.objectStore(FILES).clear();
      tx.objectStore(META).clear();
      await done(tx);
      // Then the database itself goes (the stores are already empty if this is blocked or fails).
      open.close();
      db = null;
      await new Promise<void>((resolve) => {
        const deletion = indexedDB.deleteDatabase(WORKSPACE_DB);
        // Blocked (another tab has it open): the stores are empty already, so do not wait for that tab.
        deletion.onsuccess = deletion.onerror = deletion.onblocked = () => resolve();
      });
    },
  };
}
