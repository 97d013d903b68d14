/** The functions the import worker exposes (wired with comlink). workers/client.ts codes against this. */
import type { AreaDataset } from './area';
import type { ImportResult, InputFile } from './import';

export interface BoundaryLoadRequest {
  files: InputFile[];
  ids?: string[];
  idPrefix: string;
  labels?: string[];
  topojsonObject?: string;
  isExample?: boolean;
}

export interface ImportWorkerApi {
  loadBoundaryDatasets(
    request: BoundaryLoadRequest,
    onProgress?: (fraction: number, message: string) => void,
  ): Promise<ImportResult<AreaDataset>[]>;
}
