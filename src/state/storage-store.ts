/**
 * Whether the browser keeps the workspace's storage (issue 19): `navigator.storage.persist()` is asked
 * once at start-up, so IndexedDB is not evicted under storage pressure, and the answer is shown in the
 * workspace panel with a way to ask again.
 */
import { create } from 'zustand';
import { service, type StoragePersistence } from './services';
export type { StoragePersistence };

export type PersistenceState = 'checking' | 'persisted' | 'not-persisted' | 'unsupported';

interface StorageState {
  persistence: PersistenceState;
  /** Asks the browser to mark the storage persistent and records its answer. */
  requestPersistence: () => Promise<void>;
}

const stateOf = (answer: boolean | null): PersistenceState => (answer === null ? 'unsupported' : answer ? 'persisted' : 'not-persisted');

export const useStorageStore = create<StorageState>((set) => ({
  persistence: 'checking',
  requestPersistence: async () => {
    set({ persistence: 'checking' });
    const storage = service('storagePersistence');
    try {
      // Already granted needs no second request (Firefox would ask the user again).
      const already = await storage.persisted();
      set({ persistence: stateOf(already === true ? true : await storage.persist()) });
    } catch {
      set({ persistence: 'not-persisted' });
    }
  },
}));
