/**
 * The app's only door to the workers: one long-lived import worker and one workspace worker (issue 13), typed promise-returning calls,
 * file bytes transferred (not copied) into the worker and join results transferred back.
 */
import { proxy, transfer, wrap, type Remote } from 'comlink';
import type { AreaDataset, BoundaryLoadRequest, LoadedBoundaries, FileKindDecision, ImportProgress, ImportResult, ImportWorkerApi, IncidentDataset, IncidentLoadRequest, IndicatorTable, InputFile, JoinResult, TableLoadRequest, TensionDataset, TensionLoadRequest, HotspotRequest, HotspotResult, PeriodCountRequest, PeriodCounts, BandWorkerRequest, BoundaryBand, PostcodeLookupSummary, PostcodeLocation, ReportLoadRequest, ReportLoadResult, DatumGridCheck, WorkspaceFileResult, WorkspaceSnapshot, WorkspaceWorkerApi, PlaceDataset } from '../types';

type Progress = ImportProgress;
let remote: Remote<ImportWorkerApi> | null = null;
let workspaceRemote: Remote<WorkspaceWorkerApi> | null = null;

function importWorker(): Remote<ImportWorkerApi> {
  if (!remote) {
    const worker = new Worker(new URL('./import.worker.ts', import.meta.url), { type: 'module', name: 'import' });
    remote = wrap<ImportWorkerApi>(worker);
  }
  return remote;
}

/**
 * What each file is, decided by the file registry in the worker. The bytes are copied, not transferred:
 * the caller still hands them to the loader the answer names.
 */
export function identifyFilesInWorker(files: InputFile[]): Promise<FileKindDecision[]> {
  return importWorker().identifyFiles(files);
}

/**
 * Parses boundary files in the worker, with each dataset's map source encoded there. The request's
 * ArrayBuffers are transferred and unusable afterwards.
 */
export function loadBoundariesInWorker(request: BoundaryLoadRequest, onProgress: Progress): Promise<LoadedBoundaries> {
  return importWorker().loadBoundaryDatasets(transfer(request, request.files.map((f) => f.bytes)), proxy(onProgress));
}

/** Parses incident files in the worker (bytes transferred). */
export function loadIncidentsInWorker(files: InputFile[], request: IncidentLoadRequest, onProgress: Progress): Promise<ImportResult<IncidentDataset>> {
  return importWorker().loadIncidents(transfer(files, files.map((f) => f.bytes)), request, proxy(onProgress));
}

/** Parses indicator tables in the worker (bytes transferred). */
export function loadTablesInWorker(files: InputFile[], request: TableLoadRequest, onProgress: Progress): Promise<ImportResult<IndicatorTable>> {
  return importWorker().loadTables(transfer(files, files.map((f) => f.bytes)), request, proxy(onProgress));
}

/** Parses tension assessment tables in the worker (bytes transferred), checked against the loaded areas. */
export function loadTensionsInWorker(files: InputFile[], request: TensionLoadRequest): Promise<ImportResult<TensionDataset>> {
  return importWorker().loadTensions(transfer(files, files.map((f) => f.bytes)), request);
}

/** Reads tension report tables in the worker (bytes transferred), placing rows given by postcode by the lookups it holds. */
export function loadReportsInWorker(files: InputFile[], request: ReportLoadRequest, onProgress: Progress): Promise<ImportResult<ReportLoadResult>> {
  return importWorker().loadReports(transfer(files, files.map((f) => f.bytes)), request, proxy(onProgress));
}

/** Where the postcode lookups the worker holds put a postcode; null when it holds none. */
export async function locatePostcodeInWorker(text: string): Promise<PostcodeLocation | null> {
  return importWorker().locatePostcode(text);
}

/** Reads a postcode lookup in the worker (bytes transferred), which keeps it for later incident loads. */
export function loadPostcodesInWorker(files: InputFile[], request: { id: string; label: string }): Promise<ImportResult<PostcodeLookupSummary>> {
  return importWorker().loadPostcodes(transfer(files, files.map((f) => f.bytes)), request);
}

/** Reads place files in the worker (bytes transferred), placing rows with only a postcode by the held lookups (issue 16). */
export function loadPlacesInWorker(files: InputFile[], request: { id: string; label: string }): Promise<ImportResult<PlaceDataset>> {
  return importWorker().loadPlaces(transfer(files, files.map((f) => f.bytes)), request);
}

/** Joins incidents to areas in the worker, where both datasets already live. */
export async function joinIncidentsInWorker(incidentId: string, boundaryId: string): Promise<JoinResult> {
  return importWorker().joinIncidents(incidentId, boundaryId);
}

/** Per-area × per-period incident counts, computed once in the worker for the time slider. */
export async function periodCountsInWorker(request: PeriodCountRequest): Promise<PeriodCounts> {
  return importWorker().periodCounts(request);
}

/** Gi* hot spots in the worker, where the boundary geometry already is. */
export async function hotspotsInWorker(request: HotspotRequest): Promise<HotspotResult> {
  return importWorker().hotspots(request);
}

/** Frees the worker's copy of a removed dataset. */
export async function forgetDatasetInWorker(id: string): Promise<void> {
  await importWorker().forgetDataset(id);
}

/** Gives the worker boundary datasets restored on the main thread (share packages), so joins to them work. */
/** Installs the OSTN15 grid in the worker (a copy of the bytes: the main thread installs them too). */
export function applyDatumGridInWorker(file: InputFile | null): Promise<DatumGridCheck | null> {
  return importWorker().applyDatumGrid(file);
}

export async function adoptBoundariesInWorker(datasets: AreaDataset[]): Promise<void> {
  await importWorker().adoptBoundaries(datasets);
}

/** Merges boundary datasets the worker holds (or is given: `received`), so joins and the band work on the merged layer (issue 7). */
export async function mergeBoundariesInWorker(ids: string[], id: string, label: string, received: AreaDataset[] = []): Promise<void> {
  await importWorker().mergeBoundaries(ids, id, label, received);
}

/** The boundary band, computed in the worker where the geometry already is. */
export async function boundaryBandInWorker(request: BandWorkerRequest): Promise<BoundaryBand> {
  return importWorker().boundaryBand(request);
}

function workspaceWorker(): Remote<WorkspaceWorkerApi> {
  workspaceRemote ??= wrap<WorkspaceWorkerApi>(new Worker(new URL('./workspace.worker.ts', import.meta.url), { type: 'module', name: 'workspace' }));
  return workspaceRemote;
}

/** A workspace file's bytes, packed (compressed) in the workspace worker. The files' bytes are transferred: the caller gives copies. */
export async function writeWorkspaceFileInWorker(snapshot: WorkspaceSnapshot, files: Map<string, ArrayBuffer>): Promise<Uint8Array> {
  return workspaceWorker().writeWorkspaceFile(snapshot, transfer(files, [...files.values()]));
}

/** Opens a workspace file in the workspace worker (bytes transferred in, the input files' bytes transferred back). */
export async function readWorkspaceFileInWorker(name: string, bytes: ArrayBuffer): Promise<WorkspaceFileResult> {
  return workspaceWorker().readWorkspaceFile(name, transfer(bytes, [bytes]));
}

/** SHA-256 of the bytes (the key a file is stored under), in the workspace worker; the bytes are copied. */
export async function fileKeyInWorker(bytes: ArrayBuffer): Promise<string> {
  return workspaceWorker().fileKey(bytes);
}

/** Deflates a file's bytes for the browser storage in the workspace worker (one long-lived worker, not one per file); the bytes are copied. */
export async function deflateInWorker(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  return workspaceWorker().deflate(bytes);
}

/** Inflates stored bytes in the workspace worker (bytes transferred). */
export async function inflateInWorker(bytes: ArrayBuffer): Promise<ArrayBuffer> {
  return workspaceWorker().inflate(transfer(bytes, [bytes]));
}
