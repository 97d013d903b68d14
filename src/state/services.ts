/**
 * Everything the stores call outside the main thread's plain data: the worker client's calls in the app,
 * direct calls in tests. Provided once at start-up as one object the compiler checks is complete (issue 12:
 * no setter per store that must be called, in order, before use).
 */
import type { PeriodCountRequest, PeriodCounts } from '../types';
import type { BoundaryLoader, FileIdentifier, SharePackageHandler } from './data-store';
import type { TableLoader } from './table-store';
import type { TensionLoader } from './tension-store';
import type { IncidentWorker } from './incident-store';
import type { HotspotWorker } from './hotspot-store';
import type { NeighbourWorker } from './neighbour-store';
import type { WorkspaceStorage } from './workspace/workspace-storage';

export type PeriodCountWorker = (request: PeriodCountRequest) => Promise<PeriodCounts>;

export interface AppServices {
  /** Says what each dropped file is (the file-type registry runs in the worker). */
  identifyFiles: FileIdentifier;
  boundaryLoader: BoundaryLoader;
  tableLoader: TableLoader;
  tensionLoader: TensionLoader;
  incidentWorker: IncidentWorker;
  hotspotWorker: HotspotWorker;
  /** Counts each join by area × period for the time slider. */
  periodCountWorker: PeriodCountWorker;
  neighbourWorker: NeighbourWorker;
  /** Reads share packages into the stores (files the registry calls share packages go here). */
  sharePackages: SharePackageHandler;
  /** Where the workspace is saved between visits (the browser's IndexedDB in the app, memory in tests). */
  workspaceStorage: WorkspaceStorage;
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
