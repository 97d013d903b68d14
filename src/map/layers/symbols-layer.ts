/** Proportional symbols: a circle per area whose area (not radius) is proportional to a count. */
import { ScatterplotLayer } from '@deck.gl/layers';
import type { AreaLabel } from './boundary-source';

export interface SymbolInputs {
  id: string;
  /** Where each area's circle sits (its label point). */
  anchors: AreaLabel[];
  counts: ArrayLike<number>;
  /** Radius in pixels of the largest count's circle. */
  maxRadiusPx?: number;
}

/** A ScatterplotLayer with radius ∝ √count, so circle areas compare like the counts do. */
export function buildProportionalSymbolLayer(inputs: SymbolInputs): ScatterplotLayer<number> {
  let max = 0;
  for (let i = 0; i < inputs.counts.length; i++) if (Number.isFinite(inputs.counts[i]) && inputs.counts[i] > max) max = inputs.counts[i];
  const maxRadius = inputs.maxRadiusPx ?? 22;
  const indexes = Array.from({ length: inputs.anchors.length }, (_, i) => i).filter((i) => Number.isFinite(inputs.counts[i]) && inputs.counts[i] > 0);
  return new ScatterplotLayer<number>({
    id: inputs.id,
    data: indexes,
    getPosition: (i: number) => inputs.anchors[i].position,
    getRadius: (i: number) => (max > 0 ? maxRadius * Math.sqrt(inputs.counts[i] / max) : 0),
    radiusUnits: 'pixels',
    getFillColor: [49, 54, 149, 150],
    getLineColor: [255, 255, 255, 230],
    stroked: true,
    lineWidthMinPixels: 1,
    updateTriggers: { getRadius: [inputs.counts, maxRadius] },
  });
}
