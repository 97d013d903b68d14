/** Incident points coloured by category (with an outline so light colours read on any fill). */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { IncidentDataset } from '../../types';
import { categoryRgb } from '../../analysis/category-colors';

export interface PointsInputs {
  id: string;
  incidents: Pick<IncidentDataset, 'lng' | 'lat' | 'categoryIndex'>;
  indexes: Uint32Array;
  radiusPx?: number;
}

/** A pickable ScatterplotLayer; picked objects carry the incident index for the tooltip. */
export function buildPointsLayer(inputs: PointsInputs): ScatterplotLayer<number> {
  const { lng, lat, categoryIndex } = inputs.incidents;
  return new ScatterplotLayer<number>({
    id: inputs.id,
    data: inputs.indexes as unknown as number[],
    getPosition: (i: number) => [lng[i], lat[i]],
    getFillColor: (i: number) => [...categoryRgb(categoryIndex[i]), 230],
    getLineColor: [30, 30, 30, 200],
    lineWidthMinPixels: 0.5,
    stroked: true,
    radiusUnits: 'pixels',
    getRadius: inputs.radiusPx ?? 4,
    pickable: true,
  });
}
