/** Import worker: parses boundary files off the main thread. Wiring only; the logic lives in data/. */
import { expose } from 'comlink';
import { loadBoundaryDatasets } from '../data/load-boundaries';
import type { ImportWorkerApi } from '../types';

const api: ImportWorkerApi = { loadBoundaryDatasets };
expose(api);
