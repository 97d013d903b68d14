/**
 * The services with every load recorded for the saved workspace: each loader, the incident worker's loads
 * and the share package import wrapped by the recorders, the rest passed through unchanged.
 */
import type { AppServices } from '../services';
import { recordingBoundaryLoader, recordingIncidentWorker, recordingPlaceLoader, recordingPostcodeLoader, recordingTableLoader, recordingTensionLoader } from './source-recorder';
import { recordingSharePackages } from './share-recorder';

/** `services` with the workspace recorders around each call that loads files. */
export function recordingServices(services: AppServices): AppServices {
  return {
    ...services,
    boundaryLoader: recordingBoundaryLoader(services.boundaryLoader),
    tableLoader: recordingTableLoader(services.tableLoader),
    tensionLoader: recordingTensionLoader(services.tensionLoader),
    incidentWorker: recordingIncidentWorker(services.incidentWorker),
    postcodeLoader: recordingPostcodeLoader(services.postcodeLoader),
    placeLoader: recordingPlaceLoader(services.placeLoader),
    sharePackages: recordingSharePackages(services.sharePackages),
  };
}
