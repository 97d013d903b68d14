/** The workspace parts of the app's own stores (features add theirs with registerWorkspacePart). */
import { registerAnalysisParts } from './analysis-parts';
import { registerLayerParts } from './layer-parts';
import { registerPresentationParts } from './presentation-parts';

/** Registers every built-in part, layers first (restores run in registration order). */
export function registerBuiltinWorkspaceParts(): void {
  registerLayerParts();
  registerAnalysisParts();
  registerPresentationParts();
}
