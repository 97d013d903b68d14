/** Kernel-density heatmap of the filtered incidents (density, not statistical significance). */
import { HeatmapLayer } from '@deck.gl/aggregation-layers';
import type { IncidentDataset } from '../../types';
import { HEATMAP_RAMP } from '../../analysis/overlay-styles';

const HEATMAP_RGB = HEATMAP_RAMP.map((hex) => [1, 3, 5].map((i) => parseInt(hex.slice(i, i + 2), 16)) as [number, number, number]);

export interface HeatmapInputs {
  id: string;
  incidents: Pick<IncidentDataset, 'lng' | 'lat' | 'weight'>;
  /** Indexes of the incidents the filters keep. */
  indexes: Uint32Array;
  radiusPx: number;
  intensity: number;
  weighted: boolean;
}

/** A HeatmapLayer over the kept incidents; the data object changes only when the filter result does. */
export function buildHeatmapLayer(inputs: HeatmapInputs): HeatmapLayer<unknown> {
  const { lng, lat, weight } = inputs.incidents;
  const indexes = inputs.indexes;
  const useWeight = inputs.weighted && !!weight;
  return new HeatmapLayer<unknown>({
    id: inputs.id,
    data: { length: indexes.length },
    getPosition: (_: unknown, { index }: { index: number }) => [lng[indexes[index]], lat[indexes[index]]],
    getWeight: useWeight ? (_: unknown, { index }: { index: number }) => weight![indexes[index]] : 1,
    radiusPixels: inputs.radiusPx,
    intensity: inputs.intensity,
    threshold: 0.03,
    colorRange: HEATMAP_RGB,
    aggregation: 'SUM',
    updateTriggers: { getWeight: [useWeight] },
  });
}
