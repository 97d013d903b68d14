/** Import worker: parses files and joins incidents off the main thread. Wiring only; logic lives in data/. */
import { expose } from 'comlink';
import { createImportSession } from './import-session';
import type { ImportWorkerApi } from '../types';

const api: ImportWorkerApi = createImportSession();
expose(api);
