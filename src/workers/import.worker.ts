/** Import worker: parses files and joins incidents off the main thread. Wiring only; logic lives in data/. */
import { expose, transfer } from 'comlink';
import { createImportSession } from './import-session';
import type { ImportWorkerApi } from '../types';

const session: ImportWorkerApi = createImportSession();
const api: ImportWorkerApi = {
  ...session,
  // The encoded map sources are moved to the main thread, not copied.
  async loadBoundaryDatasets(request, onProgress) {
    const loaded = await session.loadBoundaryDatasets(request, onProgress);
    return transfer(loaded, Object.values(loaded.mapSources));
  },
};
expose(api);
