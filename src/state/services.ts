/**
 * Everything the stores call outside the main thread's plain data: the worker client's calls in the app,
 * direct calls in tests. Provided once at start-up as one object the compiler checks is complete (issue 12:
 * no setter per store that must be called, in order, before use).
 */
import type {
  AreaDataset, BandWorkerRequest, BoundaryBand, BoundaryLoadRequest, FileKindDecision, HotspotRequest, HotspotResult, ImportError, ImportProgress, ImportResult,
  IncidentDataset, IncidentLoadRequest, IndicatorTable, InputFile, JoinResult, PeriodCountRequest, PeriodCounts, PlaceDataset, PostcodeLocation, PostcodeLookupSummary, ReportLoadRequest, ReportLoadResult, DatumGridCheck, TableLoadRequest, TensionDataset, TensionLoadRequest,
  WorkspaceFileResult, WorkspaceSnapshot,
} from '../types';
import type { WorkspaceStorage } from './workspace/workspace-storage';

// The services' own types live here, beside the object that lists them, so no store is imported to name them.

export type BoundaryLoader = (
  request: BoundaryLoadRequest,
  onProgress: ImportProgress,
) => Promise<ImportResult<AreaDataset>[]>;

/**
 * Reads share packages and adds their layers to the stores; returns the errors to show. `savedIds` (a
 * workspace restore) are the ids the package's layers had, written `<store kind>:<id>`.
 */
export type SharePackageHandler = (files: InputFile[], savedIds?: string[]) => Promise<ImportError[]>;

/** Asks the file registry what each file is (the worker client in the app; a direct call in tests). */
export type FileIdentifier = (files: InputFile[]) => Promise<FileKindDecision[]>;

export type HotspotWorker = (request: HotspotRequest) => Promise<HotspotResult>;

export interface IncidentWorker {
  load: (files: InputFile[], request: IncidentLoadRequest, onProgress: ImportProgress) => Promise<ImportResult<IncidentDataset>>;
  join: (incidentId: string, boundaryId: string) => Promise<JoinResult>;
  forget: (id: string) => Promise<void>;
  /** Holds boundary layers restored on the main thread (share packages) for later joins; absent in tests that need none. */
  adopt?: (datasets: AreaDataset[]) => Promise<void>;
}

/** The worker calls this store needs (the import worker in the app, an in-process session in tests). */
export interface NeighbourWorker {
  /** `received` are layers restored on the main thread (share packages) that the worker has never held. */
  merge: (ids: string[], id: string, label: string, received: AreaDataset[]) => Promise<void>;
  band: (request: BandWorkerRequest) => Promise<BoundaryBand>;
}

export type TableLoader = (files: InputFile[], request: TableLoadRequest, onProgress: ImportProgress) => Promise<ImportResult<IndicatorTable>>;

export type TensionLoader = (files: InputFile[], request: TensionLoadRequest) => Promise<ImportResult<TensionDataset>>;


/** Issue 19: reads a postcode lookup into the import worker, which places later incident loads by it. */
export type PostcodeLoader = (files: InputFile[], request: { id: string; label: string }) => Promise<ImportResult<PostcodeLookupSummary>>;

/** Issue 14: reads tension report tables in the import worker, with the postcode lookups it holds; and locates one postcode. */
export interface ReportWorker {
  load: (files: InputFile[], request: ReportLoadRequest, onProgress: ImportProgress) => Promise<ImportResult<ReportLoadResult>>;
  locatePostcode: (text: string) => Promise<PostcodeLocation | null>;
}

/** Issue 19: installs the OSTN15 grid the user supplied in the import worker (null removes it). */
export type DatumGridWorker = (file: InputFile | null) => Promise<DatumGridCheck | null>;
/** Issue 16: reads place files in the import worker (postcode-only rows placed by its lookups). */
export type PlaceLoader = (files: InputFile[], request: { id: string; label: string }) => Promise<ImportResult<PlaceDataset>>;

/** The browser's storage manager (`navigator.storage`); null answers where the browser has none. */
export interface StoragePersistence {
  persisted: () => Promise<boolean | null>;
  persist: () => Promise<boolean | null>;
}

export type PeriodCountWorker = (request: PeriodCountRequest) => Promise<PeriodCounts>;

/** Packing, unpacking and hashing for the saved workspace (the workspace worker in the app, issue 13: never on the main thread). */
export interface WorkspaceFileWorker {
  /** Packs a workspace file; `files` may be transferred (give copies the caller no longer needs). */
  write: (snapshot: WorkspaceSnapshot, files: Map<string, ArrayBuffer>) => Promise<Uint8Array>;
  read: (name: string, bytes: ArrayBuffer) => Promise<WorkspaceFileResult>;
  key: (bytes: ArrayBuffer) => Promise<string>;
}

export interface AppServices {
  /** Says what each dropped file is (the file-type registry runs in the worker). */
  identifyFiles: FileIdentifier;
  boundaryLoader: BoundaryLoader;
  tableLoader: TableLoader;
  tensionLoader: TensionLoader;
  incidentWorker: IncidentWorker;
  postcodeLoader: PostcodeLoader;
  reportWorker: ReportWorker;
  datumGridWorker: DatumGridWorker;
  placeLoader: PlaceLoader;
  hotspotWorker: HotspotWorker;
  /** Counts each join by area × period for the time slider. */
  periodCountWorker: PeriodCountWorker;
  neighbourWorker: NeighbourWorker;
  /** Reads share packages into the stores (files the registry calls share packages go here). */
  sharePackages: SharePackageHandler;
  /** Asks the browser to keep the workspace's storage (issue 19). */
  storagePersistence: StoragePersistence;
  /** Where the workspace is saved between visits (the browser's IndexedDB in the app, memory in tests). */
  workspaceStorage: WorkspaceStorage;
  workspaceFiles: WorkspaceFileWorker;
}

let provided: AppServices | null = null;

/** Gives the stores their services; the app calls this once at start-up, tests once per test. */
export function provideServices(services: AppServices): void {
  provided = services;
}

/**
 * The service `name`. Asking before `provideServices`, or for one missing from what it was given (only
 * possible past the compiler), is a programmer error that names the service.
 */
export function service<K extends keyof AppServices>(name: K): AppServices[K] {
  const found = provided?.[name];
  if (!found) throw new Error(`No "${name}" service: give provideServices() every service at start-up, before any store is used`);
  return found;
}
