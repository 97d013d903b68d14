/** The workspace parts of the app's own stores (features add theirs with registerWorkspacePart). */
import { registerAnalysisParts } from './analysis-parts';
import { registerLayerParts } from './layer-parts';
import { registerPresentationParts } from './presentation-parts';
import { registerNeighbourParts } from './neighbour-parts';
import { registerReportParts } from './report-parts';
import { registerCiaParts } from './cia-parts';
import { registerExportLedgerPart } from './export-ledger-part';
import { registerImportSettingsPart } from './import-settings-part';
import { registerPlaceParts } from './place-parts';
import { registerDocumentParts } from './document-parts';

/** Registers every built-in part, merged layers and then layers first (restores run in registration order). */
export function registerBuiltinWorkspaceParts(): void {
  registerNeighbourParts();
  registerLayerParts();
  registerAnalysisParts();
  registerPresentationParts();
  registerReportParts();
  registerCiaParts();
  registerExportLedgerPart();
  registerImportSettingsPart();
  registerPlaceParts();
  registerDocumentParts();
}
