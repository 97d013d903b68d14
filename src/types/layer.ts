/** Layer presets as data (STYLE: "Writing a layer"). Presets in layers/ are validated against this. */
import type { ClassificationMethod } from './classification';

export type LayerKind = 'choropleth' | 'heatmap' | 'points';

export interface LayerSpec {
  id: string;
  kind: LayerKind;
  datasetId: string;
  valueField?: string;
  classification?: { method: ClassificationMethod; classCount: number; manualBreaks?: number[] };
  palette?: string;
  opacity: number;
  visible: boolean;
}
