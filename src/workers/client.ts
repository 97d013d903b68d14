/**
 * The app's only door to the workers: one long-lived import worker, typed promise-returning calls,
 * file bytes transferred (not copied) into the worker.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AreaDataset, BoundaryLoadRequest, ImportResult, ImportWorkerApi } from '../types';

let remote: Remote<ImportWorkerApi> | null = null;

function importWorker(): Remote<ImportWorkerApi> {
  if (!remote) {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    remote = wrap<ImportWorkerApi>(worker);
  }
  return remote;
}

/** Parses boundary files in the worker. The request's ArrayBuffers are transferred and unusable afterwards. */
export function loadBoundariesInWorker(
  request: BoundaryLoadRequest,
  onProgress: (fraction: number, message: string) => void,
): Promise<ImportResult<AreaDataset>[]> {
  const buffers = request.files.map((file) => file.bytes);
  return importWorker().loadBoundaryDatasets(transfer(request, buffers), proxy(onProgress));
}
