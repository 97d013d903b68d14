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

/** Deflating and inflating off the main thread: the app's workspace worker (issue 13), else fflate's async API (a worker per call). */
export interface StorageCodec {
  deflate: (bytes: ArrayBuffer) => Promise<ArrayBuffer>;
  inflate: (bytes: ArrayBuffer) => Promise<ArrayBuffer>;
}

const fflateCodec: StorageCodec = {
  deflate: (bytes) => new Promise((resolve, reject) => deflate(new Uint8Array(bytes.slice(0)), { level: 1 }, (error, out) => (error ? reject(error) : resolve(asBuffer(out))))),
  inflate: (bytes) => new Promise((resolve, reject) => inflate(new Uint8Array(bytes), (error, out) => (error ? reject(error) : resolve(asBuffer(out))))),
};

function compress(codec: StorageCodec, bytes: ArrayBuffer): Promise<StoredFile> {
  return codec.deflate(bytes).then((deflated): StoredFile => ({ deflated: true, bytes: deflated }), () => bytes);
}

function decompress(codec: StorageCodec, stored: StoredFile): Promise<ArrayBuffer> {
  return stored instanceof ArrayBuffer ? Promise.resolve(stored) : codec.inflate(stored.bytes);
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
export function indexedDbWorkspaceStorage(codec: StorageCodec = fflateCodec): WorkspaceStorage {
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
      return stored ? decompress(codec, stored) : null;
    },
    writeFile: async (key, bytes) => write(FILES, key, await compress(codec, bytes)),
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
